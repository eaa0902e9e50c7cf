using System.Runtime.CompilerServices;
using Sparrow.Core;

namespace Sparrow.Layout;

/// <summary>How deep layout goes: the stack each level costs, the cap, and the large-stack layout thread.</summary>
public static partial class LayoutEngine
{
    /// <summary>
    /// The deepest a box may sit below the root of a pass and still be laid out. Each level of a nested flex
    /// chain costs about 1.8 KiB of stack (ComputeChild → algorithm → MeasureChild: 452 levels fit in 1 MiB,
    /// 1,117 in 2, 4,726 in 8, 9,538 in 16), so the depth a pass reaches is also bounded by the stack of the
    /// thread it runs on (<see cref="RuntimeHelpers.TryEnsureSufficientExecutionStack"/>); <see cref="ComputeAnyDepth{TTree}"/>
    /// runs a pass that needs more on <see cref="LayoutThread"/>, whose stack holds this many levels twice over.
    /// Below the cap (or where the stack runs short first) a box is laid out as an empty box of its own style
    /// size and its descendants get empty boxes, counted by <see cref="LastPassTruncatedSubtrees"/>.
    /// Chromium's HTML parser stops nesting elements at 512 levels; scripts can go deeper.
    /// </summary>
    public const int MaxDepth = 16_384;

    /// <summary>
    /// How many subtrees the last pass on this thread did not lay out because they sat deeper than
    /// <see cref="MaxDepth"/> or than the thread's stack allowed. The embedder reports it as a diagnostic;
    /// zero in any sane tree.
    /// </summary>
    public static int LastPassTruncatedSubtrees => LayoutScratch.Current.TruncatedSubtrees;

    /// <summary>
    /// Lays out as <see cref="Compute{TTree}"/> does, to any depth up to <see cref="MaxDepth"/>: on the
    /// caller's thread while its stack holds out, else on the large-stack <see cref="LayoutThread"/> (the
    /// caller waits). A pass that ran out of stack on the caller's thread is laid out again there from empty
    /// caches. Returns whether this tree needs the large stack: pass it back as <paramref name="onLayoutThread"/>
    /// on the next pass, so that later passes go there at once and stay incremental.
    /// <see cref="LastPassTruncatedSubtrees"/> on the caller's thread reports the pass wherever it ran.
    /// </summary>
    public static bool ComputeAnyDepth<TTree>(ref TTree tree, int root, Size viewport, float devicePixelRatio, bool onLayoutThread)
        where TTree : struct, ILayoutTree
    {
        if (!onLayoutThread)
        {
            Compute(ref tree, root, viewport, devicePixelRatio);
            if (!LayoutScratch.Current.RanOutOfStack)
            {
                return false;
            }

            // The cut-off pass cached answers that left the deep subtree out: start again from nothing.
            ClearSubtree(ref tree, root);
        }

        ComputeOnLayoutThread(ref tree, root, viewport, devicePixelRatio);
        return true;
    }

    // Apart from ComputeAnyDepth so that its closure is allocated only on this path (0 B on the caller's thread).
    private static void ComputeOnLayoutThread<TTree>(ref TTree tree, int root, Size viewport, float devicePixelRatio)
        where TTree : struct, ILayoutTree
    {
        var copy = tree;
        var truncated = 0;
        var rounded = 0;
        LayoutThread.Run(() =>
        {
            Compute(ref copy, root, viewport, devicePixelRatio);
            truncated = LayoutScratch.Current.TruncatedSubtrees;
            rounded = LayoutScratch.Current.RoundedBoxes;
        });
        tree = copy;
        var scratch = LayoutScratch.Current;
        scratch.TruncatedSubtrees = truncated;
        scratch.RoundedBoxes = rounded;
        scratch.RanOutOfStack = false;
    }

    /// <summary>Whether a pass may go one level deeper here: below <see cref="MaxDepth"/> and with stack to spare.</summary>
    internal static bool CanDescend(int depth, LayoutScratch scratch)
    {
        if (depth >= MaxDepth)
        {
            return false;
        }

        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            scratch.RanOutOfStack = true;
            return false;
        }

        return true;
    }

    private static LayoutOutput Truncate<TTree>(ref TTree tree, int node, in LayoutInput input, LayoutScratch scratch)
        where TTree : struct, ILayoutTree
    {
        scratch.TruncatedSubtrees++;
        if (input.RunMode == RunMode.PerformLayout)
        {
            tree.Cache(node).MarkWritten(scratch.Pass);
            HideSubtree(ref tree, node);
        }

        // The box itself keeps its style size (no measure: a measured box may lay out inline children, and
        // nothing below this depth may recurse again).
        ref readonly var style = ref tree.Style(node);
        var parent = input.Parent;
        var padding = Edges.Padding(style, parent.Width);
        var border = Edges.Border(style, parent.Width);
        var pb = (padding + border).Sum;
        var margin = Edges.Margin(style, parent.Width);
        var sizes = StyleSizes.Resolve(style, parent, pb);
        var size = input.Known.Or(sizes.Clamped(pb)).Or(pb).Clamp(sizes.Min, sizes.Max).Max(pb);
        var output = new LayoutOutput(size.Width, size.Height, size.Width, size.Height, float.NaN)
        {
            TopMargin = MarginSet.Of(margin.Top),
            BottomMargin = MarginSet.Of(margin.Bottom),
        };
        if (input.RunMode == RunMode.PerformLayout)
        {
            // Not cached (the next pass tries again), but the answer of the box about to be placed.
            tree.Cache(node).StoreFinal(input, output, reusable: false);
        }

        return output;
    }

    /// <summary>Clears the cache of every node under <paramref name="root"/> (and its own), without recursion.</summary>
    private static void ClearSubtree<TTree>(ref TTree tree, int root)
        where TTree : struct, ILayoutTree
    {
        var stack = LayoutScratch.Current.NodeStack;
        var bottom = stack.Count;
        tree.Cache(root).Clear();
        stack.Push(root);
        while (stack.Count > bottom)
        {
            var parent = stack.Pop();
            var count = tree.ChildCount(parent);
            for (var i = 0; i < count; i++)
            {
                var child = tree.GetChild(parent, i);
                tree.Cache(child).Clear();
                stack.Push(child);
            }
        }
    }
}
