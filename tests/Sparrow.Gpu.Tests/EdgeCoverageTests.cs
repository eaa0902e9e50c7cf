using System.Numerics;
using Sparrow.Core;
using Sparrow.Scene;
using Xunit;

namespace Sparrow.Gpu.Tests;

/// <summary>
/// How much of a pixel a box's edge covers, where it matters against Chromium's (Skia's) raster:
/// a square corner under a per-axis scale, vertical edges under a flip, and a rounded corner that
/// Skia draws as the chords of its flattened path (common.glsl, box_coverage and
/// flat_corner_distance). Black boxes on white, so a pixel's coverage is 1 − R / 255.
/// </summary>
public class EdgeCoverageTests
{
    private static readonly Color Black = new(0, 0, 0, 255);

    private static float Coverage(RgbaImage image, int x, int y) => 1 - image[x, y].R / 255f;

    [EglFact]
    public void A_square_corner_under_scale_a_b_covers_the_product_of_its_edges()
    {
        // x' = x + 0.5, y' = 2.4 y + 0.4: the box 10..30 × 10..20 lands on 10.5..30.5 × 24.4..48.4.
        // Its left edge covers half of column 10, its top edge 0.6 of row 24, so the corner pixel
        // (10, 24) is 0.3 covered (the distance field gave 0.6, its larger edge, and v_scale =
        // sqrt(2.4) ramped the top edge over 1.5 px, so row 23 was tinted too).
        using var gpu = new GpuHarness(48, 64);
        var image = gpu.Render(b =>
        {
            b.PushTransform(new Matrix3x2(1, 0, 0, 2.4f, 0.5f, 0.4f));
            b.AddQuad(Quad.Fill(new Rect(10, 10, 20, 10), Black));
            b.PopTransform();
        });
        Assert.InRange(Coverage(image, 10, 24), 0.27f, 0.33f);
        Assert.InRange(Coverage(image, 20, 24), 0.57f, 0.63f);
        Assert.InRange(Coverage(image, 10, 30), 0.47f, 0.53f);
        Assert.True(Coverage(image, 20, 23) < 0.01f, $"row 23 above the top edge is {image[20, 23]}");
    }

    [EglFact]
    public void Vertical_edges_on_whole_pixels_stay_sharp_under_a_flip_and_a_vertical_scale()
    {
        // scaleX(-1) scaleY(0.75) at ratio 2: x' = −2 x + 60, y' = 1.5 y. The box 5..25 × 4..20
        // lands on 10..50 × 6..30: whole device pixels across, so columns 9 and 50 stay white and
        // columns 10 and 49 are fully covered (aa/transform_scale_uniform_and_per_axis: the area
        // scale sqrt(3) spread them over 1.15 px, a tenth of a pixel into each neighbour).
        using var gpu = new GpuHarness(64, 40);
        var image = gpu.Render(b =>
        {
            b.PushTransform(new Matrix3x2(-2, 0, 0, 1.5f, 60, 0));
            b.AddQuad(Quad.Fill(new Rect(5, 4, 20, 16), Black));
            b.PopTransform();
        });
        Assert.Equal(255, image[9, 18].R);
        Assert.Equal(255, image[50, 18].R);
        Assert.Equal(0, image[10, 18].R);
        Assert.Equal(0, image[49, 18].R);
    }

    [EglFact]
    public void A_rounded_corner_is_covered_as_the_chords_skia_flattens_it_into()
    {
        // A 72 px circle: each quarter is 4 quads of 2 lines, chords of 11.25° whose middles lie
        // 0.17 px inside the arc. Pixel (39, 71), centred 0.33 px inside the arc at 5.6° from the
        // bottom, is 0.83 covered by the circle's distance field and 0.66 by the chord (the
        // reference's edge follows the chord: aa/radius_pill_buttons_with_hairline_border). Pixel
        // (43, 71), beside the chords' common vertex at 11.25°, is about as covered by either (0.22,
        // 0.18).
        using var gpu = new GpuHarness(80, 80);
        var image = gpu.Render(b => b.AddQuad(Quad.Fill(new Rect(0, 0, 72, 72), Black, CornerRadii.Uniform(36))));
        Assert.InRange(Coverage(image, 39, 71), 0.60f, 0.72f);
        Assert.InRange(Coverage(image, 43, 71), 0.13f, 0.25f);
    }
}
