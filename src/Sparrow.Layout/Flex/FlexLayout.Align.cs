using System;

namespace Sparrow.Layout;

/// <summary>Steps 12–16: main-axis and cross-axis alignment (css-flexbox-1 §9.5–9.6).</summary>
internal static partial class FlexLayout
{
    /// <summary>
    /// 12. "Distribute any remaining free space. For each flex line: If the remaining free space is
    /// positive and at least one main-axis margin on this line is auto, distribute the free space equally
    /// among these margins. Otherwise, set all auto margins to zero. Align the items along the main-axis
    /// per justify-content." Offsets are logical (from main-start); the final pass mirrors them for the
    /// reverse directions.
    /// </summary>
    private static void DistributeRemainingFreeSpace(in FlexContext ctx, Span<FlexItem> items, Span<FlexLine> lines)
    {
        var row = ctx.Row;
        foreach (var line in lines)
        {
            var lineItems = items.Slice(line.Start, line.Count);
            var used = line.Count > 1 ? ctx.MainGap * (line.Count - 1) : 0;
            var autoMargins = 0;
            foreach (ref var item in lineItems)
            {
                used += item.OuterTargetSize.Main(row);
                autoMargins += (item.MainStartAuto(row) ? 1 : 0) + (item.MainEndAuto(row) ? 1 : 0);
            }

            var free = ctx.InnerContainerSize.Main(row) - used;

            if (free > 0 && autoMargins > 0)
            {
                var share = free / autoMargins;
                foreach (ref var item in lineItems)
                {
                    if (item.MainStartAuto(row))
                    {
                        SetMainStartMargin(ref item, row, share);
                    }

                    if (item.MainEndAuto(row))
                    {
                        SetMainEndMargin(ref item, row, share);
                    }

                    item.OuterTargetSize.SetMain(row, item.TargetSize.Main(row) + item.Margin.MainSum(row));
                }

                free = 0;
            }

            var mode = FallbackJustify(ctx.JustifyContent, free, line.Count, ctx.Reverse);
            for (var i = 0; i < lineItems.Length; i++)
            {
                lineItems[i].OffsetMain = AlignmentOffset(free, line.Count, ctx.MainGap, mode, i == 0);
            }
        }
    }

    /// <summary>
    /// 13. "Resolve cross-axis auto margins. If a flex item has auto cross-axis margins: If its outer cross
    /// size (treating those auto margins as zero) is less than the cross size of its flex line, distribute
    /// the difference in those sizes equally to the auto margins. Otherwise, if the block-start or
    /// inline-start margin (whichever is in the cross axis) is auto, set it to zero. Set the opposite
    /// margin so that the outer cross size of the item equals the cross size of its flex line."
    /// 14. "Align all flex items along the cross-axis per align-self, if neither of the item's cross-axis
    /// margins are auto."
    /// </summary>
    private static void ResolveCrossAxisAutoMarginsAndAlign(in FlexContext ctx, Span<FlexItem> items, Span<FlexLine> lines)
    {
        var row = ctx.Row;
        foreach (var line in lines)
        {
            var lineItems = items.Slice(line.Start, line.Count);
            var maxBaseline = 0f;
            foreach (ref var item in lineItems)
            {
                // Only items that take part in baseline alignment (step 8: no auto cross margins) set the line's baseline.
                if (item.AlignSelf == Align.Baseline && !item.CrossStartAuto(row) && !item.CrossEndAuto(row))
                {
                    maxBaseline = Math.Max(maxBaseline, item.Baseline);
                }
            }

            foreach (ref var item in lineItems)
            {
                var free = line.CrossSize - item.OuterTargetSize.Cross(row);
                var startAuto = item.CrossStartAuto(row);
                var endAuto = item.CrossEndAuto(row);
                if (startAuto || endAuto)
                {
                    var positive = Math.Max(free, 0);
                    var start = startAuto ? (endAuto ? positive / 2 : positive) : item.Margin.CrossStart(row);
                    SetCrossStartMargin(ref item, row, start);
                    if (endAuto)
                    {
                        SetCrossEndMargin(ref item, row, line.CrossSize - item.TargetSize.Cross(row) - start);
                    }

                    item.OffsetCross = 0;
                    continue;
                }

                item.OffsetCross = item.AlignSelf switch
                {
                    Align.FlexEnd => free,
                    Align.Center => free / 2,
                    Align.Baseline => maxBaseline - item.Baseline,
                    _ => 0,
                };
            }
        }
    }

    /// <summary>
    /// 15. "Determine the flex container's used cross size: If the cross size property is a definite size,
    /// use that, clamped by the used min and max cross sizes of the flex container. Otherwise, use the sum
    /// of the flex lines' cross sizes, clamped by the used min and max cross sizes of the flex container."
    /// Returns the lines' total cross size.
    /// </summary>
    private static float DetermineContainerCrossSize(ref FlexContext ctx, Span<FlexLine> lines)
    {
        var row = ctx.Row;
        var total = 0f;
        foreach (var line in lines)
        {
            total += line.CrossSize;
        }

        var inset = ctx.ContentInset.CrossSum(row);
        var gaps = lines.Length > 1 ? ctx.CrossGap * (lines.Length - 1) : 0;
        var content = total + gaps;
        var outer = Floats.Or(ctx.NodeOuterSize.Cross(row), content + inset);
        outer = Math.Max(Floats.MaybeClamp(outer, ctx.MinSize.Cross(row), ctx.MaxSize.Cross(row)), inset);
        ctx.ContainerSize.SetCross(row, outer);
        ctx.InnerContainerSize.SetCross(row, Math.Max(outer - inset, 0));
        return total;
    }

    /// <summary>
    /// 16. "Align all flex lines per align-content." A single-line container's line already fills it
    /// (§8.4: "only multi-line flex containers ever have free space in the cross-axis for lines to be aligned in").
    /// </summary>
    private static void AlignFlexLines(in FlexContext ctx, Span<FlexLine> lines, float totalLineCross)
    {
        if (lines.Length == 0)
        {
            return;
        }

        if (!ctx.Wrap)
        {
            lines[0].OffsetCross = 0;
            return;
        }

        var gaps = ctx.CrossGap * (lines.Length - 1);
        var free = ctx.InnerContainerSize.Cross(ctx.Row) - totalLineCross - gaps;
        var mode = ctx.AlignContent switch
        {
            AlignContent.FlexEnd => JustifyContent.FlexEnd,
            AlignContent.Center => JustifyContent.Center,
            AlignContent.SpaceBetween => JustifyContent.SpaceBetween,
            AlignContent.SpaceAround => JustifyContent.SpaceAround,
            AlignContent.SpaceEvenly => JustifyContent.SpaceEvenly,
            _ => JustifyContent.FlexStart,
        };
        mode = FallbackJustify(mode, free, lines.Length, ctx.WrapReverse);
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i].OffsetCross = AlignmentOffset(free, lines.Length, ctx.CrossGap, mode, i == 0);
        }
    }

    /// <summary>
    /// css-align-3 §5.1 fallback alignment: "space-between … The default fallback alignment for this value
    /// is safe flex-start"; space-around and space-evenly fall back to "safe center", and a safe alignment
    /// that overflows is "start": the physical start, which a reversed axis puts at the logical end.
    /// Chromium keeps space-between at flex-start even then (fixtures *_with_overflowing_items_falls_back).
    /// </summary>
    private static JustifyContent FallbackJustify(JustifyContent mode, float free, int count, bool reversed)
    {
        if (mode is not (JustifyContent.SpaceBetween or JustifyContent.SpaceAround or JustifyContent.SpaceEvenly))
        {
            return mode;
        }

        if (free < 0)
        {
            return mode == JustifyContent.SpaceBetween || !reversed ? JustifyContent.FlexStart : JustifyContent.FlexEnd;
        }

        if (count > 1)
        {
            return mode;
        }

        return mode == JustifyContent.SpaceBetween ? JustifyContent.FlexStart : JustifyContent.Center;
    }

    /// <summary>The gap before a subject: the leading space for the first, the spacing (plus gap) between later ones (Taffy's <c>compute_alignment_offset</c>).</summary>
    private static float AlignmentOffset(float free, int count, float gap, JustifyContent mode, bool first)
    {
        if (first)
        {
            return mode switch
            {
                JustifyContent.FlexEnd => free,
                JustifyContent.Center => free / 2,
                JustifyContent.SpaceAround => free / count / 2,
                JustifyContent.SpaceEvenly => free / (count + 1),
                _ => 0,
            };
        }

        var positive = Math.Max(free, 0);
        return gap + mode switch
        {
            JustifyContent.SpaceBetween => positive / (count - 1),
            JustifyContent.SpaceAround => positive / count,
            JustifyContent.SpaceEvenly => positive / (count + 1),
            _ => 0,
        };
    }

    private static void SetMainStartMargin(ref FlexItem item, bool row, float v)
    {
        if (row)
        {
            item.Margin.Left = v;
        }
        else
        {
            item.Margin.Top = v;
        }
    }

    private static void SetMainEndMargin(ref FlexItem item, bool row, float v)
    {
        if (row)
        {
            item.Margin.Right = v;
        }
        else
        {
            item.Margin.Bottom = v;
        }
    }

    private static void SetCrossStartMargin(ref FlexItem item, bool row, float v)
    {
        if (row)
        {
            item.Margin.Top = v;
        }
        else
        {
            item.Margin.Left = v;
        }
    }

    private static void SetCrossEndMargin(ref FlexItem item, bool row, float v)
    {
        if (row)
        {
            item.Margin.Bottom = v;
        }
        else
        {
            item.Margin.Right = v;
        }
    }
}
