using Sparrow.Core;
using Xunit;
using Xunit.Abstractions;

namespace Sparrow.Layout.Tests.Tree;

/// <summary>
/// Deep chains whose padding outgrows the viewport: past that level every size a parent offers is below zero.
/// Before those sizes were asked as zero, each level asked a different negative width, so nothing below it
/// answered from its cache: in a 10 px viewport a block/flex chain took 4.7 layouts a level at depth 10 and
/// 12.8 at depth 22 (each subtree re-laid out once per ancestor), a flex-only chain 13.5 and 23,831 (524,283
/// layouts: doubling per level). Now every chain here stays at 1–3 layouts a level at depths 100 and 400.
/// </summary>
public sealed class ChainCostTests
{
    private readonly ITestOutputHelper _output;

    public ChainCostTests(ITestOutputHelper output) => _output = output;

    public enum Chain
    {
        BlockFlex,
        BlockOnly,
        FlexOnly,
        InlineBlock,
        AbsoluteInRelative,
    }

    [Theory]
    [InlineData(Chain.BlockFlex, 100)]
    [InlineData(Chain.BlockFlex, 400)]
    [InlineData(Chain.BlockOnly, 100)]
    [InlineData(Chain.BlockOnly, 400)]
    [InlineData(Chain.FlexOnly, 100)]
    [InlineData(Chain.FlexOnly, 400)]
    [InlineData(Chain.InlineBlock, 100)]
    [InlineData(Chain.InlineBlock, 400)]
    [InlineData(Chain.AbsoluteInRelative, 100)]
    [InlineData(Chain.AbsoluteInRelative, 400)]
    public void A_chain_whose_padding_outgrows_the_viewport_lays_out_each_level_a_few_times(Chain chain, int depth)
    {
        // 2 px of padding a level: the widths run out after 30 levels of a 60 px viewport.
        var store = new LayoutTreeStore();
        var root = Build(store, chain, depth, out var leaf);
        var scratch = LayoutScratch.Current;
        var before = scratch.Dispatched;
        store.Compute(root, new Size(60, 667));
        var cold = scratch.Dispatched - before;

        store.SetStyle(leaf, store.GetStyle(leaf) with { Height = Length.Points(11) });
        before = scratch.Dispatched;
        store.Compute(root, new Size(60, 667));
        var relayout = scratch.Dispatched - before;

        _output.WriteLine($"{chain} at depth {depth}: {cold} layouts cold, {relayout} after the leaf changed");
        Assert.True(cold <= (4 * depth) + 8, $"{cold} layouts for {depth} levels");
        Assert.True(relayout <= (4 * depth) + 8, $"{relayout} layouts for {depth} levels after a change");
        for (var node = 0; node < store.Count; node++)
        {
            Assert.True(store.GetLayout(node).Width >= 0, $"node {node} is {store.GetLayout(node).Width} px wide");
        }

        Assert.Equal(11f, store.GetLayout(leaf).Height);
    }

    private static int Build(LayoutTreeStore store, Chain chain, int depth, out int leaf)
    {
        var root = store.AddNode(LayoutStyle.Default with { Display = Display.Block });
        var parent = root;
        for (var i = 0; i < depth; i++)
        {
            var style = LayoutStyle.Default with
            {
                PaddingLeft = Length.Points(1),
                PaddingRight = Length.Points(1),
                PaddingTop = Length.Points(1),
                PaddingBottom = Length.Points(1),
            };
            style.Display = chain switch
            {
                Chain.BlockFlex => i % 2 == 0 ? Display.Block : Display.Flex,
                Chain.FlexOnly => Display.Flex,
                Chain.InlineBlock => Display.InlineBlock,
                _ => Display.Block,
            };
            if (style.Display == Display.Flex)
            {
                style.FlexDirection = FlexDirection.Column;
            }

            if (chain == Chain.AbsoluteInRelative)
            {
                style.Position = i % 2 == 0 ? Position.Relative : Position.Absolute;
            }

            var child = store.AddNode(style);
            store.AppendChild(parent, child);
            parent = child;
        }

        leaf = store.AddNode(LayoutStyle.Default with { Width = Length.Points(10), Height = Length.Points(10) });
        store.AppendChild(parent, leaf);
        return root;
    }
}
