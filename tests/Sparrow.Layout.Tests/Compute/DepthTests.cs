using System.Threading;
using Sparrow.Core;
using Xunit;

namespace Sparrow.Layout.Tests.Compute;

/// <summary>Trees deeper than the call stack allows: layout stops at <see cref="LayoutEngine.MaxDepth"/> instead of killing the process.</summary>
public sealed class DepthTests
{
    private static (LayoutTreeStore Store, int Root, int Deepest) Chain(int depth)
    {
        var store = new LayoutTreeStore();
        var style = LayoutStyle.Default;
        style.Padding(1);
        var root = store.AddNode(style);
        var parent = root;
        for (var i = 1; i < depth; i++)
        {
            var child = store.AddNode(i % 2 == 0 ? style : style with { Display = Display.Flex, FlexDirection = FlexDirection.Column });
            store.AppendChild(parent, child);
            parent = child;
        }

        return (store, root, parent);
    }

    [Fact]
    public void A_ten_thousand_deep_chain_lays_out_without_overflowing_the_stack()
    {
        // A thread with a 1 MiB stack makes the guard prove itself; an overflow would kill the test host.
        var (store, root, deepest) = Chain(10_000);
        var truncated = -1;
        var thread = new Thread(() =>
        {
            store.Compute(root, new Size(375, 667));
            truncated = LayoutEngine.LastPassTruncatedSubtrees;
        }, 1024 * 1024);
        thread.Start();
        thread.Join();

        Assert.True(truncated >= 1, "the chain is deeper than MaxDepth, so a subtree was left out");
        Assert.Equal(0, store.GetLayout(deepest).Width);
        Assert.True(store.GetLayout(root).Height > 0);
    }

    [Fact]
    public void A_chain_within_the_limit_is_laid_out_whole()
    {
        var (store, root, deepest) = Chain(500);
        store.Compute(root, new Size(375, 667));

        Assert.Equal(0, LayoutEngine.LastPassTruncatedSubtrees);
        Assert.Equal(1, store.GetLayout(deepest).Y);
        Assert.Equal(2, store.GetLayout(deepest).Height);
        Assert.Equal(2 * 500, store.GetLayout(root).Height);
    }

    [Fact]
    public void A_pass_with_nothing_changed_leaves_every_box_as_it_was()
    {
        var (store, root, deepest) = Chain(50);
        store.Compute(root, new Size(375, 667));
        var before = store.GetLayout(deepest);

        store.Compute(root, new Size(375, 667));
        Assert.Equal(before.Rounded, store.GetLayout(deepest).Rounded);

        // A different scale must round again even though no box moved.
        store.Compute(root, new Size(375, 667), 3f);
        store.Compute(root, new Size(375, 667), 1f);
        Assert.Equal(before.Rounded, store.GetLayout(deepest).Rounded);
    }
}
