using System.Threading;
using Sparrow.Core;
using Xunit;

namespace Sparrow.Layout.Tests.Compute;

/// <summary>
/// Trees deeper than the caller's stack allows: <see cref="LayoutEngine.ComputeAnyDepth{TTree}"/> (behind
/// <see cref="LayoutTreeStore.Compute"/>) lays them out on <see cref="LayoutThread"/> up to <see cref="LayoutEngine.MaxDepth"/>;
/// deeper boxes, or a pass on a short stack through <see cref="LayoutEngine.Compute{TTree}"/>, are cut off instead of killing the process.
/// </summary>
public sealed class DepthTests
{
    /// <summary>
    /// A chain of <paramref name="depth"/> boxes with 1 px padding: block boxes alternating with flex columns, or
    /// (<paramref name="flexOnly"/>, the deep benchmark's shape) flex rows alternating with flex columns. The
    /// block/flex mix costs ≈ 1.5 ms a level once the widths run out (the flex chain ≈ 0.03 ms), so the
    /// 10,000-deep tests use the flex chain.
    /// </summary>
    private static (LayoutTreeStore Store, int Root, int Deepest) Chain(int depth, bool flexOnly = false)
    {
        var store = new LayoutTreeStore();
        var style = LayoutStyle.Default;
        style.Padding(1);
        var root = store.AddNode(style);
        var parent = root;
        for (var i = 1; i < depth; i++)
        {
            var column = style with { Display = Display.Flex, FlexDirection = FlexDirection.Column };
            var even = flexOnly ? style with { Display = Display.Flex, FlexDirection = FlexDirection.Row } : style;
            var child = store.AddNode(i % 2 == 0 ? even : column);
            store.AppendChild(parent, child);
            parent = child;
        }

        return (store, root, parent);
    }

    /// <summary>Runs <paramref name="work"/> on a thread with a 1 MiB stack (too small for 10,000 levels: about 450 fit).</summary>
    private static void OnSmallStack(ThreadStart work)
    {
        var thread = new Thread(work, 1024 * 1024);
        thread.Start();
        thread.Join();
    }

    [Fact]
    public void A_ten_thousand_deep_chain_is_laid_out_whole_from_a_thread_with_a_small_stack()
    {
        var (store, root, deepest) = Chain(10_000, flexOnly: true);
        var truncated = -1;
        OnSmallStack(() =>
        {
            store.Compute(root, new Size(375, 667));
            truncated = LayoutEngine.LastPassTruncatedSubtrees;
        });

        Assert.Equal(0, truncated);
        Assert.Equal(1, store.GetLayout(deepest).Y);
        Assert.Equal(2, store.GetLayout(deepest).Height);
        Assert.Equal(2 * 10_000, store.GetLayout(root).Height);
        Assert.Equal(1, store.GetLayout(deepest).Rounded.X);
    }

    [Fact]
    public void A_change_deep_in_a_ten_thousand_deep_chain_is_laid_out_again_incrementally()
    {
        var (store, root, deepest) = Chain(10_000, flexOnly: true);
        OnSmallStack(() => store.Compute(root, new Size(375, 667)));
        var taller = store.GetStyle(deepest);
        taller.Height = Length.Points(40);
        store.SetStyle(deepest, taller);
        var truncated = -1;
        OnSmallStack(() =>
        {
            store.Compute(root, new Size(375, 667));
            truncated = LayoutEngine.LastPassTruncatedSubtrees;
        });

        Assert.Equal(0, truncated);
        Assert.Equal(42, store.GetLayout(deepest).Height);
        Assert.Equal((2 * 9_999) + 42, store.GetLayout(root).Height);
    }

    [Fact]
    public void The_plain_entry_on_a_small_stack_cuts_the_chain_off_where_the_stack_runs_short()
    {
        var (store, root, deepest) = Chain(10_000, flexOnly: true);
        var truncated = -1;
        OnSmallStack(() =>
        {
            var view = new LayoutTreeStore.View(store);
            LayoutEngine.Compute(ref view, root, new Size(375, 667));
            truncated = LayoutEngine.LastPassTruncatedSubtrees;
        });

        Assert.True(truncated >= 1, "a 1 MiB stack holds about 450 levels, so the pass cut the chain off");
        Assert.Equal(0, store.GetLayout(deepest).Width);
        Assert.True(store.GetLayout(root).Height > 0);
    }

    [Fact]
    public void A_chain_deeper_than_the_cap_is_cut_off_at_the_cap()
    {
        var (store, root, deepest) = Chain(LayoutEngine.MaxDepth + 100, flexOnly: true);
        var truncated = -1;
        OnSmallStack(() =>
        {
            store.Compute(root, new Size(375, 667));
            truncated = LayoutEngine.LastPassTruncatedSubtrees;
        });

        Assert.True(truncated >= 1);
        Assert.Equal(0, store.GetLayout(deepest).Width);

        // Every box above the cut is laid out: 2 px of padding a level, the cut box its own 2 px.
        Assert.Equal(2 * (LayoutEngine.MaxDepth + 1), store.GetLayout(root).Height);
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
