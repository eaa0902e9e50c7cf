using Sparrow.Core;
using Xunit;

namespace Sparrow.Paint.Tests;

public sealed class ShadowParserTests
{
    private readonly ColorResolver _colors = new();
    private readonly ShadowSpec[] _shadows = new ShadowSpec[ShadowParser.MaxShadows];

    [Fact]
    public void A_list_of_shadows_in_any_component_order()
    {
        Assert.True(ShadowParser.TryParse("1px 2px, inset 3px 4px 5px 6px #00ff00, rgba(0,0,0,.5) -1px -2px 3px", LengthContext.Default, _colors, _shadows, out var count));
        Assert.Equal(3, count);
        Assert.Equal(new Point(1, 2), _shadows[0].Offset);
        Assert.True(_shadows[0].IsCurrentColor);
        Assert.False(_shadows[0].Inset);
        Assert.True(_shadows[1].Inset);
        Assert.Equal((3f, 4f, 5f, 6f), (_shadows[1].Offset.X, _shadows[1].Offset.Y, _shadows[1].Blur, _shadows[1].Spread));
        Assert.Equal(new Color(0, 255, 0, 255), _shadows[1].Color);
        Assert.Equal(new Color(0, 0, 0, 128), _shadows[2].Color);
        Assert.Equal(3, _shadows[2].Blur);
    }

    [Fact]
    public void Lengths_may_be_relative_and_the_keyword_order_is_free()
    {
        Assert.True(ShadowParser.TryParse("0.5em 1rem 2vw red inset", new LengthContext(10, 20, 200, 100), _colors, _shadows, out var count));
        Assert.Equal(1, count);
        Assert.Equal(new Point(5, 20), _shadows[0].Offset);
        Assert.Equal(4, _shadows[0].Blur);
        Assert.True(_shadows[0].Inset);
    }

    [Fact]
    public void None_is_no_shadows()
    {
        Assert.True(ShadowParser.TryParse("none", LengthContext.Default, _colors, _shadows, out var count));
        Assert.Equal(0, count);
    }

    [Theory]
    [InlineData("1px")]
    [InlineData("1px 2px 3px 4px 5px")]
    [InlineData("1px 2px -3px")]
    [InlineData("inset inset 1px 2px")]
    [InlineData("red blue 1px 2px")]
    [InlineData("1px red 2px")]
    [InlineData("1px 2px,")]
    [InlineData("1% 2px")]
    [InlineData("1px 2px foo")]
    [InlineData("")]
    public void Malformed_lists_give_no_shadows(string text)
    {
        Assert.False(ShadowParser.TryParse(text, LengthContext.Default, _colors, _shadows, out var count));
        Assert.Equal(0, count);
    }
}
