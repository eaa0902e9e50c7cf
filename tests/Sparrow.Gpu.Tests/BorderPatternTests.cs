using System;
using Sparrow.Core;
using Sparrow.Scene;
using Xunit;

namespace Sparrow.Gpu.Tests;

/// <summary>
/// Where dashes and dots fall, drawn in device pixels with the geometry of the paint reftests
/// (conformance/paint, device ratio 2), at pixels where Chromium's reference is solidly border or
/// solidly background and where the previous rules put the other one.
/// </summary>
public class BorderPatternTests
{
    private static readonly Color White = new(255, 255, 255, 255);

    [EglFact]
    public void Rounded_dashes_are_fitted_to_the_path_length_skia_measures()
    {
        // dash/radius_with_dashed_border: the centerline measures 1209.8 px as Skia flattens its corners
        // (1210.2 along true arcs), so Blink fits 50 dashes to 1209 px, gap 8.18 rather than 8.2; by the
        // left side, at the path's end, the dashes sit a pixel earlier.
        var blue = new Color(0x15, 0x65, 0xc0, 255);
        using var gpu = new GpuHarness(500, 240);
        var image = gpu.Render(b => b.AddQuad(
            Quad.Fill(new Rect(40, 40, 456, 196), White, CornerRadii.Uniform(40)).WithBorder(8, blue, BorderStyle.Dashed)));
        AssertNear(blue, image[44, 120]);
        AssertNear(White, image[44, 104]);
    }

    [EglFact]
    public void Rounded_dots_are_circles_at_skia_s_arc_lengths()
    {
        // dash/radius_with_dotted_border: round dots 12 px across along the closed centerline, placed
        // on the corner arcs by the flattened length and drawn as circles in the plane.
        var pink = new Color(0xc2, 0x18, 0x5b, 255);
        using var gpu = new GpuHarness(520, 260);
        var image = gpu.Render(b => b.AddQuad(
            Quad.Fill(new Rect(40, 40, 464, 204), White, CornerRadii.Uniform(60)).WithBorder(12, pink, BorderStyle.Dotted)));
        AssertNear(pink, image[93, 45]);
        AssertNear(pink, image[53, 70]);
        AssertNear(White, image[79, 46]);
        AssertNear(White, image[59, 60]);
    }

    [EglFact]
    public void Dots_of_one_color_overlap_in_a_square_corner()
    {
        // dash/border_dotted_per_side_widths: each side's dots run the side's whole length, so the left
        // side's 16 px corner dot shows over the top side's 4 px row instead of being mitred away.
        var blue = new Color(0x02, 0x77, 0xbd, 255);
        using var gpu = new GpuHarness(520, 260);
        var image = gpu.Render(b =>
        {
            var q = Quad.Fill(new Rect(40, 40, 464, 196), White).WithBorder(4, blue, BorderStyle.Dotted);
            q.BorderWidths = new BorderWidths(4, 8, 12, 16);
            b.AddQuad(q);
        });
        AssertNear(blue, image[46, 41]);
        AssertNear(blue, image[52, 42]);
    }

    private static void AssertNear(Color expected, Color actual)
    {
        var diff = Math.Max(Math.Abs(expected.R - actual.R), Math.Max(Math.Abs(expected.G - actual.G), Math.Abs(expected.B - actual.B)));
        Assert.True(diff <= 40, $"expected {expected}, got ({actual.R}, {actual.G}, {actual.B})");
    }
}
