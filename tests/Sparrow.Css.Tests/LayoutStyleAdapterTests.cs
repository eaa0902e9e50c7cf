using Sparrow.Layout;
using Xunit;

namespace Sparrow.Css.Tests;

public class LayoutStyleAdapterTests
{
    private static LayoutStyle Adapt(string css, string tag = "view")
    {
        var f = new CssFixture().Css(".c { " + css + " }");
        f.El(2, tag, classes: "c").Run();
        return LayoutStyleAdapter.ToLayoutStyle(f.Cascade.Styles, f.Node(2));
    }

    [Fact]
    public void Flex_container_properties_map_to_layout_enums()
    {
        var s = Adapt("display: flex; flex-direction: column-reverse; flex-wrap: wrap; justify-content: space-between; align-items: center; align-content: flex-end; box-sizing: border-box; overflow: hidden scroll");
        Assert.Equal(Display.Flex, s.Display);
        Assert.Equal(FlexDirection.ColumnReverse, s.FlexDirection);
        Assert.Equal(FlexWrap.Wrap, s.FlexWrap);
        Assert.Equal(JustifyContent.SpaceBetween, s.JustifyContent);
        Assert.Equal(Align.Center, s.AlignItems);
        Assert.Equal(AlignContent.FlexEnd, s.AlignContent);
        Assert.Equal(BoxSizing.BorderBox, s.BoxSizing);
        Assert.Equal((Overflow.Hidden, Overflow.Scroll), (s.OverflowX, s.OverflowY));
    }

    [Fact]
    public void Lengths_map_to_points_percent_auto_and_undefined()
    {
        var s = Adapt("width: 100rpx; height: 50%; max-width: none; margin: auto 2em; padding-top: calc(1px + 2px); flex: 2 3 10%; font-size: 10px; gap: 4px; top: 1px; aspect-ratio: 16 / 9; z-index: 5; order: -1; position: absolute");
        Assert.Equal(Length.Points(50), s.Width);
        Assert.Equal(Length.Percent(0.5f), s.Height);
        Assert.True(s.MaxWidth.IsUndefined);
        Assert.True(s.MarginTop.IsAuto);
        Assert.Equal(Length.Points(20), s.MarginLeft);
        Assert.Equal(Length.Points(3), s.PaddingTop);
        Assert.Equal((2f, 3f), (s.FlexGrow, s.FlexShrink));
        Assert.Equal(Length.Percent(0.1f), s.FlexBasis);
        Assert.Equal(Length.Points(4), s.RowGap);
        Assert.Equal(Length.Points(1), s.InsetTop);
        Assert.True(s.InsetLeft.IsAuto);
        Assert.Equal(16f / 9f, s.AspectRatio, 3);
        Assert.Equal((5, -1, Position.Absolute), (s.ZIndex, s.Order, s.Position));
    }

    [Fact]
    public void The_user_agent_image_size_reaches_layout()
    {
        var s = Adapt(string.Empty, "image");
        Assert.Equal((Display.InlineBlock, Length.Points(320), Length.Points(240)), (s.Display, s.Width, s.Height));
        Assert.Equal(Length.Zero, s.BorderTop);
    }
}
