using System;

namespace Sparrow.Layout;

/// <summary>Placing in-flow children one under the other, collapsing margins on the way.</summary>
internal static partial class BlockLayout
{
    private static BlockFlow LayoutChildren<TTree>(ref TTree tree, int node, in LayoutInput input, Edges inset, Size2 inner)
        where TTree : struct, ILayoutTree
    {
        ref readonly var style = ref tree.Style(node);
        var flow = new BlockFlow { Cursor = inset.Top, Baseline = float.NaN, LastBaseline = float.NaN, ContentBottom = inset.Top };

        // §8.3.1: "The top margin of an in-flow block element collapses with its first in-flow block-level
        // child's top margin if the element has no top border, no top padding, and the child has no clearance."
        var collapseTop = input.MarginsCollapse && inset.Top == 0 && !style.IsScrollContainer;
        var count = tree.ChildCount(node);
        for (var i = 0; i < count; i++)
        {
            var child = tree.GetChild(node, i);
            ref readonly var s = ref tree.Style(child);
            if (s.Display == Display.None)
            {
                LayoutEngine.Empty(ref tree, child);
                LayoutEngine.HideSubtree(ref tree, child);
                continue;
            }

            if (s.IsOutOfFlow)
            {
                // The static position (§10.3.7) is where the box would have been in flow; only a full
                // layout writes it, since a size-only pass must leave cached outputs untouched.
                if (input.RunMode == RunMode.PerformLayout)
                {
                    tree.Edges(child).StaticX = inset.Left;
                    tree.Edges(child).StaticY = flow.Cursor + flow.Pending.Collapsed;
                }

                continue;
            }

            if (s.IsFloating)
            {
                LayoutFloat(ref tree, child, s, input.RunMode, inset, inner, FloatTop(flow, collapseTop), ref flow);
                continue;
            }

            if (s.IsInlineLevel)
            {
                var end = RunEnd(ref tree, node, i + 1, count);

                LayoutInlineRun(ref tree, node, i, end, input.RunMode, inset, inner, collapseTop, ref flow);
                i = end - 1;
                continue;
            }

            LayoutChild(ref tree, child, s, input.RunMode, inset, inner, collapseTop, ref flow);
        }

        return flow;
    }

    private static bool IsInlineRunMember(in LayoutStyle s) => (s.IsInlineLevel && !s.IsFloating) || s.IsOutOfFlow || s.Display == Display.None;

    /// <summary>
    /// The end of the inline run from <paramref name="from"/>: its members, and floats followed by more inline
    /// content, which sit on the run's lines (InlineLayout). Floats after the run's last box stay in block flow.
    /// </summary>
    private static int RunEnd<TTree>(ref TTree tree, int node, int from, int count)
        where TTree : struct, ILayoutTree
    {
        var end = from;
        while (end < count)
        {
            ref readonly var s = ref tree.Style(tree.GetChild(node, end));
            if (IsInlineRunMember(s))
            {
                end++;
                continue;
            }

            if (!s.IsFloating)
            {
                break;
            }

            var next = end + 1;
            while (next < count && (tree.Style(tree.GetChild(node, next)).IsFloating || tree.Style(tree.GetChild(node, next)).IsOutOfFlow))
            {
                next++;
            }

            if (next == count || !tree.Style(tree.GetChild(node, next)).IsInlineLevel || tree.Style(tree.GetChild(node, next)).IsFloating)
            {
                break;
            }

            end = next;
        }

        return end;
    }

    /// <summary>
    /// Inline-level children between block boxes are wrapped in an anonymous block box (CSS 2 §9.2.1.1):
    /// it has no margins, so it ends margin collapsing like any box with content.
    /// </summary>
    private static void LayoutInlineRun<TTree>(ref TTree tree, int node, int start, int end, RunMode mode, Edges inset, Size2 inner, bool collapseTop, ref BlockFlow flow)
        where TTree : struct, ILayoutTree
    {
        float y;
        if (!flow.HasContent && collapseTop)
        {
            flow.TopEscape = flow.Pending;
            y = flow.Cursor;
        }
        else
        {
            y = flow.Cursor + flow.Pending.Collapsed;
        }

        var height = InlineLayout.Layout(ref tree, node, start, end, inset.Left, y, inner, mode, out var baseline, out var lastBaseline, ref flow);
        if (height == 0 && float.IsNaN(baseline))
        {
            // No line boxes (only out-of-flow or hidden children): nothing was generated (§9.2.1.1 and
            // css-inline-3 "phantom line boxes"), so margins keep collapsing across it.
            for (var i = start; i < end && mode == RunMode.PerformLayout; i++)
            {
                var child = tree.GetChild(node, i);
                if (tree.Style(child).IsOutOfFlow)
                {
                    tree.Edges(child).StaticX = inset.Left;
                    tree.Edges(child).StaticY = flow.Cursor + flow.Pending.Collapsed;
                }
            }

            return;
        }

        flow.Cursor = y + height;
        flow.Pending = default;
        flow.HasContent = true;
        flow.ContentBottom = Math.Max(flow.ContentBottom, flow.Cursor);
        if (float.IsNaN(flow.Baseline))
        {
            flow.Baseline = baseline;
        }

        flow.LastBaseline = lastBaseline;
    }

    private static void LayoutChild<TTree>(ref TTree tree, int child, in LayoutStyle s, RunMode mode, Edges inset, Size2 inner, bool collapseTop, ref BlockFlow flow)
        where TTree : struct, ILayoutTree
    {
        var margin = Edges.Margin(s, inner.Width);
        var pb = (Edges.Padding(s, inner.Width) + Edges.Border(s, inner.Width)).Sum;
        var sizes = StyleSizes.Resolve(s, inner, pb);

        // §10.3.3: width auto fills the containing block less the horizontal margins. Atomic inline-level
        // boxes and tables shrink to fit instead (§10.3.9), and a box with an aspect-ratio and a
        // definite height takes its width from the ratio (css-sizing-4 §5.1).
        var known = Size2.None;
        var ratioWidth = Floats.Has(s.AspectRatio) && Floats.Has(sizes.Size.Height);
        if (s.Width.IsAuto && !s.IsInlineLevel && !ratioWidth)
        {
            var stretched = inner.Width - margin.Horizontal;
            if (Floats.Has(s.AspectRatio))
            {
                // css-sizing-4 §5.1: min and max heights transfer through the ratio into the width, as
                // Chromium applies them to a stretched box (fixture block_aspect_ratio_with_min_height).
                stretched = Floats.MaybeClamp(stretched, sizes.Min.Height * s.AspectRatio, sizes.Max.Height * s.AspectRatio);
            }

            known.Width = Math.Max(Floats.MaybeClamp(stretched, sizes.Min.Width, sizes.Max.Width), pb.Width);
        }

        var collapses = s.Display == Display.Block && !s.IsScrollContainer;
        var input = new LayoutInput(known, inner, new Size2(inner.Width - margin.Horizontal, AvailableSpace.MaxContent), mode, SizingMode.InherentSize)
        {
            MarginsCollapse = collapses,
        };

        // Where the box would go without floats: after the pending margins, or at the top when they
        // collapse through the container's top edge. Clearance (§9.5.2) is measured from there.
        var floats = LayoutScratch.Current.Floats;
        var atTop = !flow.HasContent && collapseTop;
        var estimate = atTop ? flow.Cursor : flow.Cursor + flow.Pending.With(margin.Top).Collapsed;
        var clearEdge = s.Clear == Clear.None ? float.NegativeInfinity : floats.ClearEdge(s.Clear) - floats.OffsetY;
        var cleared = clearEdge > estimate;
        if (cleared)
        {
            estimate = clearEdge;
        }

        LayoutOutput output;
        var nearFloats = floats.AnyBelow(floats.OffsetY + estimate);
        var besideFloats = !collapses && nearFloats;
        if (besideFloats)
        {
            // §9.5: "The border box of … an element in the normal flow that establishes a new block formatting
            // context … must not overlap the margin box of any floats in the same block formatting context."
            output = LayoutBesideFloats(ref tree, child, s, input, sizes, pb, inset, inner, ref margin, ref estimate);
        }
        else
        {
            var mark = floats.Count;
            output = LayoutInFlow(ref tree, child, input, nearFloats, inset.Left + margin.Left, estimate);
            var settled = SettledTop(output, collapses, margin, flow, atTop, cleared, estimate);
            if ((nearFloats || output.FloatsEscape) && settled != estimate)
            {
                // Margins that collapsed through the child's top moved it: its floats and lines depend on where it is.
                floats.Truncate(mark);
                output = LayoutInFlow(ref tree, child, input, true, inset.Left + margin.Left, settled);
            }
        }

        var top = collapses ? output.TopMargin.With(margin.Top) : MarginSet.Of(margin.Top);
        var bottom = collapses ? output.BottomMargin.With(margin.Bottom) : MarginSet.Of(margin.Bottom);

        // §10.3.3: auto horizontal margins centre a box narrower than its container (or push it right).
        var free = inner.Width - output.Width - margin.Horizontal;
        if (besideFloats)
        {
            // Placed in the space the floats leave: margin.Left already holds the offset from the content edge.
        }
        else if (s.MarginLeft.IsAuto && s.MarginRight.IsAuto)
        {
            margin.Left = Math.Max(free / 2, 0);
            margin.Right = free - margin.Left + margin.Right;
        }
        else if (s.MarginLeft.IsAuto)
        {
            margin.Left = Math.Max(free, 0);
        }
        else
        {
            margin.Right += free;
        }

        float y;
        if (output.CollapsesThrough && !cleared)
        {
            // §8.3.1: an empty box's margins join the pending set; the box sits where the collapsed margin ends.
            flow.Pending = flow.Pending.With(top);
            y = flow.HasContent || !collapseTop ? flow.Cursor + flow.Pending.Collapsed : flow.Cursor;
        }
        else
        {
            var pending = flow.Pending.With(top);
            if (cleared || besideFloats)
            {
                // §8.3.1: clearance stops the box's top margin collapsing with what comes before it; the
                // border edge sits even with the lowest cleared float (Chromium's choice of §9.5.2's two).
                // A BFC root moved down past floats keeps the position it found.
                if (atTop)
                {
                    flow.TopEscape = flow.Pending;
                }

                y = estimate;
            }
            else if (atTop)
            {
                flow.TopEscape = pending;
                y = flow.Cursor;
            }
            else
            {
                y = flow.Cursor + pending.Collapsed;
            }

            flow.Cursor = y + output.Height;
            flow.Pending = bottom;
            flow.HasContent = true;
        }

        var x = inset.Left + margin.Left;
        if (s.Position == Position.Relative)
        {
            var offsets = Edges.Inset(s, inner.Width, inner.Height);
            x += Floats.Has(offsets.Left) ? offsets.Left : Floats.Or(-offsets.Right, 0);
            y += Floats.Has(offsets.Top) ? offsets.Top : Floats.Or(-offsets.Bottom, 0);
        }

        if (mode == RunMode.PerformLayout)
        {
            LayoutEngine.Place(ref tree, child, x, y, output, margin, inner.Width);
        }

        // CSS 2 §10.8.1: a block container's baseline is that of its first in-flow line box; with only
        // block children, the first child's.
        if (float.IsNaN(flow.Baseline) && Floats.Has(output.Baseline))
        {
            flow.Baseline = y + output.Baseline;
        }

        if (Floats.Has(output.LastBaseline))
        {
            flow.LastBaseline = y + output.LastBaseline;
        }

        var visible = s.IsScrollContainer ? output.Size : new Size2(Math.Max(output.Width, output.ContentWidth), Math.Max(output.Height, output.ContentHeight));
        flow.ContentRight = Math.Max(flow.ContentRight, x + visible.Width + Math.Max(margin.Right, 0));
        flow.ContentBottom = Math.Max(flow.ContentBottom, y + visible.Height);
    }

    private static void LayoutAbsoluteChildren<TTree>(ref TTree tree, int node, Size2 size, Edges border, ref LayoutOutput output)
        where TTree : struct, ILayoutTree
    {
        var containingBlock = tree.Style(node).Position != Position.Static;
        var count = tree.ChildCount(node);
        for (var i = 0; i < count; i++)
        {
            var child = tree.GetChild(node, i);
            ref readonly var s = ref tree.Style(child);
            if (s.Display == Display.None || s.Position == Position.Fixed || !s.IsOutOfFlow || (s.Position == Position.Absolute && !containingBlock))
            {
                continue;
            }

            ref readonly var r = ref tree.Edges(child);
            var sp = new StaticPosition(r.StaticX, 0, 0, r.StaticY, 0, 0);
            AbsoluteLayout.Layout(ref tree, child, size, border, sp, ref output);
        }

        if (containingBlock)
        {
            AbsoluteLayout.LayoutDescendants(ref tree, node, size, border, ref output);
        }
    }
}
