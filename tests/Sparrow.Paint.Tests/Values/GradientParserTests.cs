using System;
using System.Linq;
using Sparrow.Core;
using Sparrow.Scene;
using Xunit;

namespace Sparrow.Paint.Tests;

public sealed class GradientParserTests
{
    private readonly ColorResolver _colors = new();
    private readonly StopSpec[] _stops = new StopSpec[GradientParser.MaxStops];

    private GradientSpec Parse(string text)
    {
        Assert.True(GradientParser.TryParse(text, LengthContext.Default, _colors, _stops, out var spec), text);
        return spec;
    }

    [Theory]
    [InlineData("linear-gradient(red, blue)", 180)]
    [InlineData("linear-gradient(45deg, red, blue)", 45)]
    [InlineData("linear-gradient(0.25turn, red, blue)", 90)]
    [InlineData("linear-gradient(100grad, red, blue)", 90)]
    [InlineData("LINEAR-GRADIENT(-90deg, red, blue)", -90)]
    [InlineData("-webkit-linear-gradient(0deg, red, blue)", 90)]
    [InlineData("-webkit-linear-gradient(red, blue)", 180)]
    public void Angles_count_clockwise_from_to_top_and_legacy_ones_from_east(string text, float degrees)
    {
        var spec = Parse(text);
        Assert.Equal(GradientKind.Linear, spec.Kind);
        Assert.True(spec.HasAngle);
        Assert.Equal(degrees, spec.Angle * 180 / MathF.PI, 3);
    }

    [Theory]
    [InlineData("linear-gradient(to right, red, blue)", 1, 0)]
    [InlineData("linear-gradient(to top left, red, blue)", -1, -1)]
    [InlineData("linear-gradient(to left bottom, red, blue)", -1, 1)]
    [InlineData("-webkit-linear-gradient(top, red, blue)", 0, 1)]
    [InlineData("-webkit-linear-gradient(left top, red, blue)", 1, 1)]
    public void Sides_and_corners_name_where_the_line_ends(string text, int x, int y)
    {
        var spec = Parse(text);
        Assert.False(spec.HasAngle);
        Assert.Equal((sbyte)x, spec.ToX);
        Assert.Equal((sbyte)y, spec.ToY);
    }

    [Fact]
    public void Stops_keep_colors_positions_hints_and_double_positions()
    {
        var spec = Parse("linear-gradient(#ff000080 10px, rgba(0, 0, 255, 0.5) 20% 40%, 60%, currentcolor calc(50% + 10px))");
        Assert.Equal(5, spec.StopCount);
        Assert.Equal(new Color(255, 0, 0, 128), _stops[0].Color);
        Assert.Equal(LengthPercentage.Pixels(10), _stops[0].Position);
        Assert.Equal(new Color(0, 0, 255, 128), _stops[1].Color);
        Assert.Equal(LengthPercentage.OfPercent(20), _stops[1].Position);
        Assert.Equal(_stops[1].Color, _stops[2].Color);
        Assert.Equal(LengthPercentage.OfPercent(40), _stops[2].Position);
        Assert.True(_stops[3].IsHint);
        Assert.Equal(LengthPercentage.OfPercent(60), _stops[3].Position);
        Assert.True(_stops[4].IsCurrentColor);
        Assert.Equal(new LengthPercentage(10, 50), _stops[4].Position);
    }

    [Fact]
    public void Radial_preludes_set_shape_size_and_position()
    {
        var spec = Parse("radial-gradient(circle closest-corner at right 10px top 20%, red, blue)");
        Assert.Equal(GradientKind.Radial, spec.Kind);
        Assert.True(spec.Circle);
        Assert.Equal(RadialExtent.ClosestCorner, spec.Extent);
        Assert.Equal(new LengthPercentage(-10, 100), spec.Center.X);
        Assert.Equal(LengthPercentage.OfPercent(20), spec.Center.Y);

        spec = Parse("radial-gradient(30px 50%, red, blue)");
        Assert.False(spec.Circle);
        Assert.Equal(RadialExtent.Explicit, spec.Extent);
        Assert.Equal(LengthPercentage.Pixels(30), spec.RadiusX);
        Assert.Equal(LengthPercentage.OfPercent(50), spec.RadiusY);
        Assert.Equal(PositionValue.Center, spec.Center);

        spec = Parse("radial-gradient(2em, red, blue)");
        Assert.True(spec.Circle);
        Assert.Equal(LengthPercentage.Pixels(32), spec.RadiusX);

        spec = Parse("-webkit-radial-gradient(center, circle cover, red, blue)");
        Assert.True(spec.Circle);
        Assert.Equal(RadialExtent.FarthestCorner, spec.Extent);

        Assert.True(Parse("repeating-radial-gradient(red, blue 10px)").Repeating);
    }

    [Theory]
    [InlineData("")]
    [InlineData("red")]
    [InlineData("linear-gradient(")]
    [InlineData("linear-gradient(red)")]
    [InlineData("linear-gradient(red blue)")]
    [InlineData("linear-gradient(to, red, blue)")]
    [InlineData("linear-gradient(to center, red, blue)")]
    [InlineData("linear-gradient(to left right, red, blue)")]
    [InlineData("linear-gradient(45px, red, blue)")]
    [InlineData("linear-gradient(red, 10%)")]
    [InlineData("linear-gradient(10%, red, blue)")]
    [InlineData("linear-gradient(red, 10%, 20%, blue)")]
    [InlineData("linear-gradient(red, blue,)")]
    [InlineData("linear-gradient(red, blue) x")]
    [InlineData("linear-gradient(red, blue")]
    [InlineData("radial-gradient(circle 10% , red, blue)")]
    [InlineData("radial-gradient(circle 10px 20px, red, blue)")]
    [InlineData("radial-gradient(at, red, blue)")]
    [InlineData("radial-gradient(circle circle, red, blue)")]
    [InlineData("conic-gradient(red, blue)")]
    [InlineData("linear-gradient(rgb(1, 2), blue)")]
    [InlineData("linear-gradient(#ggg, blue)")]
    public void Malformed_gradients_are_rejected_without_throwing(string text)
    {
        Assert.False(GradientParser.TryParse(text, LengthContext.Default, _colors, _stops, out _));
    }

    [Fact]
    public void Too_many_stops_are_rejected()
    {
        var text = "linear-gradient(" + string.Join(", ", Enumerable.Repeat("red", GradientParser.MaxStops + 1)) + ")";
        Assert.False(GradientParser.TryParse(text, LengthContext.Default, _colors, _stops, out _));
    }
}
