using Sparrow.Core;
using Xunit;

namespace Sparrow.Layout.Tests.Tree;

/// <summary>
/// The cold output column (<see cref="LayoutEdges"/>) is written only when a node's edges can have changed, and
/// content size and baseline come from the last full layout's answer in the cache. A sentinel written into the
/// column between passes shows whether a pass wrote it.
/// </summary>
public sealed class ColdEdgesTests
{
    private const float Sentinel = -12345f;
    private static readonly Size Viewport = new(375, 667);

    private static (LayoutTreeStore Store, int Root, int Column, int Leaf, int Sibling) Build()
    {
        var store = new LayoutTreeStore();
        var root = store.AddNode(LayoutStyle.Default with { Display = Display.Flex, FlexDirection = FlexDirection.Column, PaddingLeft = Length.Points(3) });
        var column = store.AddNode(LayoutStyle.Default with { Display = Display.Flex, PaddingTop = Length.Percent(0.1f), BorderLeft = Length.Points(2), MarginLeft = Length.Points(4) });
        var leaf = store.AddNode(LayoutStyle.Default with { Width = Length.Points(20), Height = Length.Points(10), PaddingLeft = Length.Points(1) });
        var sibling = store.AddNode(LayoutStyle.Default with { Width = Length.Points(30), Height = Length.Points(10), MarginTop = Length.Points(5) });
        store.AppendChild(root, column);
        store.AppendChild(column, leaf);
        store.AppendChild(column, sibling);
        store.Compute(root, Viewport);
        return (store, root, column, leaf, sibling);
    }

    private static void Poison(LayoutTreeStore store, int node) => new LayoutTreeStore.View(store).Edges(node).PaddingTop = Sentinel;

    [Fact]
    public void Laying_out_ancestors_again_with_the_same_style_and_basis_leaves_their_edges_alone()
    {
        var (store, root, column, leaf, sibling) = Build();
        // 10 % of the root's inner width, 375 - 3.
        Assert.Equal(37.2f, store.GetEdges(column).PaddingTop, 4);
        Assert.Equal(2f, store.GetEdges(column).BorderLeft);
        Assert.Equal(4f, store.GetEdges(column).MarginLeft);
        var siblingX = store.GetLayout(sibling).X;
        foreach (var node in new[] { root, column, sibling })
        {
            Poison(store, node);
        }

        store.SetStyle(leaf, store.GetStyle(leaf) with { Width = Length.Points(25), PaddingLeft = Length.Points(2) });
        store.Compute(root, Viewport);

        // The column and the root were laid out again (the leaf grew), the sibling was placed again (it moved).
        Assert.True(store.GetLayout(sibling).X > siblingX, "the sibling moved");
        Assert.Equal(Sentinel, store.GetEdges(root).PaddingTop);
        Assert.Equal(Sentinel, store.GetEdges(column).PaddingTop);
        Assert.Equal(Sentinel, store.GetEdges(sibling).PaddingTop);

        // The changed node's own edges are written again.
        Assert.Equal(2f, store.GetEdges(leaf).PaddingLeft);
    }

    [Fact]
    public void A_new_percentage_basis_writes_the_edges_again()
    {
        var (store, root, column, _, _) = Build();
        Poison(store, column);

        store.Compute(root, new Size(300, 667));

        // 10 % of the root's inner width, 300 - 3.
        Assert.Equal(29.7f, store.GetEdges(column).PaddingTop, 4);
    }

    [Fact]
    public void A_style_change_writes_the_edges_again()
    {
        var (store, root, column, _, _) = Build();
        Poison(store, column);

        store.SetStyle(column, store.GetStyle(column) with { MarginLeft = Length.Points(6) });
        store.Compute(root, Viewport);

        Assert.Equal(37.2f, store.GetEdges(column).PaddingTop, 4);
        Assert.Equal(6f, store.GetEdges(column).MarginLeft);
    }

    [Fact]
    public void Content_size_and_baseline_are_the_last_full_layouts_and_outlive_a_clear()
    {
        var (store, root, column, leaf, _) = Build();
        var content = store.GetContentSize(column);

        // The column's items overflow nothing: its scrollable overflow is its padding box (2 px of border left).
        Assert.Equal(store.GetLayout(column).Width - 2, content.Width);
        Assert.Equal(store.GetLayout(column).Height, content.Height);
        Assert.Equal(store.GetLayout(leaf).Width, store.GetContentSize(leaf).Width);

        store.MarkDirty(leaf);
        Assert.Equal(content, store.GetContentSize(column));

        store.Compute(root, Viewport);
        Assert.Equal(content, store.GetContentSize(column));
    }
}
