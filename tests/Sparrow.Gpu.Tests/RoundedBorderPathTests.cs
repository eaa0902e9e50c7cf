using System;
using Sparrow.Core;
using Sparrow.Scene;
using Xunit;

namespace Sparrow.Gpu.Tests;

/// <summary>
/// Dashes and dots on rounded boxes whose sides differ in width, and along elliptical corners: each
/// side's own pattern laid along the one closed centerline (the border box inset by half of each
/// side's width) and clipped to the side's region, as Blink strokes them. Drawn in device pixels with
/// the geometry of the paint reftests named in each test (conformance/paint, device ratio 2); every
/// pixel checked is one where both Chromium references are flat border color or flat background and
/// where the straight-side rule used before put the other one.
/// </summary>
public class RoundedBorderPathTests
{
    private static readonly Color White = new(255, 255, 255, 255);
    private static readonly Color Blue = new(0x15, 0x65, 0xc0, 255);
    private static readonly Color Pink = new(0xc2, 0x18, 0x5b, 255);

    [EglFact]
    public void Each_side_of_unequal_widths_strokes_its_own_pattern_along_the_shared_path()
    {
        // dash/radius_with_dashed_border_four_widths: 4, 8, 12, 16 px sides, radius 48. The left side's
        // 32 px dashes and the bottom's 24 px ones both run on round the lower-left corner.
        using var gpu = new GpuHarness(560, 280);
        var image = gpu.Render(b => b.AddQuad(Dashed(new Rect(40, 40, 464, 196), CornerRadii.Uniform(48), new BorderWidths(4, 8, 12, 16), Blue)));
        AssertNear(Blue, image[45, 87]);
        AssertNear(Blue, image[42, 188]);
        AssertNear(White, image[53, 217]);
        AssertNear(Blue, image[471, 223]);
        AssertNear(White, image[480, 219]);
    }

    [EglFact]
    public void Dashes_on_elliptical_corners_are_placed_by_length_along_the_ellipse()
    {
        // dash/radius_elliptical_with_dashed_border: 8 px dashes, radii 80 / 32.
        using var gpu = new GpuHarness(560, 280);
        var radii = new CornerRadii(80, 80, 80, 80, 32, 32, 32, 32);
        var image = gpu.Render(b => b.AddQuad(Dashed(new Rect(40, 40, 456, 196), radii, BorderWidths.Uniform(8), Blue)));
        AssertNear(Blue, image[57, 56]);
        AssertNear(White, image[68, 51]);
        AssertNear(Blue, image[480, 56]);
        AssertNear(Blue, image[481, 218]);
        AssertNear(Blue, image[48, 215]);
    }

    [EglFact]
    public void Dots_on_elliptical_corners_are_circles_at_lengths_along_the_ellipse()
    {
        // dash/radius_elliptical_with_dotted_border: 12 px dots, radii 100 / 48.
        using var gpu = new GpuHarness(560, 280);
        var radii = new CornerRadii(100, 100, 100, 100, 48, 48, 48, 48);
        var image = gpu.Render(b => b.AddQuad(
            Quad.Fill(new Rect(40, 40, 464, 204), White, radii).WithBorder(12, Pink, BorderStyle.Dotted)));
        AssertNear(Pink, image[89, 51]);
        AssertNear(Pink, image[71, 59]);
        AssertNear(Pink, image[455, 51]);
        AssertNear(Pink, image[76, 226]);
        AssertNear(White, image[494, 214]);
    }

    [EglFact]
    public void Dots_of_unequal_sides_keep_their_own_size_and_spacing_on_the_corners()
    {
        // dash/radius_with_dotted_border_per_side_widths: 8, 12, 16, 8 px sides, radius 60.
        using var gpu = new GpuHarness(560, 280);
        var image = gpu.Render(b =>
        {
            var q = Quad.Fill(new Rect(40, 40, 460, 204), White, CornerRadii.Uniform(60)).WithBorder(8, Pink, BorderStyle.Dotted);
            q.BorderWidths = new BorderWidths(8, 12, 16, 8);
            b.AddQuad(q);
        });
        AssertNear(Pink, image[99, 43]);
        AssertNear(White, image[92, 45]);
        AssertNear(Pink, image[477, 57]);
        AssertNear(Pink, image[73, 224]);
        AssertNear(White, image[82, 231]);
    }

    [EglFact]
    public void Dashes_round_an_elliptical_corner_sit_at_their_arc_lengths()
    {
        // The expectation comes from the geometry alone: the centerline (border box inset by 3, radii
        // 117 x 37) measured by integrating the ellipse finely, 12 px dashes with the gap fitted to the
        // whole length cut to whole pixels, and each dash or gap whose middle falls on the top-right
        // corner looked up at the ellipse point at that arc length. Skia's chord measure is shorter by
        // about a tenth of a pixel a corner, well inside the 3 px from a middle to either end.
        using var gpu = new GpuHarness(440, 200);
        var radii = new CornerRadii(120, 120, 120, 120, 40, 40, 40, 40);
        var image = gpu.Render(b => b.AddQuad(Dashed(new Rect(20, 20, 400, 160), radii, BorderWidths.Uniform(6), Blue)));

        const double a = 117, b = 37, top = 23, right = 23 + 394;
        const double topLength = 394 - (2 * a);
        var quarter = EllipseArc(a, b, Math.PI / 2);
        var perimeter = (2 * topLength) + (2 * (154 - (2 * b))) + (4 * quarter);
        double dash = 12, gap = 6, fitted = Math.Floor(perimeter);
        var n = Math.Floor(fitted / (dash + gap));
        var fewer = (fitted - (n * dash)) / n;
        var more = (fitted - ((n + 1) * dash)) / (n + 1);
        gap = Math.Abs(fewer - gap) < Math.Abs(more - gap) ? fewer : more;
        var period = dash + gap;

        var checkedPoints = 0;
        for (var k = 0; k * period < topLength + quarter; k++)
        {
            foreach (var (middle, expected) in new[] { ((k * period) + (dash / 2), Blue), ((k * period) + dash + (gap / 2), White) })
            {
                var along = middle - topLength;
                if (along < 4 || along > quarter - 4)
                {
                    continue;
                }

                // The corner runs from the top point of the ellipse (angle 0 here) to its right point.
                var angle = AngleAtArc(a, b, along);
                var x = (right - a) + (a * Math.Sin(angle));
                var y = (top + b) - (b * Math.Cos(angle));
                AssertNear(expected, image[(int)Math.Floor(x), (int)Math.Floor(y)]);
                checkedPoints++;
            }
        }

        Assert.True(checkedPoints >= 6, $"only {checkedPoints} dash and gap middles fell on the corner");
    }

    /// <summary>Arc length of the ellipse (a sin t, b cos t) from t = 0 to <paramref name="t"/>, by fine chords.</summary>
    private static double EllipseArc(double a, double b, double t)
    {
        const int steps = 20000;
        var length = 0.0;
        for (var i = 0; i < steps; i++)
        {
            double t0 = t * i / steps, t1 = t * (i + 1) / steps;
            length += Math.Sqrt(Math.Pow(a * (Math.Sin(t1) - Math.Sin(t0)), 2) + Math.Pow(b * (Math.Cos(t1) - Math.Cos(t0)), 2));
        }

        return length;
    }

    private static double AngleAtArc(double a, double b, double s)
    {
        double lo = 0, hi = Math.PI / 2;
        for (var i = 0; i < 40; i++)
        {
            var mid = (lo + hi) / 2;
            if (EllipseArc(a, b, mid) < s)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static Quad Dashed(Rect bounds, CornerRadii radii, BorderWidths widths, Color color)
    {
        var q = Quad.Fill(bounds, White, radii).WithBorder(widths.Top, color, BorderStyle.Dashed);
        q.BorderWidths = widths;
        return q;
    }

    private static void AssertNear(Color expected, Color actual)
    {
        var diff = Math.Max(Math.Abs(expected.R - actual.R), Math.Max(Math.Abs(expected.G - actual.G), Math.Abs(expected.B - actual.B)));
        Assert.True(diff <= 40, $"expected {expected}, got ({actual.R}, {actual.G}, {actual.B})");
    }
}
