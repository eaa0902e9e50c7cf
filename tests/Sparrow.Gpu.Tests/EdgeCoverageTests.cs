using System.Numerics;
using Sparrow.Core;
using Sparrow.Scene;
using Xunit;

namespace Sparrow.Gpu.Tests;

/// <summary>
/// How much of a pixel a box's edge covers, where it matters against Chromium's (Skia's) raster:
/// a square corner under a per-axis scale, vertical edges under a flip, a rounded corner covered
/// analytically as Chromium's GPU raster (Skia Ganesh) covers it (common.glsl, box_coverage), and an
/// outer shadow under an opaque box. Black boxes on white, so a pixel's coverage is 1 − R / 255.
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
    public void A_rounded_corner_is_covered_by_its_exact_distance_as_ganesh_covers_it()
    {
        // A 72 px circle. Pixel (39, 71), centred 0.33 px inside the arc, is 0.83 covered by
        // saturate(radius + 0.5 - distance), Ganesh's circle coverage; Skia's software raster, which
        // fills the chord of 11.25° there, gives 0.66. Pixel (43, 71), 0.28 px outside, is 0.22 covered.
        using var gpu = new GpuHarness(80, 80);
        var image = gpu.Render(b => b.AddQuad(Quad.Fill(new Rect(0, 0, 72, 72), Black, CornerRadii.Uniform(36))));
        Assert.InRange(Coverage(image, 39, 71), 0.78f, 0.88f);
        Assert.InRange(Coverage(image, 43, 71), 0.17f, 0.27f);
    }

    [EglFact]
    public void An_outer_shadow_runs_one_pixel_under_an_opaque_box_s_edge()
    {
        // Blink's ClipToBorderEdge: under an opaque box the shadow is clipped out by the border box
        // inset by one pixel, so the box's half-covered left column (x = 20, the edge at 20.5) blends
        // the box with the shadow alone: G = 0.5 · 255. Clipped by the box itself, the column holds half
        // the shadow and the page shows through: G = 0.75 · 255.
        static RgbaImage Draw(GpuHarness gpu, ShadowFlags flags) => gpu.Render(b =>
        {
            var box = new Rect(20.5f, 20, 40, 40);
            var shadow = Shadow.Create(box, CornerRadii.Uniform(8), new Point(-6, 0), 0, 0, new Color(255, 0, 0, 255));
            shadow.Flags |= flags;
            b.AddShadow(shadow);
            b.AddQuad(Quad.Fill(box, Color.White, CornerRadii.Uniform(8)));
        });
        using var opaque = new GpuHarness(80, 80);
        using var clipped = new GpuHarness(80, 80);
        Assert.InRange((int)Draw(opaque, ShadowFlags.OpaqueBox)[20, 40].G, 120, 135);
        Assert.InRange((int)Draw(clipped, ShadowFlags.None)[20, 40].G, 184, 198);
    }
}
