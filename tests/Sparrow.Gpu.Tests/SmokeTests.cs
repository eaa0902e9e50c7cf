using Sparrow.Core;
using Sparrow.Scene;
using Xunit;

namespace Sparrow.Gpu.Tests;

public class SmokeTests
{
    [EglFact]
    public void A_solid_rect_lands_on_its_pixels()
    {
        using var gpu = new GpuHarness(16, 12);
        var image = gpu.Render(b => b.AddQuad(Quad.Fill(new Rect(2, 3, 5, 4), new Color(255, 0, 0, 255))));
        Assert.Equal(new Color(255, 0, 0, 255), image[2, 3]);
        Assert.Equal(new Color(255, 0, 0, 255), image[6, 6]);
        Assert.Equal(Color.White, image[7, 6]);
        Assert.Equal(Color.White, image[6, 7]);
        Assert.Equal(Color.White, image[1, 3]);
        Assert.Equal(1, gpu.Renderer.LastFrame.DrawCalls);
    }
}
