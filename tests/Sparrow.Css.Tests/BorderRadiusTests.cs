using System.Linq;
using Xunit;

namespace Sparrow.Css.Tests;

/// <summary>css-backgrounds-3 §5.1: corners keep a horizontal and a vertical radius; getComputedStyle serialises them as Chromium does.</summary>
public class BorderRadiusTests
{
    private static readonly string[] Corners = ["border-top-left-radius", "border-top-right-radius", "border-bottom-right-radius", "border-bottom-left-radius"];

    [Fact]
    public void Slash_sets_the_vertical_radii_each_list_expanding_as_margin_does()
    {
        var f = Run(".c { border-radius: 10px 20px / 5px 15% 30px }");
        Assert.Equal(["10px 5px", "20px 15%", "10px 30px", "20px 15%"], Corners.Select(c => f.Get(2, c)));
    }

    [Fact]
    public void Equal_components_collapse_to_one_value()
    {
        var f = Run(".c { border-radius: 8px / 8px; border-top-right-radius: 4px 4px }");
        Assert.Equal(["8px", "4px", "8px", "8px"], Corners.Select(c => f.Get(2, c)));
    }

    [Fact]
    public void A_longhand_takes_two_lengths_in_any_unit_resolved_per_component()
    {
        var f = Run(".c { font-size: 10px; border-top-left-radius: 2em 50%; border-bottom-right-radius: 30rpx 3px }");
        Assert.Equal("20px 50%", f.Get(2, "border-top-left-radius"));
        Assert.Equal("15px 3px", f.Get(2, "border-bottom-right-radius"));
    }

    [Theory]
    [InlineData(".c { border-top-left-radius: 1px 2px 3px }")]
    [InlineData(".c { border-top-left-radius: -1px 2px }")]
    [InlineData(".c { border-radius: 1px / }")]
    [InlineData(".c { border-radius: 1px / 2px 3px 4px 5px 6px }")]
    [InlineData(".c { border-radius: / 2px }")]
    public void Malformed_values_are_dropped(string sheet)
    {
        var f = Run(sheet);
        Assert.Equal("0px", f.Get(2, "border-top-left-radius"));
    }

    [Fact]
    public void An_unchanged_pair_does_not_restyle_as_a_change()
    {
        var a = CssValue.Pair(CssValue.Px(4), CssValue.Percent(50));
        var b = CssValue.Pair(CssValue.Px(4), CssValue.Percent(50));
        Assert.Equal(CssValueKind.Pair, a.Kind);
        Assert.True(a.Equals(b));
        Assert.False(a.Equals(CssValue.Pair(CssValue.Px(4), CssValue.Percent(40))));
    }

    private static CssFixture Run(string sheet)
    {
        var f = new CssFixture().Css(sheet);
        f.El(2, "view", classes: "c").Run();
        return f;
    }
}
