using Sparrow.Core;
using Sparrow.Scene;
using Xunit;

namespace Sparrow.Gpu.Tests;

/// <summary>Long gradients (the stop texture) and repeating gradients, drawn and read back.</summary>
public class GradientRenderTests
{
    private static readonly Color Red = new(255, 0, 0, 255);
    private static readonly Color Green = new(0, 255, 0, 255);
    private static readonly Color Blue = new(0, 0, 255, 255);

    [EglFact]
    public void A_hard_stop_in_a_long_gradient_stays_one_pixel_sharp()
    {
        // Six stops (past the four inline ones): red | green | blue with hard edges at x = 300 and
        // 610 of 1000 px, where a 256-texel baked ramp would smear each edge over four pixels.
        using var gpu = new GpuHarness(1000, 4);
        var image = gpu.Render(b => b.AddGradient(
            GradientKind.Linear,
            new Rect(0, 0, 1000, 4),
            new Point(0, 2),
            new Point(1000, 2),
            [0f, 0.3f, 0.3f, 0.61f, 0.61f, 1f],
            [Red, Red, Green, Green, Blue, Blue]));

        Assert.Equal(Red, image[298, 2]);
        Assert.Equal(Red, image[299, 2]);
        Assert.Equal(Green, image[300, 2]);
        Assert.Equal(Green, image[301, 2]);
        Assert.Equal(Green, image[609, 2]);
        Assert.Equal(Blue, image[610, 2]);
    }

    [EglFact]
    public void A_repeating_gradient_repeats_its_period_past_the_line()
    {
        // One period of 10 px: red 0..5, blue 5..10, repeated across 40 px.
        using var gpu = new GpuHarness(40, 4);
        var image = gpu.Render(b => b.AddGradient(
            GradientKind.Linear,
            new Rect(0, 0, 40, 4),
            new Point(0, 2),
            new Point(10, 2),
            [0f, 0.5f, 0.5f, 1f],
            [Red, Red, Blue, Blue],
            flags: GradientFlags.Repeating));

        foreach (var period in new[] { 0, 10, 20, 30 })
        {
            Assert.Equal(Red, image[period + 1, 2]);
            Assert.Equal(Red, image[period + 4, 2]);
            Assert.Equal(Blue, image[period + 5, 2]);
            Assert.Equal(Blue, image[period + 9, 2]);
        }
    }

    [EglFact]
    public void A_repeating_long_gradient_repeats_through_the_stop_texture()
    {
        using var gpu = new GpuHarness(40, 4);
        var image = gpu.Render(b => b.AddGradient(
            GradientKind.Linear,
            new Rect(0, 0, 40, 4),
            new Point(0, 2),
            new Point(20, 2),
            [0f, 0.25f, 0.25f, 0.5f, 0.5f, 1f],
            [Red, Red, Green, Green, Blue, Blue],
            flags: GradientFlags.Repeating));

        Assert.Equal(Red, image[2, 2]);
        Assert.Equal(Green, image[7, 2]);
        Assert.Equal(Blue, image[15, 2]);
        Assert.Equal(Red, image[22, 2]);
        Assert.Equal(Green, image[27, 2]);
        Assert.Equal(Blue, image[35, 2]);
    }
}
