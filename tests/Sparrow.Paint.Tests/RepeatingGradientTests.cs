using System;
using Sparrow.Core;
using Xunit;

namespace Sparrow.Paint.Tests;

/// <summary>
/// repeating-linear-gradient() and repeating-radial-gradient() (css-images-3 §3.3): the stops become
/// one period that starts at position 0 of the gradient line, scaled to 0..1, and the scene is flagged
/// to repeat it.
/// </summary>
public sealed class RepeatingGradientTests
{
    private readonly ColorResolver _colors = new();
    private readonly StopSpec[] _stops = new StopSpec[GradientParser.MaxStops];
    private readonly float[] _offsets = new float[GradientGeometry.MaxResolvedStops];
    private readonly Color[] _result = new Color[GradientGeometry.MaxResolvedStops];

    private (Point Start, Point End, float[] Offsets, Color[] Colors) Resolve(string text, float width = 100, float height = 50)
    {
        Assert.True(GradientParser.TryParse(text, LengthContext.Default, _colors, _stops, out var spec));
        Assert.True(GradientGeometry.TryResolve(spec, _stops.AsSpan(0, spec.StopCount), new Size(width, height), Color.Black, _offsets, _result, out var start, out var end, out var count));
        return (start, end, _offsets[..count], _result[..count]);
    }

    private static void AssertNear(Color expected, Color actual)
    {
        Assert.True(
            Math.Abs(expected.R - actual.R) <= 1 && Math.Abs(expected.G - actual.G) <= 1 && Math.Abs(expected.B - actual.B) <= 1 && expected.A == actual.A,
            $"expected {expected}, got {actual}");
    }

    private static string Paint(string style)
    {
        using var f = new PaintFixture(200, 200);
        f.El(2, "view", style: style).Box(2, 0, 0, 100, 50);
        return f.Paint();
    }

    [Fact]
    public void A_period_from_zero_shortens_the_line_to_one_period()
    {
        // to right over 100px: the line runs 0..100, one period is 20px.
        var (start, end, offsets, colors) = Resolve("repeating-linear-gradient(90deg, red 0 10px, blue 10px 20px)");
        Assert.Equal(new Point(0, 25), start);
        Assert.Equal(new Point(20, 25), end);
        Assert.Equal(new[] { 0f, 0.5f, 0.5f, 1 }, offsets);
        Assert.Equal(new[] { new Color(255, 0, 0, 255), new Color(255, 0, 0, 255), new Color(0, 0, 255, 255), new Color(0, 0, 255, 255) }, colors);
    }

    [Fact]
    public void A_period_that_starts_later_is_rotated_to_start_at_zero()
    {
        // Stops 30px..50px (red to blue): position 0 is 10px into a period that ran from -10px, so
        // the period from 0 is red+50%..blue at 10px, then red..red+50% from 10px to 20px.
        var (_, end, offsets, colors) = Resolve("repeating-linear-gradient(90deg, red 30px, blue 50px)");
        Assert.Equal(20, end.X, 4);
        Assert.Equal(new[] { 0f, 0.5f, 0.5f, 1 }, offsets, (a, b) => MathF.Abs(a - b) < 1e-5f);
        AssertNear(GradientGeometry.Mix(new Color(255, 0, 0, 255), new Color(0, 0, 255, 255), 0.5f), colors[0]);
        Assert.Equal(new Color(0, 0, 255, 255), colors[1]);
        Assert.Equal(new Color(255, 0, 0, 255), colors[2]);
        Assert.Equal(colors[0], colors[3]);
    }

    [Fact]
    public void A_radial_period_scales_the_radii()
    {
        // circle 40px: stops 0..8px are a fifth of the radius.
        var (center, radii, offsets, _) = Resolve("repeating-radial-gradient(circle 40px at 50px 25px, red 0 4px, blue 4px 8px)");
        Assert.Equal(new Point(50, 25), center);
        Assert.Equal(8, radii.X, 4);
        Assert.Equal(8, radii.Y, 4);
        Assert.Equal(new[] { 0f, 0.5f, 0.5f, 1 }, offsets);
    }

    [Fact]
    public void A_zero_length_period_paints_the_average_color()
    {
        var (_, _, offsets, colors) = Resolve("repeating-linear-gradient(red 10px, blue 10px)");
        Assert.Equal(new[] { 0f, 1 }, offsets);
        Assert.Equal(colors[0], colors[1]);
        Assert.Equal(GradientGeometry.Mix(new Color(255, 0, 0, 255), new Color(0, 0, 255, 255), 0.5f), colors[0]);
    }

    [Fact]
    public void The_scene_gradient_is_flagged_repeating()
    {
        DumpAssert.Equal("""
            scene 200x200
              repeating-linear-gradient (0,0 100x50) from=0,25 to=20,25 stops=#ff0000 0,#ff0000 0.5,#0000ff 0.5,#0000ff 1
            """, Paint("background-image: repeating-linear-gradient(90deg, red 0 10px, blue 10px 20px)"));
    }
}
