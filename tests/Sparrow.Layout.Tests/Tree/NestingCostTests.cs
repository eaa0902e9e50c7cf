using Sparrow.Core;
using Xunit;
using Xunit.Abstractions;

namespace Sparrow.Layout.Tests.Tree;

public sealed class NestingCostTests
{
    private readonly ITestOutputHelper _output;

    public NestingCostTests(ITestOutputHelper output) => _output = output;

    [Theory]
    [InlineData(FlexDirection.Row)]
    [InlineData(FlexDirection.Column)]
    public void Deeply_nested_flex_containers_do_not_measure_exponentially(FlexDirection direction)
    {
        const int depth = 16;
        var store = new LayoutTreeStore();
        var style = LayoutStyle.Default;
        style.Display = Display.Flex;
        style.FlexDirection = direction;
        var root = store.AddNode(style);
        var parent = root;
        for (var i = 0; i < depth; i++)
        {
            var child = store.AddNode(style);
            store.AppendChild(parent, child);
            parent = child;
        }

        var leaf = store.AddNode(LayoutStyle.Default);
        store.AppendChild(parent, leaf);
        var text = new CountingMeasure(5);
        store.SetMeasure(leaf, text);

        store.Compute(root, new Size(375, 667));

        _output.WriteLine($"{text.Calls} measure calls at depth {depth}");
        Assert.True(text.Calls <= 8, $"{text.Calls} measure calls at depth {depth}");
        Assert.Equal(direction == FlexDirection.Row ? 150f : 375f, store.GetLayout(leaf).Width);
    }

    [Fact]
    public void A_branching_tree_of_mixed_containers_measures_each_leaf_a_few_times()
    {
        var store = new LayoutTreeStore();
        var leaves = new System.Collections.Generic.List<CountingMeasure>();
        var root = Build(store, 0, leaves);

        store.Compute(root, new Size(375, 667));

        var calls = 0;
        foreach (var leaf in leaves)
        {
            calls += leaf.Calls;
        }

        _output.WriteLine($"{calls} measure calls for {leaves.Count} leaves, {store.Count} nodes");
        Assert.True(calls <= leaves.Count * 4, $"{calls} measure calls for {leaves.Count} leaves");
    }

    [Fact]
    public void A_chain_of_alternating_rows_and_columns_lays_out_each_level_a_few_times()
    {
        // The benchmarks' deep-N tree: each level is asked its max-content and min-content width, a size
        // at a known width or height, and its final layout. Asking a min-content height apart from the
        // max-content one (css-sizing-3 §5.1 makes them one) cost 6.5 layouts per level.
        const int depth = 200;
        var store = new LayoutTreeStore();
        var root = store.AddNode(LayoutStyle.Default with { Display = Display.Flex, FlexDirection = FlexDirection.Column, Width = Length.Points(375) });
        var parent = root;
        for (var i = 1; i < depth - 1; i++)
        {
            var child = store.AddNode(LayoutStyle.Default with { Display = Display.Flex, FlexDirection = i % 2 == 0 ? FlexDirection.Column : FlexDirection.Row });
            store.AppendChild(parent, child);
            parent = child;
        }

        var leaf = store.AddNode(LayoutStyle.Default with { Display = Display.Flex, Width = Length.Points(10), Height = Length.Points(10) });
        store.AppendChild(parent, leaf);

        var scratch = LayoutScratch.Current;
        var before = scratch.Dispatched;
        store.Compute(root, new Size(375, 667));
        var cold = scratch.Dispatched - before;

        // Every level is an ancestor of the leaf and its size follows the leaf's: a full re-layout, no worse.
        store.SetStyle(leaf, store.GetStyle(leaf) with { Width = Length.Points(11) });
        before = scratch.Dispatched;
        store.Compute(root, new Size(375, 667));
        var relayout = scratch.Dispatched - before;

        _output.WriteLine($"{cold} layouts cold, {relayout} after the leaf changed, {depth} nodes");
        Assert.True(cold <= depth * 5, $"{cold} layouts for {depth} nodes");
        Assert.Equal(cold, relayout);
        // The first column below a row is as wide as the leaf, all the way up.
        Assert.Equal(11f, store.GetLayout(store.GetChild(store.GetChild(root, 0), 0)).Width);
    }

    /// <summary>Depth 7, three children per node, cycling through row, wrapping row, column, block and inline-block.</summary>
    private static int Build(LayoutTreeStore store, int depth, System.Collections.Generic.List<CountingMeasure> leaves)
    {
        var style = LayoutStyle.Default;
        if (depth == 7)
        {
            var leaf = store.AddNode(style);
            var text = new CountingMeasure(3 + (leaves.Count % 5));
            leaves.Add(text);
            store.SetMeasure(leaf, text);
            return leaf;
        }

        switch (depth % 5)
        {
            case 0: style.Display = Display.Flex; break;
            case 1: style.Display = Display.Flex; style.FlexWrap = FlexWrap.Wrap; style.AlignItems = Align.Baseline; break;
            case 2: style.Display = Display.Flex; style.FlexDirection = FlexDirection.Column; break;
            case 3: style.Display = Display.Block; break;
            default: style.Display = Display.InlineBlock; break;
        }

        style.FlexGrow = depth % 2;
        var node = store.AddNode(style);
        for (var i = 0; i < 3; i++)
        {
            store.AppendChild(node, Build(store, depth + 1, leaves));
        }

        return node;
    }
}
