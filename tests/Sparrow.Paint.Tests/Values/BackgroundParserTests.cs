using Xunit;

namespace Sparrow.Paint.Tests;

public sealed class BackgroundParserTests
{
    [Fact]
    public void Items_are_the_top_level_comma_separated_parts_and_cycle()
    {
        const string list = "linear-gradient(red, blue), url(a,b.png) , none";
        Assert.Equal(3, BackgroundParser.CountItems(list));
        Assert.Equal("linear-gradient(red, blue)", BackgroundParser.Item(list, 0).ToString());
        Assert.Equal("url(a,b.png)", BackgroundParser.Item(list, 1).ToString());
        Assert.Equal("none", BackgroundParser.Item(list, 2).ToString());
        Assert.Equal("linear-gradient(red, blue)", BackgroundParser.Item(list, 3).ToString());
    }

    [Theory]
    [InlineData("cover", (int)BackgroundSizeKind.Cover, true, true, 0, 0)]
    [InlineData("contain", (int)BackgroundSizeKind.Contain, true, true, 0, 0)]
    [InlineData("auto", (int)BackgroundSizeKind.Explicit, true, true, 0, 0)]
    [InlineData("50%", (int)BackgroundSizeKind.Explicit, false, true, 50, 0)]
    [InlineData("10px auto", (int)BackgroundSizeKind.Explicit, false, true, 10, 0)]
    [InlineData("auto 10px", (int)BackgroundSizeKind.Explicit, true, false, 0, 10)]
    [InlineData("100% 100%", (int)BackgroundSizeKind.Explicit, false, false, 100, 100)]
    public void Sizes(string text, int kind, bool autoW, bool autoH, float w, float h)
    {
        Assert.True(BackgroundParser.TryParseSize(text, LengthContext.Default, out var size));
        Assert.Equal((BackgroundSizeKind)kind, size.Kind);
        Assert.Equal(autoW, size.AutoWidth);
        Assert.Equal(autoH, size.AutoHeight);
        Assert.Equal(w, size.Width.Px + size.Width.Percent);
        Assert.Equal(h, size.Height.Px + size.Height.Percent);
    }

    [Theory]
    [InlineData("cover contain")]
    [InlineData("10px 10px 10px")]
    [InlineData("big")]
    public void Bad_sizes(string text) => Assert.False(BackgroundParser.TryParseSize(text, LengthContext.Default, out _));

    [Theory]
    [InlineData("repeat", (int)RepeatStyle.Repeat, (int)RepeatStyle.Repeat)]
    [InlineData("no-repeat", (int)RepeatStyle.NoRepeat, (int)RepeatStyle.NoRepeat)]
    [InlineData("repeat-x", (int)RepeatStyle.Repeat, (int)RepeatStyle.NoRepeat)]
    [InlineData("repeat-y", (int)RepeatStyle.NoRepeat, (int)RepeatStyle.Repeat)]
    [InlineData("round space", (int)RepeatStyle.Round, (int)RepeatStyle.Space)]
    public void Repeats(string text, int x, int y)
    {
        Assert.True(BackgroundParser.TryParseRepeat(text, out var rx, out var ry));
        Assert.Equal(((RepeatStyle)x, (RepeatStyle)y), (rx, ry));
    }

    [Theory]
    [InlineData("0% 0%", 0, 0, 0, 0)]
    [InlineData("center", 0, 50, 0, 50)]
    [InlineData("top", 0, 50, 0, 0)]
    [InlineData("right", 0, 100, 0, 50)]
    [InlineData("bottom left", 0, 0, 0, 100)]
    [InlineData("10px 20%", 10, 0, 0, 20)]
    [InlineData("right 10px bottom 20%", -10, 100, 0, 80)]
    [InlineData("center top 5px", 0, 50, 5, 0)]
    [InlineData("left 2px center", 2, 0, 0, 50)]
    public void Positions(string text, float xPx, float xPercent, float yPx, float yPercent)
    {
        Assert.True(BackgroundParser.TryParsePosition(text, LengthContext.Default, out var p), text);
        Assert.Equal(new LengthPercentage(xPx, xPercent), p.X);
        Assert.Equal(new LengthPercentage(yPx, yPercent), p.Y);
    }

    [Theory]
    [InlineData("left right")]
    [InlineData("top bottom")]
    [InlineData("10px left")]
    [InlineData("center 10px center")]
    [InlineData("left 1px 2px")]
    public void Bad_positions(string text) => Assert.False(BackgroundParser.TryParsePosition(text, LengthContext.Default, out _));

    [Theory]
    [InlineData("url(a.png)", "a.png")]
    [InlineData("url( \"b c.png\" )", "b c.png")]
    [InlineData("URL('x')", "x")]
    public void Urls(string text, string url)
    {
        Assert.True(BackgroundParser.TryParseUrl(text, out var parsed));
        Assert.Equal(url, parsed.ToString());
    }

    [Theory]
    [InlineData("url()")]
    [InlineData("url(a.png")]
    [InlineData("image(a.png)")]
    [InlineData("url(a.png) x")]
    public void Bad_urls(string text) => Assert.False(BackgroundParser.TryParseUrl(text, out _));
}
