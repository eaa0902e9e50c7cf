using Sparrow.Core;

namespace Sparrow.Layout;

/// <summary>
/// The layout stage's one entry point. Dispatches each node to its formatting algorithm (flex, block,
/// leaf), memoises results in the node's <see cref="LayoutCache"/>, then snaps boxes to device pixels.
/// </summary>
public static partial class LayoutEngine
{
    /// <summary>
    /// Lays out the subtree under <paramref name="root"/> as a block-level box in a viewport of
    /// <paramref name="viewport"/> CSS pixels (the initial containing block; the root's height is
    /// content-sized as in a scrolling page) and writes every node's <see cref="LayoutResult"/>.
    /// Precondition: styles are final for this frame, the subtree is a tree (each node has one parent),
    /// and the cache of every node changed since the last pass (and of its ancestors) was cleared.
    /// Clean subtrees whose inputs did not change are not laid out again.
    /// </summary>
    public static void Compute<TTree>(ref TTree tree, int root, Size viewport, float devicePixelRatio = 1f)
        where TTree : struct, ILayoutTree
    {
        if (!(devicePixelRatio > 0))
        {
            ThrowHelper.ArgumentOutOfRange(nameof(devicePixelRatio), "The device pixel ratio must be positive.");
        }

        var scratch = LayoutScratch.Current;
        scratch.Depth = 0;
        scratch.Pass = LayoutScratch.NextPass();
        scratch.RoundedBoxes = 0;
        var truncated = scratch.TruncatedSubtrees;
        scratch.TruncatedSubtrees = 0;
        scratch.RanOutOfStack = false;
        scratch.Viewport = new Size2(viewport.Width, viewport.Height);
        ref readonly var style = ref tree.Style(root);
        var vp = new Size2(viewport.Width, viewport.Height);
        var margin = Edges.Margin(style, vp.Width);

        // A block-level root stretches to the viewport's width (CSS 2 §10.3.3); its height is auto
        // against an indefinite page height, so percentages of it do not resolve.
        var known = Size2.None;
        if (style.Width.IsAuto && !style.IsInlineLevel && !style.IsOutOfFlow)
        {
            var pb = Edges.Padding(style, vp.Width).Horizontal + Edges.Border(style, vp.Width).Horizontal;
            var sizes = StyleSizes.Resolve(style, new Size2(vp.Width, float.NaN), new Size2(pb, 0));
            known.Width = Floats.MaybeClamp(vp.Width - margin.Horizontal, sizes.Min.Width, sizes.Max.Width);
        }

        // The root sits in the document's block flow, so a first child's top margin collapses through
        // it as it does in a browser (CSS 2 §8.3.1), moving the root down.
        var collapses = style.Display == Display.Block && !style.IsScrollContainer && !style.IsOutOfFlow;
        var input = new LayoutInput(known, new Size2(vp.Width, float.NaN), new Size2(vp.Width - margin.Horizontal, AvailableSpace.MaxContent), RunMode.PerformLayout, SizingMode.InherentSize)
        {
            MarginsCollapse = collapses,
        };
        // The root is a block box in the document's block formatting context, whose floats it shares.
        var floats = scratch.Floats;
        var bfc = floats.Begin();
        floats.OffsetX = margin.Left;
        floats.OffsetY = margin.Top;
        var viewportId = PassViewports.Id(viewport.Width, viewport.Height, devicePixelRatio);
        var current = tree.Cache(root).IsPassCurrent(viewportId);
        var dispatched = scratch.Dispatched;
        var output = ComputeChild(ref tree, root, input);
        floats.End(bfc);
        if (current && scratch.Dispatched == dispatched)
        {
            // Nothing changed since the last pass in this viewport: the root answered from its cache, so every
            // box, fixed and rounded one is as that pass left it. Walking the tree again would only rewrite them.
            scratch.TruncatedSubtrees = truncated;
            return;
        }

        var top = collapses ? output.TopMargin.Collapsed : margin.Top;
        Place(ref tree, root, margin.Left, top, output, margin, vp.Width);

        // In the viewport and pixel ratio of the last pass, the walks below skip the subtrees this pass did not
        // touch (see FixupAndRound); otherwise fixed boxes and every rounded box depend on what changed.
        // Until the walks finish, the root names no viewport: a pass cut short by an exception makes the next one full.
        var full = !tree.Cache(root).IsSamePass(viewportId);
        tree.Cache(root).StampPass(0);

        // css-position-3 §2.1: absolute boxes with no positioned ancestor belong to the initial
        // containing block, the viewport at the origin.
        if (style.Position == Position.Static)
        {
            var icb = LayoutOutput.Hidden;
            AbsoluteLayout.Walk(ref tree, root, margin.Left, top, vp, default, ref icb, 0, skipUntouched: !full);
        }

        FixupAndRound(ref tree, root, 0, 0, 0, 0, devicePixelRatio, 0, full, scratch);
        tree.Cache(root).StampPass(viewportId);
    }

    /// <summary>Lays out (or sizes) one node, through its cache.</summary>
    internal static LayoutOutput ComputeChild<TTree>(ref TTree tree, int node, in LayoutInput input)
        where TTree : struct, ILayoutTree
    {
        // Drop the inputs this node's result cannot depend on, so that callers asking the same question
        // in different words share one cache entry: without this, nested flex containers re-measure
        // their subtrees exponentially in depth (NestingCostTests).
        var key = input;
        ref readonly var style = ref tree.Style(node);
        if (!style.UsesParentSize)
        {
            key.ParentWidth = float.NaN;
            key.ParentHeight = float.NaN;
        }

        if (!style.HasSizeConstraints)
        {
            key.SizingMode = SizingMode.InherentSize;
        }

        if (float.IsNaN(key.KnownHeight) || tree.ChildCount(node) == 0)
        {
            // Definiteness only matters for a known height that children could resolve against.
            key.IndefiniteHeight = false;
        }

        if (tree.ChildCount(node) == 0)
        {
            // A box without children places nothing: its full layout is its size, so it shares the
            // size-only entries (and a known size matching an earlier answer is a hit).
            key.RunMode = RunMode.ComputeSize;
        }

        // css-sizing-3 §5.1: the min-content block size of a block container "is equivalent to the max-content
        // block size", and Chromium sizes every box's block axis by laying it out at its inline size, flex
        // containers included (a column never wraps against an available height: FlexLayout.Lines). A
        // min-content height constraint is therefore the max-content one; asked apart, they doubled the
        // questions per level of a nested flex chain (deep-400: 6.5 layouts per node, now 4.5).
        if (key.AvailableHeight == AvailableSpace.MinContent)
        {
            key.AvailableHeight = AvailableSpace.MaxContent;
        }

        if (!style.IsFlexContainer)
        {
            // Block flow, line boxes and leaves size their content by width alone (horizontal writing
            // mode): nothing below reads the available height, so it must not split cache entries.
            key.AvailableHeight = AvailableSpace.MaxContent;
        }

        // A box is never narrower than nothing: once the padding of its ancestors exceeds the viewport, the
        // sizes a parent offers go below zero, by a different amount at every level, so none of the questions
        // a deep chain asks would ever match an earlier answer (a block/flex chain past that point re-laid out
        // each subtree once per ancestor; a flex-only chain doubled per level). Chromium clamps a containing
        // block's available size at zero too, so zero is the question asked (ChainCostTests).
        key.KnownWidth = AtLeastZero(key.KnownWidth);
        key.KnownHeight = AtLeastZero(key.KnownHeight);
        key.AvailableWidth = AtLeastZero(key.AvailableWidth);
        key.AvailableHeight = AtLeastZero(key.AvailableHeight);

        // A full layout's answer (final) is kept in the final slot even when the key is a size-only question
        // (a childless box) or the answer may not be reused: the placed box's content size and baseline are read there.
        var final = input.RunMode == RunMode.PerformLayout;
        ref var cache = ref tree.Cache(node);
        if (cache.TryGet(key, final, out var cached))
        {
            return cached;
        }

        var scratch = LayoutScratch.Current;
        if (!CanDescend(scratch.Depth, scratch))
        {
            return Truncate(ref tree, node, key, scratch);
        }

        scratch.Depth++;
        scratch.Dispatched++;
        var output = Dispatch(ref tree, node, key);
        scratch.Depth--;
        tree.Cache(node).Store(key, output, final);
        return output;
    }

    /// <summary>A negative definite size as zero; NaN (none) and the min-/max-content constraints (infinite) stay.</summary>
    private static float AtLeastZero(float size) => size < 0 && float.IsFinite(size) ? 0 : size;

    /// <summary>
    /// Lays out a block box that shares its parent's block formatting context while floats there can reach
    /// it: its layout then depends on those floats, which no cache key names, so it bypasses the cache. A full
    /// layout rewrites the subtree's outputs, so the node's earlier cached answers no longer match them.
    /// </summary>
    internal static LayoutOutput ComputeChildBesideFloats<TTree>(ref TTree tree, int node, in LayoutInput input)
        where TTree : struct, ILayoutTree
    {
        if (input.RunMode == RunMode.PerformLayout)
        {
            tree.Cache(node).ClearKeepingEdges();
        }

        var output = Dispatch(ref tree, node, input);
        if (input.RunMode == RunMode.PerformLayout)
        {
            // Not reusable, but the answer of the box about to be placed (its content size and baseline).
            tree.Cache(node).StoreFinal(input, output, reusable: false);
        }

        return output;
    }

    private static LayoutOutput Dispatch<TTree>(ref TTree tree, int node, in LayoutInput input)
        where TTree : struct, ILayoutTree
    {
        if (input.RunMode == RunMode.PerformLayout)
        {
            // A full layout places the children: the rounding walk must look below this node again.
            tree.Cache(node).MarkWritten(LayoutScratch.Current.Pass);
        }

        ref readonly var style = ref tree.Style(node);
        if (style.Display == Display.None)
        {
            if (input.RunMode == RunMode.PerformLayout)
            {
                HideSubtree(ref tree, node);
            }

            return LayoutOutput.Hidden;
        }

        if (style.IsFlexContainer)
        {
            return FlexLayout.Compute(ref tree, node, input);
        }

        if (tree.HasMeasure(node) || tree.ChildCount(node) == 0)
        {
            return LeafLayout.Compute(ref tree, node, input);
        }

        return BlockLayout.Compute(ref tree, node, input);
    }

    /// <summary>
    /// Writes a child's box into its output slot, and its resolved edges into the cold column when they can have
    /// changed (see <see cref="LayoutEdges"/>): padding and border resolve against <paramref name="basisWidth"/>,
    /// the parent's inner width; <paramref name="margin"/> is the caller's used margin.
    /// Content size and baseline are not copied: they stay with the answer in the node's cache.
    /// </summary>
    internal static void Place<TTree>(ref TTree tree, int node, float x, float y, in LayoutOutput output, Edges margin, float basisWidth)
        where TTree : struct, ILayoutTree
    {
        ref readonly var style = ref tree.Style(node);
        ref var cache = ref tree.Cache(node);
        cache.MarkWritten(LayoutScratch.Current.Pass);
        ref var r = ref tree.Layout(node);
        r.X = x;
        r.Y = y;
        r.Width = output.Width;
        r.Height = output.Height;
        // A margin the caller adjusted (auto margins, an over-constrained block's right margin, a box beside
        // floats) depends on more than the style and the basis: written whenever it is not the style's own.
        if (!cache.EdgesCurrent() || !Edges.SameBits(margin, Edges.Margin(style, basisWidth)))
        {
            WriteEdges(ref tree.Edges(node), style, margin, basisWidth);
        }
    }

    private static void WriteEdges(ref LayoutEdges e, in LayoutStyle style, Edges margin, float basisWidth)
    {
        var padding = Edges.Padding(style, basisWidth);
        var border = Edges.Border(style, basisWidth);
        e.MarginLeft = margin.Left;
        e.MarginRight = margin.Right;
        e.MarginTop = margin.Top;
        e.MarginBottom = margin.Bottom;
        e.BorderLeft = border.Left;
        e.BorderRight = border.Right;
        e.BorderTop = border.Top;
        e.BorderBottom = border.Bottom;
        e.PaddingLeft = padding.Left;
        e.PaddingRight = padding.Right;
        e.PaddingTop = padding.Top;
        e.PaddingBottom = padding.Bottom;
    }

    /// <summary>
    /// A box that gets no layout (display: none, or an inline child with no place in its lines): an empty box,
    /// empty edges, and no content size or baseline. Its descendants are emptied by <see cref="HideSubtree"/>.
    /// </summary>
    internal static void Empty<TTree>(ref TTree tree, int node)
        where TTree : struct, ILayoutTree
    {
        tree.Layout(node) = default;
        tree.Edges(node) = default;
        tree.Cache(node).Emptied();
    }

    /// <summary>
    /// display: none generates no boxes (CSS 2 §9.2.4): the whole subtree gets empty layouts. Iterative, with
    /// the scratch stack, since a hidden subtree may be deeper than the call stack allows.
    /// </summary>
    internal static void HideSubtree<TTree>(ref TTree tree, int node)
        where TTree : struct, ILayoutTree
    {
        var stack = LayoutScratch.Current.NodeStack;
        var bottom = stack.Count;
        stack.Push(node);
        while (stack.Count > bottom)
        {
            var parent = stack.Pop();
            var count = tree.ChildCount(parent);
            for (var i = 0; i < count; i++)
            {
                var child = tree.GetChild(parent, i);
                tree.Layout(child) = default;
                tree.Edges(child) = default;
                tree.Cache(child).Forget();
                stack.Push(child);
            }
        }
    }
}
