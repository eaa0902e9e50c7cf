using Sparrow.Core;
using Xunit;

namespace Sparrow.Layout.Tests.Block;

/// <summary>
/// Floats through incremental layout: boxes whose layout depends on floats of their block formatting
/// context must follow those floats when only the float changed (the cache keys do not name floats).
/// Placement itself is checked against Chromium by the block/float_* fixtures.
/// </summary>
public sealed class FloatTests
{
    private static LayoutStyle Box(float width, float height, FloatSide side = FloatSide.None, Display display = Display.Block)
    {
        var s = LayoutStyle.Default;
        s.Width = Length.Points(width);
        s.Height = Length.Points(height);
        s.Float = side;
        s.Display = display;
        return s;
    }

    [Fact]
    public void Style_packs_float_and_clear_without_disturbing_other_fields()
    {
        var s = LayoutStyle.Default;
        s.VerticalAlign = VerticalAlign.Bottom;
        s.Float = FloatSide.Right;
        s.Clear = Clear.Both;
        Assert.Equal(FloatSide.Right, s.Float);
        Assert.Equal(Clear.Both, s.Clear);
        Assert.Equal(VerticalAlign.Bottom, s.VerticalAlign);
        Assert.True(s.IsFloating);
        s.Position = Position.Absolute;
        Assert.False(s.IsFloating);
    }

    [Fact]
    public void Line_content_in_a_clean_nested_block_follows_a_float_that_grew()
    {
        // root (200 wide) > [float left 60x40, block > inline-block 50x10]
        var store = new LayoutTreeStore();
        var root = store.AddNode(Box(200, 0) with { Height = Length.Auto });
        var fl = store.AddNode(Box(60, 40, FloatSide.Left));
        var block = store.AddNode(LayoutStyle.Default);
        var item = store.AddNode(Box(50, 10, display: Display.InlineBlock));
        store.AppendChild(root, fl);
        store.AppendChild(root, block);
        store.AppendChild(block, item);

        store.Compute(root, new Size(375, 667));
        Assert.Equal(60, store.GetLayout(item).X);

        // Only the float's style changes; the nested block and its inline-block are untouched.
        store.SetStyle(fl, Box(90, 40, FloatSide.Left));
        store.Compute(root, new Size(375, 667));
        Assert.Equal(90, store.GetLayout(item).X);

        // And back to no float at all: the nested block's earlier cached layout must not come back stale.
        store.SetStyle(fl, Box(90, 40));
        store.Compute(root, new Size(375, 667));
        Assert.Equal(0, store.GetLayout(item).X);
        Assert.Equal(40, store.GetLayout(block).Y);
    }

    [Fact]
    public void Floats_inside_a_clean_nested_block_still_push_later_siblings()
    {
        // root > [block > float left 70x30, block(clear: both) 10 high]
        var store = new LayoutTreeStore();
        var root = store.AddNode(Box(200, 0) with { Height = Length.Auto });
        var holder = store.AddNode(LayoutStyle.Default);
        var fl = store.AddNode(Box(70, 30, FloatSide.Left));
        var cleared = store.AddNode(Box(50, 10) with { Clear = Clear.Both });
        store.AppendChild(root, holder);
        store.AppendChild(holder, fl);
        store.AppendChild(root, cleared);

        store.Compute(root, new Size(375, 667));
        Assert.Equal(30, store.GetLayout(cleared).Y);
        Assert.Equal(0, store.GetLayout(holder).Height);

        // Only the cleared box changes: the holder is clean, yet its float must be placed again.
        store.SetStyle(cleared, Box(60, 10) with { Clear = Clear.Both });
        store.Compute(root, new Size(375, 667));
        Assert.Equal(30, store.GetLayout(cleared).Y);
        Assert.Equal(40, store.GetLayout(root).Height);
    }

    [Fact]
    public void A_block_formatting_context_root_grows_to_contain_its_floats()
    {
        var store = new LayoutTreeStore();
        var root = store.AddNode(Box(200, 0) with { Height = Length.Auto, OverflowX = Overflow.Hidden, OverflowY = Overflow.Hidden });
        var fl = store.AddNode(Box(50, 45, FloatSide.Right));
        store.AppendChild(root, fl);

        store.Compute(root, new Size(375, 667));
        Assert.Equal(45, store.GetLayout(root).Height);
        Assert.Equal(150, store.GetLayout(fl).X);
    }
}
