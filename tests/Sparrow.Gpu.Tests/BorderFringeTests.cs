using Sparrow.Core;
using Sparrow.Scene;
using Xunit;

namespace Sparrow.Gpu.Tests;

/// <summary>
/// How a box's background and border meet its anti-aliased outer edge: two layers on a box without
/// radii (Chromium's fringe), one coverage on a rounded box (Chromium's bleed avoidance).
/// </summary>
public class BorderFringeTests
{
    private static readonly Color Red = new(255, 0, 0, 255);
    private static readonly Color Blue = new(0, 0, 255, 255);

    [EglFact]
    public void A_square_box_shows_its_background_through_a_half_covered_border_pixel()
    {
        // The outer edge at x = 0.5: pixel 0 is half covered by the background, then half by the
        // border over it: over white, green = 255 × (1 − 0.5) × (1 − 0.5) ≈ 64 (one layer: 128).
        using var gpu = new GpuHarness(16, 8);
        var image = gpu.Render(b => b.AddQuad(Quad.Fill(new Rect(0.5f, 0, 12, 8), Red).WithBorder(3, Blue)));
        Assert.InRange(image[0, 4].G, 60, 68);
        Assert.InRange(image[0, 4].R, 124, 131);
        Assert.InRange(image[0, 4].B, 187, 195);
    }

    [EglFact]
    public void A_rounded_box_takes_one_coverage_for_background_and_border()
    {
        using var gpu = new GpuHarness(40, 40);
        var image = gpu.Render(b => b.AddQuad(Quad.Fill(new Rect(0.5f, 0, 38, 40), Red, CornerRadii.Uniform(8)).WithBorder(3, Blue)));
        // Middle of the left edge, away from the corners: border only, at half coverage.
        Assert.InRange(image[0, 20].G, 124, 131);
        Assert.InRange(image[0, 20].R, 124, 131);
        Assert.Equal(255, image[0, 20].B);
    }
}
