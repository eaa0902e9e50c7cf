using Sparrow.Core;
using Sparrow.Scene;
using Xunit;

namespace Sparrow.Gpu.Tests;

public class GradientRampBakerTests
{
    [Fact]
    public void Ramps_interpolate_premultiplied_and_extend_the_ends()
    {
        var row = new byte[GradientRampBaker.Width * 4];
        GradientRampBaker.Bake(
            [new GradientStop(0.2f, new Color(255, 0, 0, 255)), new GradientStop(0.6f, new Color(0, 0, 255, 0)), new GradientStop(0.6f, new Color(0, 255, 0, 255))],
            row);

        Assert.Equal(new byte[] { 255, 0, 0, 255 }, row[..4]); // before the first stop
        var mid = (int)(0.4f * 255) * 4; // halfway from opaque red to transparent blue
        Assert.InRange(row[mid], 126, 129);
        Assert.Equal(0, row[mid + 2]); // premultiplied: transparent blue adds no blue
        Assert.InRange(row[mid + 3], 126, 129);
        Assert.Equal(new byte[] { 0, 255, 0, 255 }, row[^4..]); // a hard stop, then the last color
    }
}
