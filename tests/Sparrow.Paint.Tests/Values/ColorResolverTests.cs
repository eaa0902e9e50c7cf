using Sparrow.Core;
using Xunit;

namespace Sparrow.Paint.Tests;

public sealed class ColorResolverTests
{
    private readonly ColorResolver _colors = new();

    private (bool Ok, Color Color, bool Current, int End) Read(string text)
    {
        var reader = new ValueReader(text);
        var ok = _colors.TryRead(ref reader, out var color, out var current);
        return (ok, color, current, reader.Position);
    }

    [Theory]
    [InlineData("#abc", 0xaabbccffu)]
    [InlineData("#abcd", 0xaabbccddu)]
    [InlineData("#102030", 0x102030ffu)]
    [InlineData("#10203040", 0x10203040u)]
    [InlineData("red", 0xff0000ffu)]
    [InlineData("RebeccaPurple", 0x663399ffu)]
    [InlineData("transparent", 0x00000000u)]
    [InlineData("rgba(0, 0, 255, 0.5)", 0x0000ff80u)]
    [InlineData("rgb(10 20 30 / 50%)", 0x0a141e80u)]
    [InlineData("hsl(120, 100%, 50%)", 0x00ff00ffu)]
    public void Colors_as_the_css_stage_reads_them(string text, uint rgba)
    {
        var (ok, color, current, end) = Read(text);
        Assert.True(ok);
        Assert.False(current);
        Assert.Equal(Color.FromRgba(rgba), color);
        Assert.Equal(text.Length, end);
    }

    [Fact]
    public void Currentcolor_is_left_to_the_caller()
    {
        var (ok, _, current, _) = Read("currentColor");
        Assert.True(ok);
        Assert.True(current);
    }

    [Theory]
    [InlineData("#12")]
    [InlineData("#xyz")]
    [InlineData("notacolor")]
    [InlineData("rgb(1, 2)")]
    [InlineData("10px")]
    [InlineData("url(a.png)")]
    public void Non_colors_fail_and_leave_the_reader_where_it_was(string text)
    {
        var (ok, _, _, end) = Read(text);
        Assert.False(ok);
        Assert.Equal(0, end);
        Assert.False(Read(text).Ok);
    }
}
