using System;

namespace Sparrow.Layout;

/// <summary>Steps 7–11: cross sizes of items and lines (css-flexbox-1 §9.4).</summary>
internal static partial class FlexLayout
{
    /// <summary>
    /// 7. "Determine the hypothetical cross size of each item by performing layout with the used main
    /// size and the available space, treating auto as fit-content."
    /// </summary>
    private static void DetermineHypotheticalCrossSizes<TTree>(ref TTree tree, in FlexContext ctx, Size2 available, Span<FlexItem> items)
        where TTree : struct, ILayoutTree
    {
        var row = ctx.Row;
        foreach (ref var item in items)
        {
            var pbCross = item.PaddingBorderCross(row);
            var minCross = item.MinSize.Cross(row);
            var maxCross = item.MaxSize.Cross(row);
            var cross = Floats.MaybeMax(Floats.MaybeClamp(item.Size.Cross(row), minCross, maxCross), pbCross);
            if (float.IsNaN(cross) && Floats.Has(item.AspectRatio))
            {
                // css-sizing-4 §5.1: a definite main size transfers through the ratio.
                var main = item.TargetSize.Main(row);
                cross = Floats.MaybeClamp(row ? main / item.AspectRatio : main * item.AspectRatio, minCross, maxCross);
            }

            if (float.IsNaN(cross))
            {
                var availableCross = AvailableSpace.Sub(available.Cross(row), item.Margin.CrossSum(row));
                var known = Size2.FromMainCross(row, item.TargetSize.Main(row), float.NaN);
                var space = Size2.FromMainCross(row, ctx.ContainerSize.Main(row), availableCross);
                var measured = MeasureChild(ref tree, item.Node, known, ctx.PercentBasis, space, SizingMode.ContentSize, !row);
                cross = Math.Max(Floats.MaybeClamp(measured, minCross, maxCross), pbCross);
            }

            item.HypotheticalSize.SetCross(row, cross);
            item.HypotheticalOuterSize.SetCross(row, cross + item.Margin.CrossSum(row));
        }
    }

    /// <summary>
    /// Baselines for align-self: baseline (§8.5 "Flex Baselines"), needed by step 8. In a column the cross
    /// axis is not the inline axis and items have no baseline there: Chromium synthesizes one from the
    /// border box's line-left edge, so baseline-aligned items line up their left border edges.
    /// </summary>
    private static void CalculateBaselines<TTree>(ref TTree tree, in FlexContext ctx, Span<FlexItem> items, Span<FlexLine> lines)
        where TTree : struct, ILayoutTree
    {
        if (!ctx.Row)
        {
            foreach (ref var item in items)
            {
                item.Baseline = ctx.WrapReverse ? item.HypotheticalOuterSize.Width - item.Margin.Left : item.Margin.Left;
            }

            return;
        }

        foreach (var line in lines)
        {
            foreach (ref var item in items.Slice(line.Start, line.Count))
            {
                if (item.AlignSelf != Align.Baseline)
                {
                    continue;
                }

                var known = new Size2(item.TargetSize.Width, item.HypotheticalSize.Height);
                // A baseline comes from a full layout (Taffy's calculate_children_base_lines does the same).
                var output = LayoutEngine.ComputeChild(ref tree, item.Node, new LayoutInput(known, ctx.PercentBasis, ctx.ContainerSize, RunMode.PerformLayout, SizingMode.ContentSize)
                {
                    IndefiniteHeight = ItemHeightIndefinite(ref tree, ctx, item),
                });
                var baseline = Floats.Has(output.Baseline) ? output.Baseline : output.Height;
                item.Baseline = baseline + item.Margin.Top;
                if (ctx.WrapReverse)
                {
                    // Offsets are logical, from the cross-start edge, which wrap-reverse puts at the bottom
                    // (§5.2); measured from there, Chromium's alignment comes out as in the fixture
                    // baseline_alignment_with_wrap_reverse.
                    item.Baseline = item.HypotheticalOuterSize.Height - item.Baseline;
                }
            }
        }
    }

    /// <summary>
    /// 8. "Calculate the cross size of each flex line. If the flex container is single-line and has a
    /// definite cross size, the cross size of the flex line is the flex container's inner cross size.
    /// Otherwise, for each flex line: 1. Collect all the flex items … whose align-self is baseline, and
    /// whose cross-axis margins are both non-auto. Find the largest of the distances between each item's
    /// baseline and its hypothetical outer cross-start edge, and the largest of the distances between each
    /// item's baseline and its hypothetical outer cross-end edge, and sum these two values. 2. Among all the
    /// items not collected by the previous step, find the largest outer hypothetical cross size. 3. The
    /// used cross-size of the flex line is the largest of the numbers found in the previous two steps and
    /// zero. If the flex container is single-line, then clamp the line's cross-size to be within the
    /// container's computed min and max cross sizes."
    /// </summary>
    private static void CalculateLineCrossSizes(in FlexContext ctx, Span<FlexItem> items, Span<FlexLine> lines)
    {
        var row = ctx.Row;
        var inset = ctx.ContentInset.CrossSum(row);
        var outerCross = ctx.NodeOuterSize.Cross(row);
        if (!ctx.Wrap && Floats.Has(outerCross))
        {
            lines[0].CrossSize = Math.Max(Floats.MaybeClamp(outerCross, ctx.MinSize.Cross(row), ctx.MaxSize.Cross(row)) - inset, 0);
            return;
        }

        foreach (ref var line in lines)
        {
            var line1 = items.Slice(line.Start, line.Count);
            var maxAbove = 0f;
            var maxBelow = 0f;
            var maxOther = 0f;
            foreach (ref var item in line1)
            {
                var outer = item.HypotheticalOuterSize.Cross(row);
                if (item.AlignSelf == Align.Baseline && !item.CrossStartAuto(row) && !item.CrossEndAuto(row))
                {
                    maxAbove = Math.Max(maxAbove, item.Baseline);
                    maxBelow = Math.Max(maxBelow, outer - item.Baseline);
                }
                else
                {
                    maxOther = Math.Max(maxOther, outer);
                }
            }

            line.CrossSize = Math.Max(maxAbove + maxBelow, maxOther);
        }

        if (!ctx.Wrap)
        {
            lines[0].CrossSize = Floats.MaybeClamp(lines[0].CrossSize, ctx.MinSize.Cross(row) - inset, ctx.MaxSize.Cross(row) - inset);
        }
    }

    /// <summary>
    /// 9. "Handle 'align-content: stretch'. If the flex container has a definite cross size, align-content
    /// is stretch, and the sum of the flex lines' cross sizes is less than the flex container's inner cross
    /// size, increase the cross size of each flex line by equal amounts such that the sum of their cross
    /// sizes exactly equals the flex container's inner cross size." A min cross size counts as definite
    /// here, as in Chromium and Taffy. A single-line container already has its line at full size (step 8).
    /// </summary>
    private static void HandleAlignContentStretch(in FlexContext ctx, Span<FlexLine> lines)
    {
        if (ctx.AlignContent != AlignContent.Stretch || lines.Length == 0 || !ctx.Wrap)
        {
            return;
        }

        var row = ctx.Row;
        var min = ctx.MinSize.Cross(row);
        var inner = Floats.MaybeSub(Floats.MaybeClamp(Floats.Or(ctx.NodeOuterSize.Cross(row), min), min, ctx.MaxSize.Cross(row)), ctx.ContentInset.CrossSum(row));
        if (float.IsNaN(inner))
        {
            return;
        }

        var total = ctx.CrossGap * (lines.Length - 1);
        foreach (var line in lines)
        {
            total += line.CrossSize;
        }

        if (total < inner)
        {
            var extra = (inner - total) / lines.Length;
            foreach (ref var line in lines)
            {
                line.CrossSize += extra;
            }
        }
    }

    /// <summary>
    /// 11. "Determine the used cross size of each flex item. If a flex item has align-self: stretch, its
    /// computed cross size property is auto, and neither of its cross-axis margins are auto, the used outer
    /// cross size is the used cross size of its flex line, clamped according to the item's used min and
    /// max cross sizes. Otherwise, the used cross size is the item's hypothetical cross size."
    /// </summary>
    private static void DetermineUsedCrossSizes<TTree>(ref TTree tree, in FlexContext ctx, Span<FlexItem> items, Span<FlexLine> lines)
        where TTree : struct, ILayoutTree
    {
        var row = ctx.Row;
        foreach (var line in lines)
        {
            foreach (ref var item in items.Slice(line.Start, line.Count))
            {
                ref readonly var s = ref tree.Style(item.Node);
                var autoCross = row ? s.Height.IsAuto : s.Width.IsAuto;
                var cross = item.HypotheticalSize.Cross(row);
                if (item.AlignSelf == Align.Stretch && autoCross && !item.CrossStartAuto(row) && !item.CrossEndAuto(row))
                {
                    cross = Math.Max(Floats.MaybeClamp(line.CrossSize - item.Margin.CrossSum(row), item.MinSize.Cross(row), item.MaxSize.Cross(row)), item.PaddingBorderCross(row));
                }

                item.TargetSize.SetCross(row, cross);
                item.OuterTargetSize.SetCross(row, cross + item.Margin.CrossSum(row));
            }
        }
    }
}
