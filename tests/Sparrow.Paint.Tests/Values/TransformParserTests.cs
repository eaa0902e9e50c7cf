using System;
using System.Numerics;
using Sparrow.Core;
using Xunit;

namespace Sparrow.Paint.Tests;

public sealed class TransformParserTests
{
    private static readonly Size Box = new(200, 100);

    private static Matrix3x2 Parse(string text)
    {
        Assert.True(TransformParser.TryParse(text, Box, LengthContext.Default, out var m), text);
        return m;
    }

    private static void Near(Matrix3x2 expected, Matrix3x2 actual)
    {
        var e = new[] { expected.M11, expected.M12, expected.M21, expected.M22, expected.M31, expected.M32 };
        var a = new[] { actual.M11, actual.M12, actual.M21, actual.M22, actual.M31, actual.M32 };
        for (var i = 0; i < 6; i++)
        {
            Assert.True(MathF.Abs(e[i] - a[i]) < 1e-4f, $"expected {expected}, got {actual}");
        }
    }

    [Fact]
    public void Translations_take_percentages_of_the_box()
    {
        Near(Matrix3x2.CreateTranslation(-100, 10), Parse("translate(-50%, 10%)"));
        Near(Matrix3x2.CreateTranslation(5, 0), Parse("translate(5px)"));
        Near(Matrix3x2.CreateTranslation(0, -50), Parse("translateY(-50%)"));
        Near(Matrix3x2.CreateTranslation(20, 0), Parse("translateX(calc(10% - 0px))"));
        Near(Matrix3x2.CreateTranslation(1, 2), Parse("translate3d(1px, 2px, 3px)"));
        Near(Matrix3x2.CreateTranslation(32, 0), Parse("translateX(2em)"));
    }

    [Fact]
    public void Scales_rotations_skews_and_matrices()
    {
        Near(Matrix3x2.CreateScale(2, 3), Parse("scale(2, 3)"));
        Near(Matrix3x2.CreateScale(0.5f, 0.5f), Parse("scale(50%)"));
        Near(Matrix3x2.CreateScale(1, 0.5f), Parse("scaleY(.5)"));
        Near(Matrix3x2.CreateRotation(MathF.PI / 2), Parse("rotate(90deg)"));
        Near(Matrix3x2.CreateRotation(MathF.PI / 2), Parse("rotateZ(0.25turn)"));
        Near(new Matrix3x2(1, 0, 1, 1, 0, 0), Parse("skewX(45deg)"));
        Near(new Matrix3x2(1, 1, 0, 1, 0, 0), Parse("skew(0, 45deg)"));
        Near(new Matrix3x2(1, 2, 3, 4, 5, 6), Parse("matrix(1, 2, 3, 4, 5, 6)"));
        Near(new Matrix3x2(1, 0, 0, 1, 7, 8), Parse("matrix3d(1,0,0,0, 0,1,0,0, 0,0,1,0, 7,8,0,1)"));
        Near(Matrix3x2.CreateScale(1, 0.5f), Parse("rotateX(60deg)"));
        Near(Matrix3x2.Identity, Parse("perspective(100px) translateZ(10px)"));
    }

    [Fact]
    public void A_list_applies_its_last_function_first()
    {
        // translate(10px) scale(2): a point is scaled, then moved.
        var m = Parse("translate(10px) scale(2)");
        Assert.Equal(new Vector2(12, 2), Vector2.Transform(new Vector2(1, 1), m));
    }

    [Fact]
    public void Origins_are_positions_in_the_box()
    {
        Assert.True(TransformParser.TryParseOrigin("left top", Box, LengthContext.Default, out var o));
        Assert.Equal(new Point(0, 0), o);
        Assert.True(TransformParser.TryParseOrigin("bottom", Box, LengthContext.Default, out o));
        Assert.Equal(new Point(100, 100), o);
        Assert.True(TransformParser.TryParseOrigin("10px 20% 5px", Box, LengthContext.Default, out o));
        Assert.Equal(new Point(10, 20), o);
        Assert.False(TransformParser.TryParseOrigin("nowhere", Box, LengthContext.Default, out o));
        Assert.Equal(new Point(100, 50), o);
    }

    [Theory]
    [InlineData("")]
    [InlineData("rotate(90px)")]
    [InlineData("rotate(90deg")]
    [InlineData("translate(1px, 2px, 3px)")]
    [InlineData("scale()")]
    [InlineData("scale(1, 2, 3)")]
    [InlineData("matrix(1, 2, 3)")]
    [InlineData("spin(3deg)")]
    [InlineData("translate(1px) junk")]
    [InlineData("translateZ(10%)")]
    [InlineData("skew(1deg, 2deg, 3deg)")]
    public void Malformed_transforms_are_rejected(string text)
    {
        Assert.False(TransformParser.TryParse(text, Box, LengthContext.Default, out var m));
        Assert.Equal(Matrix3x2.Identity, m);
    }
}
