using Sparrow.Core;
using Xunit;

namespace Sparrow.Paint.Tests;

public sealed class PaintContextTests
{
    [Theory]
    [InlineData(375, 667, 2, 750, 1334)]
    [InlineData(412, 915, 2.625, 1082, 2402)] // 1,081.5 × 2,401.875 rounds as the frame buffer does
    [InlineData(390, 844, 3, 1170, 2532)]
    [InlineData(360, 780, 1.5, 540, 1170)]
    public void The_target_is_the_viewport_times_the_ratio_in_whole_device_pixels(float width, float height, float ratio, float deviceWidth, float deviceHeight)
    {
        var context = new PaintContext(ratio, new Size(width, height));

        Assert.Equal(new Size(deviceWidth, deviceHeight), context.TargetSize);
    }
}
