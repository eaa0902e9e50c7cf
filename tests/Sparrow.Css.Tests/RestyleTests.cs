using Sparrow.Core;
using Sparrow.Dom;
using Xunit;

namespace Sparrow.Css.Tests;

/// <summary>Incremental restyle: a change restyles only what its invalidation sets name.</summary>
public class RestyleTests
{
    /// <summary>page > root(#r) > 10 rows > 10 cells each; every fifth cell has class "hot".</summary>
    private static CssFixture Grid(string css)
    {
        var f = new CssFixture().Css(css);
        f.El(2, "view", classes: "root", id: "r");
        uint h = 3;
        for (var row = 0; row < 10; row++)
        {
            var rowHandle = h++;
            f.El(rowHandle, "view", 2, classes: "row");
            for (var cell = 0; cell < 10; cell++)
            {
                f.El(h, "text", rowHandle, classes: cell % 5 == 0 ? "cell hot" : "cell");
                h++;
            }
        }

        var first = f.Run();
        Assert.True(first.Full);
        Assert.Equal(112, first.Restyled);
        return f;
    }

    [Fact]
    public void Nothing_changed_restyles_nothing()
    {
        var f = Grid(".cell { width: 1px }");
        Assert.Equal(0, f.Run().Restyled);
    }

    [Fact]
    public void A_class_only_the_subject_uses_restyles_one_node()
    {
        var f = Grid(".root.on { background-color: red } .on .unrelated { width: 1px }");
        f.Batch.AddClass(2, f.A("on"));
        var stats = f.Run();
        Assert.Equal(1, stats.Restyled);
        Assert.Equal("rgb(255, 0, 0)", f.Get(2, "background-color"));
    }

    [Fact]
    public void A_class_on_the_root_restyles_only_descendants_the_selector_can_reach()
    {
        var f = Grid(".root.on .hot { background-color: red }");
        f.Batch.AddClass(2, f.A("on"));
        var stats = f.Run();

        // Not the root ("on" is in a non-subject compound only), just the 20 .hot cells.
        Assert.Equal(20, stats.Restyled);
        Assert.Equal("rgb(255, 0, 0)", f.Get(4, "background-color"));
        Assert.Equal("rgba(0, 0, 0, 0)", f.Get(5, "background-color"));
    }

    [Fact]
    public void A_leaf_class_toggle_restyles_the_leaf()
    {
        var f = Grid(".cell.sel { background-color: blue }");
        f.Batch.AddClass(7, f.A("sel"));
        Assert.Equal(1, f.Run().Restyled);
        f.Batch.RemoveClass(7, f.A("sel"));
        Assert.Equal(1, f.Run().Restyled);
        Assert.Equal("rgba(0, 0, 0, 0)", f.Get(7, "background-color"));
    }

    [Fact]
    public void Sibling_selectors_restyle_following_siblings()
    {
        var f = Grid(".sel ~ .cell { width: 3px }");
        f.Batch.AddClass(4, f.A("sel"));
        var stats = f.Run();
        Assert.Equal(9, stats.Restyled);
        Assert.Equal("3px", f.Get(5, "width"));
    }

    [Fact]
    public void Inherited_changes_reach_the_subtree()
    {
        var f = Grid(".on { color: red }");
        f.Batch.AddClass(3, f.A("on"));
        var stats = f.Run();
        Assert.Equal(11, stats.Restyled);
        Assert.Equal("rgb(255, 0, 0)", f.Get(4, "color"));
    }

    [Fact]
    public void Inserting_a_node_restyles_it_and_structural_selectors_restyle_siblings()
    {
        var f = Grid(".cell:first-child { width: 9px }");
        f.Batch.CreateElement(500, f.A("text"), f.A("text"));
        f.Batch.AddClass(500, f.A("cell"));
        f.Batch.InsertBefore(3, 500, 4);
        var stats = f.Run();
        Assert.Equal(12, stats.Restyled);
        Assert.Equal("9px", f.Get(500, "width"));
        Assert.Equal("auto", f.Get(4, "width"));
    }

    [Fact]
    public void Only_real_changes_mark_layout_and_paint()
    {
        var f = Grid(".a { background-color: red } .b { width: 5px }");
        f.Store.ClearDirty(NodeFlags.LayoutDirty | NodeFlags.PaintDirty | NodeFlags.DescendantLayoutDirty | NodeFlags.DescendantPaintDirty);
        f.Batch.AddClass(4, f.A("a"));
        var stats = f.Run();
        Assert.Equal((1, 0, 1), (stats.Restyled, stats.LayoutDirtied, stats.PaintDirtied));
        var n = f.Node(4);
        Assert.Equal(NodeFlags.PaintDirty, f.Store.Flags[n] & (NodeFlags.PaintDirty | NodeFlags.LayoutDirty));
        Assert.True(f.Store.Flags[f.Node(2)].HasFlag(NodeFlags.DescendantPaintDirty));

        f.Batch.AddClass(4, f.A("b"));
        stats = f.Run();
        Assert.Equal((1, 1, 0), (stats.Restyled, stats.LayoutDirtied, stats.PaintDirtied));
    }

    [Fact]
    public void Id_and_attribute_changes_invalidate_by_their_sets()
    {
        var f = Grid("#r.x .hot { width: 2px } [data-k=v] { width: 4px }");
        f.Batch.SetAttribute(7, f.A("data-k"), "v");
        Assert.Equal(1, f.Run().Restyled);
        Assert.Equal("4px", f.Get(7, "width"));
        f.Batch.SetId(2, "other");
        Assert.Equal(20, f.Run().Restyled);
    }

    [Fact]
    public void A_steady_state_leaf_toggle_allocates_nothing()
    {
        var f = Grid(".cell.sel { background-color: blue } .root .hot { width: 2px } .sel ~ .x { width: 1px }");
        var (restyled, allocated) = SteadyToggle(f, 7, f.A("sel"));
        // The leaf, plus its six following siblings through the "~" invalidation set.
        Assert.Equal(7, restyled);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void A_leaf_toggle_through_var_rpx_and_after_rules_allocates_nothing()
    {
        var f = Grid(
            ".root { --accent: #07c160; --gap: 8rpx } " +
            ".cell.sel { color: var(--accent); border: 1rpx solid var(--accent, red); box-shadow: 0 4rpx 12rpx rgba(0,0,0,.1) } " +
            ".cell.sel::after { content: ''; border-bottom: 1px solid var(--accent) } " +
            "[data-k|=v] { margin: var(--gap) }");
        var (restyled, allocated) = SteadyToggle(f, 7, f.A("sel"));
        Assert.Equal(1, restyled);
        Assert.Equal(0, allocated);
    }

    /// <summary>
    /// Toggles a class on a node until the reusable buffers have grown and the paths are jitted,
    /// then measures one more toggle: applying the op batch and restyling, the whole render-side step.
    /// </summary>
    private static (int Restyled, long Allocated) SteadyToggle(CssFixture f, uint node, Atom name)
    {
        for (var i = 0; i < 3; i++)
        {
            f.Batch.AddClass(node, name);
            f.Run();
            f.Batch.RemoveClass(node, name);
            f.Run();
        }

        var before = System.GC.GetAllocatedBytesForCurrentThread();
        f.Batch.AddClass(node, name);
        f.Store.Apply(f.Batch, f.Diagnostics);
        f.Batch.Clear();
        var stats = f.Cascade.Apply(f.Store);
        return (stats.Restyled, System.GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void A_very_deep_tree_restyles_without_recursion()
    {
        var f = new CssFixture().Css(".deep .leaf { width: 1px } .on .leaf { width: 2px }");
        f.El(2, "view", classes: "deep");
        uint parent = 2;
        for (uint h = 3; h < 20_003; h++)
        {
            f.El(h, "view", parent, classes: h == 20_002 ? "leaf" : null);
            parent = h;
        }

        Assert.Equal(20_002, f.Run().Restyled);
        Assert.Equal("1px", f.Get(20_002, "width"));
        f.Batch.AddClass(2, f.A("on"));
        Assert.Equal(1, f.Run().Restyled);
        Assert.Equal("2px", f.Get(20_002, "width"));
    }
}
