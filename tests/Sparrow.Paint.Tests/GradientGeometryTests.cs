using Sparrow.Core;
using System;
using System.Linq;
using Xunit;

namespace Sparrow.Paint.Tests;

public sealed class GradientGeometryTests
{
    private readonly ColorResolver _colors = new();
    private readonly StopSpec[] _stops = new StopSpec[GradientParser.MaxStops];
    private readonly float[] _offsets = new float[GradientParser.MaxStops];
    private readonly Color[] _result = new Color[GradientParser.MaxStops];

    private (Point Start, Point End, float[] Offsets) Resolve(string text, float width = 100, float height = 50)
    {
        Assert.True(GradientParser.TryParse(text, LengthContext.Default, _colors, _stops, out var spec));
        Assert.True(GradientGeometry.TryResolve(spec, _stops.AsSpan(0, spec.StopCount), new Size(width, height), Color.Black, _offsets, _result, out var start, out var end, out var count));
        return (start, end, _offsets[..count]);
    }

    [Fact]
    public void Positions_below_an_earlier_one_move_up_to_it()
    {
        Assert.Equal(new[] { 0.5f, 0.5f, 1 }, Resolve("linear-gradient(90deg, red 50%, blue 20%, green)").Offsets);
    }

    [Fact]
    public void Unpositioned_stops_share_the_space_between_positioned_ones()
    {
        Assert.Equal(new[] { 0.2f, 0.4f, 0.6f, 0.8f }, Resolve("linear-gradient(90deg, red 20px, blue, green, white 80%)").Offsets);
    }

    [Fact]
    public void Radial_stops_past_the_ending_shape_stretch_it_and_negative_ones_are_cut_at_the_center()
    {
        var (center, radii, offsets) = Resolve("radial-gradient(closest-side, red -50%, blue 150%)");
        Assert.Equal(new Point(50, 25), center);
        Assert.Equal(new Point(75, 37.5f), radii);
        Assert.Equal(new[] { 0f, 1 }, offsets);

        // The color at the center is a quarter of the way from red to blue.
        Assert.Equal(new Color(191, 0, 64, 255), _result[0]);
    }

    [Fact]
    public void Degenerate_radial_gradients_paint_nothing()
    {
        Assert.True(GradientParser.TryParse("radial-gradient(closest-side at 0 0, red, blue)", LengthContext.Default, _colors, _stops, out var spec));
        Assert.False(GradientGeometry.TryResolve(spec, _stops.AsSpan(0, spec.StopCount), new Size(10, 10), Color.Black, _offsets, _result, out _, out _, out _));
    }

    [Fact]
    public void Mixing_is_premultiplied()
    {
        // Half-way from opaque red to transparent: red at half alpha, not a darkened red.
        Assert.Equal(new Color(255, 0, 0, 128), GradientGeometry.Mix(new Color(255, 0, 0, 255), Color.Transparent, 0.5f));
    }

    [Fact]
    public void A_hint_becomes_nine_stops_on_its_curve_as_in_blink()
    {
        // red, 30%, blue: two stops before the hint, seven from it on; weight t^(ln 0.5 / ln 0.3).
        var (_, _, offsets) = Resolve("linear-gradient(90deg, red, 30%, blue)");
        Assert.Equal(11, offsets.Length);
        Assert.Equal(new[] { 0f, 0.1f, 0.2f, 0.3f }, offsets[..4].Select(o => MathF.Round(o, 4)).ToArray());
        Assert.Equal(0.3f + (0.7f * 6 / 13), offsets[9], 4);
        Assert.Equal(new Color(187, 0, 68, 255), _result[1]);
        Assert.Equal(new Color(128, 0, 128, 255), _result[3]);
        Assert.Equal(new Color(0, 0, 255, 255), _result[10]);
    }
}
