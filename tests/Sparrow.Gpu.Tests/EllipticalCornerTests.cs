using Sparrow.Core;
using Sparrow.Scene;
using Xunit;

namespace Sparrow.Gpu.Tests;

/// <summary>
/// Elliptical corners reach the shaders: a 60×30 box with radii 30 / 15 is a full ellipse. (10, 2) lies
/// outside it but inside a circular corner of radius 15; (20, 3) lies inside it.
/// </summary>
public class EllipticalCornerTests
{
    private static readonly Color Red = new(255, 0, 0, 255);
    private static readonly CornerRadii Ellipse = new(30, 30, 30, 30, 15, 15, 15, 15);

    [EglFact]
    public void A_quad_with_elliptical_radii_covers_the_ellipse_not_the_circle()
    {
        using var gpu = new GpuHarness(64, 32);
        var image = gpu.Render(b => b.AddQuad(Quad.Fill(new Rect(0, 0, 60, 30), Red, Ellipse)));
        AssertEllipse(image);
    }

    [EglFact]
    public void A_rounded_clip_with_elliptical_radii_masks_to_the_ellipse()
    {
        using var gpu = new GpuHarness(64, 32);
        var image = gpu.Render(b =>
        {
            b.PushRoundedClip(new Rect(0, 0, 60, 30), Ellipse);
            b.AddQuad(Quad.Fill(new Rect(0, 0, 64, 32), Red));
            b.PopClip();
        });
        AssertEllipse(image);
    }

    [EglFact]
    public void The_inner_border_edge_loses_each_axis_s_own_width()
    {
        // Radii 20 with a 12 px left and 2 px top border: the padding edge's top-left corner has radii
        // 8 × 18 (§5.2). (14, 4) is inside that inner ellipse's cut-off corner, so it is border (blue);
        // a circular inner corner of radius max(12, 2) off 20 = 8 would leave it background (red).
        using var gpu = new GpuHarness(64, 64);
        var blue = new Color(0, 0, 255, 255);
        var image = gpu.Render(b =>
        {
            var q = Quad.Fill(new Rect(0, 0, 60, 60), Red, CornerRadii.Uniform(20)).WithBorder(0, blue);
            q.BorderWidths = new BorderWidths(2, 2, 2, 12);
            b.AddQuad(q);
        });
        Assert.Equal(255, image[14, 4].B);
        Assert.Equal(0, image[14, 4].R);
        Assert.Equal(255, image[30, 30].R);
    }

    private static void AssertEllipse(RgbaImage image)
    {
        Assert.Equal((255, 255), (image[10, 2].G, image[10, 2].B));
        Assert.Equal((255, 0), (image[20, 3].R, image[20, 3].G));
        Assert.Equal((255, 0), (image[30, 15].R, image[30, 15].G));
        Assert.Equal((255, 255), (image[62, 15].G, image[62, 15].B));
    }
}
