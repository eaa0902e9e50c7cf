using System;

namespace Sparrow.Layout;

/// <summary>
/// Block formatting (CSS 2 §9.4.1, §10.3.3, §10.6.3): in-flow children stacked vertically, stretched to
/// the container's width, with vertical margins collapsing (§8.3.1) between siblings and through a
/// parent with no border or padding in between. Structured after Taffy's <c>compute_block_layout</c>.
/// Floats and clearance (§9.5) are placed through the <see cref="FloatContext"/> of the enclosing BFC.
/// </summary>
internal static partial class BlockLayout
{
    public static LayoutOutput Compute<TTree>(ref TTree tree, int node, in LayoutInput input)
        where TTree : struct, ILayoutTree
    {
        ref readonly var style = ref tree.Style(node);
        var parent = input.Parent;
        var padding = Edges.Padding(style, parent.Width);
        var border = Edges.Border(style, parent.Width);
        var inset = padding + border;
        var pb = inset.Sum;
        var margin = Edges.Margin(style, parent.Width);
        var sizes = StyleSizes.Resolve(style, parent, pb);
        var min = sizes.Min.Max(pb);

        var known = input.Known;
        if (input.SizingMode == SizingMode.InherentSize)
        {
            known = known.Or(sizes.Clamped(pb));
        }

        known = known.ApplyAspectRatio(style.AspectRatio);
        if (input.RunMode == RunMode.ComputeSize && Floats.Has(known.Width) && Floats.Has(known.Height) && !input.MarginsCollapse)
        {
            return LayoutOutput.FromSize(known.Width, known.Height);
        }

        // §10.3.3 gives block-level boxes in normal flow the container's width; everything else that
        // reaches here without a known width (flex items, floats, absolutes, inline-blocks) shrinks to fit.
        var width = known.Width;
        if (float.IsNaN(width))
        {
            var availableInner = AvailableSpace.Sub(input.AvailableWidth, margin.Horizontal + pb.Width);
            width = Floats.MaybeClamp(ContentWidth(ref tree, node, availableInner) + pb.Width, min.Width, sizes.Max.Width);
            width = Math.Max(width, pb.Width);
        }

        var innerWidth = Math.Max(width - pb.Width, 0);
        // A known height that is not definite (css-flexbox-1 §9.8) sizes this box but is no percentage basis.
        var innerHeight = Floats.Has(known.Height) && !input.IndefiniteHeight ? Math.Max(known.Height - pb.Height, 0) : float.NaN;
        // A box laid out as its own formatting context (flex items, floats, inline-blocks, absolutes, scroll
        // containers: everything not in a parent's block flow) is a BFC root (CSS 2 §9.4.1): floats inside
        // it stay inside it. A block in its parent's flow shares the parent's floats.
        var floats = LayoutScratch.Current.Floats;
        var bfcRoot = !input.MarginsCollapse;
        var floatsBefore = floats.Count;
        var bfc = bfcRoot ? floats.Begin() : default;
        var flow = LayoutChildren(ref tree, node, input, inset, new Size2(innerWidth, innerHeight));
        if (bfcRoot)
        {
            // §10.6.7: a BFC root's auto height reaches the bottom margin edge of its lowest float.
            var floatBottom = floats.Bottom;
            floats.End(bfc);
            if (floatBottom > flow.Cursor + flow.Pending.Collapsed)
            {
                flow.Cursor = floatBottom;
                flow.Pending = default;
            }
        }

        // §10.6.3: an auto height reaches the bottom edge of the last in-flow child's margin box, unless
        // that margin collapses through this box's bottom (no bottom border or padding, auto height).
        var collapseBottom = input.MarginsCollapse && pb.Height - inset.Top == 0 && float.IsNaN(known.Height) && !style.IsScrollContainer;
        var contentBottom = flow.Cursor + (collapseBottom ? 0 : flow.Pending.Collapsed);
        var height = Floats.Has(known.Height) ? known.Height : contentBottom + inset.Bottom;
        height = Math.Max(Floats.MaybeClamp(height, min.Height, sizes.Max.Height), pb.Height);

        var output = new LayoutOutput(width, height, 0, 0, flow.Baseline) { LastBaseline = flow.LastBaseline, FloatsEscape = !bfcRoot && floats.Count > floatsBefore };
        output.ContentWidth = Math.Max(width - border.Horizontal, flow.ContentRight - border.Left + padding.Right);
        output.ContentHeight = Math.Max(height - border.Vertical, flow.ContentBottom + flow.Pending.Collapsed - border.Top + padding.Bottom);
        output.TopMargin = MarginSet.Of(margin.Top);
        output.BottomMargin = MarginSet.Of(margin.Bottom);
        if (input.MarginsCollapse)
        {
            output.TopMargin = output.TopMargin.With(flow.TopEscape);
            if (collapseBottom && height == contentBottom + inset.Bottom)
            {
                output.BottomMargin = output.BottomMargin.With(flow.Pending);
            }

            // §8.3.1: a box's own margins are adjoining when it has "zero computed 'min-height', zero or
            // 'auto' computed 'height', and no in-flow children" plus no border or padding.
            if (!flow.HasContent && height == 0 && pb.Height == 0 && float.IsNaN(known.Height))
            {
                output.CollapsesThrough = true;
                output.TopMargin = output.TopMargin.With(output.BottomMargin).With(flow.Pending);
                output.BottomMargin = output.TopMargin;
            }
        }

        if (input.RunMode == RunMode.PerformLayout)
        {
            LayoutAbsoluteChildren(ref tree, node, new Size2(width, height), border, ref output);
        }

        return output;
    }

    /// <summary>
    /// The shrink-to-fit width's content part (CSS 2 §10.3.5): the widest in-flow child's margin box,
    /// each child fitted into the available space.
    /// </summary>
    private static float ContentWidth<TTree>(ref TTree tree, int node, float availableInner)
        where TTree : struct, ILayoutTree
    {
        var widest = 0f;
        var run = 0f;
        var runWidest = 0f;
        var noWrap = tree.Style(node).NoWrap;
        var count = tree.ChildCount(node);
        for (var i = 0; i < count; i++)
        {
            var child = tree.GetChild(node, i);
            ref readonly var s = ref tree.Style(child);
            if (s.Display == Display.None || s.IsOutOfFlow)
            {
                continue;
            }

            var margin = Edges.Margin(s, float.NaN);
            var available = new Size2(AvailableSpace.Sub(availableInner, margin.Horizontal), AvailableSpace.MaxContent);
            var output = LayoutEngine.ComputeChild(ref tree, child, new LayoutInput(Size2.None, new Size2(float.NaN, float.NaN), available, RunMode.ComputeSize, SizingMode.InherentSize));
            var outer = output.Width + margin.Horizontal;
            if (s.IsFloating && s.Clear != Clear.None)
            {
                // A cleared float starts below the earlier ones, so it does not add to their width.
                widest = Math.Max(widest, FitRun(run, runWidest, availableInner));
                run = runWidest = 0;
            }

            if (s.IsInlineLevel || s.IsFloating)
            {
                // Floats sit side by side like the line's boxes (Chromium adds adjacent floats' widths).
                // A run of inline boxes is as wide as its line: all of them side by side at max-content,
                // wrapped to the available width but never narrower than its widest box (min-content);
                // under white-space: nowrap it never wraps, so its min-content width is the whole run.
                run += outer;
                runWidest = noWrap ? run : Math.Max(runWidest, outer);
                continue;
            }

            widest = Math.Max(widest, FitRun(run, runWidest, availableInner));
            run = runWidest = 0;
            widest = Math.Max(widest, outer);
        }

        return Math.Max(widest, FitRun(run, runWidest, availableInner));
    }

    private static float FitRun(float maxContent, float minContent, float available) =>
        AvailableSpace.IsDefinite(available) ? Math.Min(maxContent, Math.Max(minContent, available))
        : available == AvailableSpace.MinContent ? minContent : maxContent;
}
