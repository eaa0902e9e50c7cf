using System;

namespace Sparrow.Layout;

/// <summary>Steps 5 and 4: flex lines, then the container's main size (css-flexbox-1 §9.3).</summary>
internal static partial class FlexLayout
{
    /// <summary>
    /// 5. "Collect flex items into flex lines: If the flex container is single-line, collect all the flex
    /// items into a single flex line. Otherwise, starting from the first uncollected item, collect
    /// consecutive items one by one until the first time that the next collected item would not fit into
    /// the flex container's inner main size … If the very first uncollected item wouldn't fit, collect just
    /// it into the line." Under a max-content constraint nothing wraps; under min-content every item
    /// gets its own line (Taffy, matching Chromium's intrinsic sizing). Returns the number of lines.
    /// </summary>
    private static int CollectFlexLines(in FlexContext ctx, Size2 available, Span<FlexItem> items, Span<FlexLine> lines)
    {
        var row = ctx.Row;

        // A column with an auto height has no main size to wrap against, whatever height is available
        // around it (Chromium: the available block size is not a constraint); its max-height still is.
        var space = Floats.Or(ctx.NodeInnerSize.Main(row), row ? available.Main(row) : AvailableSpace.MaxContent);
        if (!row && float.IsNaN(ctx.NodeInnerSize.Main(row)))
        {
            var max = Floats.MaybeMax(ctx.MaxSize.Main(row), ctx.MinSize.Main(row)) - ctx.ContentInset.MainSum(row);
            space = Floats.Or(max, space);
        }

        if (!ctx.Wrap || items.Length == 0 || space == AvailableSpace.MaxContent)
        {
            lines[0] = new FlexLine(0, items.Length);
            return 1;
        }

        if (space == AvailableSpace.MinContent)
        {
            for (var i = 0; i < items.Length; i++)
            {
                lines[i] = new FlexLine(i, 1);
            }

            return items.Length;
        }

        // An auto-sized container's max main size also bounds the line (it is the most the container can
        // grow to), floored by its min main size, which wins over max (CSS 2 §10.4).
        if (float.IsNaN(ctx.NodeInnerSize.Main(row)))
        {
            var inset = ctx.ContentInset.MainSum(row);
            space = Floats.MaybeMin(space, Floats.MaybeMax(ctx.MaxSize.Main(row), ctx.MinSize.Main(row)) - inset);
        }
        var n = 0;
        var start = 0;
        var length = 0f;
        for (var i = 0; i < items.Length; i++)
        {
            var outer = items[i].HypotheticalOuterSize.Main(row);
            var next = i == start ? outer : length + ctx.MainGap + outer;

            // A small epsilon: sizes arrive as floats, Chromium compares in 1/64 px LayoutUnits.
            if (i > start && next > space + 0.01f)
            {
                lines[n++] = new FlexLine(start, i - start);
                start = i;
                next = outer;
            }

            length = next;
        }

        lines[n++] = new FlexLine(start, items.Length - start);
        return n;
    }

    /// <summary>
    /// 4. "Determine the main size of the flex container using the rules of the formatting context in
    /// which it participates." When it is not already definite: its intrinsic main size (§9.9.1), the
    /// largest sum of the items' outer contributions on one line, shrink-to-fit against definite available
    /// space, then clamped by the container's min/max.
    /// </summary>
    private static void DetermineContainerMainSize<TTree>(ref TTree tree, ref FlexContext ctx, Size2 available, Span<FlexItem> items, Span<FlexLine> lines)
        where TTree : struct, ILayoutTree
    {
        var row = ctx.Row;
        var inset = ctx.ContentInset.MainSum(row);
        var outer = ctx.NodeOuterSize.Main(row);
        if (float.IsNaN(outer))
        {
            var longest = 0f;
            var longestMin = 0f;
            foreach (var line in lines)
            {
                var gaps = line.Count > 1 ? ctx.MainGap * (line.Count - 1) : 0;
                var sum = gaps;
                var minSum = gaps;
                foreach (ref var item in items.Slice(line.Start, line.Count))
                {
                    // A column's auto height is not an intrinsic size but its laid-out content: Chromium
                    // sums the items' hypothetical main sizes (so flex-basis: 0 counts as 0). A row's
                    // auto width is an intrinsic size, built from the items' content contributions.
                    sum += row ? ContentContribution(ref tree, ctx, available, item) : item.HypotheticalOuterSize.Main(row);
                    minSum += item.ResolvedMinMainSize + item.Margin.MainSum(row);
                }

                longest = Math.Max(longest, sum);
                longestMin = Math.Max(longestMin, minSum);
            }

            var space = available.Main(row);
            if (AvailableSpace.IsDefinite(space))
            {
                // fit-content: min(max-content, max(min-content, available)) (css-sizing-3 §5.1); a
                // multi-line container fills the available space, since it wrapped against it.
                longest = lines.Length > 1 ? Math.Max(longest, space) : Math.Min(longest, Math.Max(longestMin, space));
            }

            outer = longest + inset;
        }

        outer = Math.Max(Floats.MaybeClamp(outer, ctx.MinSize.Main(row), ctx.MaxSize.Main(row)), inset);
        var inner = Math.Max(outer - inset, 0);
        ctx.ContainerSize.SetMain(row, outer);
        ctx.InnerContainerSize.SetMain(row, inner);
        ctx.NodeInnerSize.SetMain(row, inner);
    }

    /// <summary>
    /// An item's outer main-size contribution to its container's intrinsic size (§9.9.1), as Chromium
    /// computes it: the content size, clamped by min/max, never below the flex base size when the item
    /// cannot shrink, never above it when it cannot grow (Taffy's <c>determine_container_main_size</c>).
    /// </summary>
    private static float ContentContribution<TTree>(ref TTree tree, in FlexContext ctx, Size2 available, in FlexItem item)
        where TTree : struct, ILayoutTree
    {
        var row = ctx.Row;
        var margin = item.Margin.MainSum(row);
        var styleMin = item.MinSize.Main(row);
        var preferred = item.Size.Main(row);
        var styleMax = item.MaxSize.Main(row);
        // css-flexbox-1 §9.9.1: "if the item is not growable, treat the flex base size as a maximum; if
        // not shrinkable, as a minimum" (Chromium; Taffy uses max(basis, preferred size) instead). The
        // min main size still wins over that maximum (random_tree_seed_056).
        var basisMin = item.FlexShrink == 0 ? item.FlexBasis : float.NaN;
        var basisMax = item.FlexGrow == 0 ? item.FlexBasis : float.NaN;
        var min = Math.Max(Floats.Or(Floats.Or(Floats.MaybeMax(styleMin, basisMin), basisMin), item.ResolvedMinMainSize), item.ResolvedMinMainSize);
        var max = Floats.Or(Floats.Or(Floats.MaybeMin(styleMax, basisMax), basisMax), float.PositiveInfinity);
        if (max <= min || (Floats.Has(preferred) && max <= preferred))
        {
            return Math.Max(Math.Min(Floats.Or(preferred, min), max), min) + margin;
        }

        if (item.IsScrollContainer)
        {
            return item.FlexBasis + margin;
        }

        var crossAvailable = ChildCrossAvailable(ctx, available, item);
        var known = ChildKnownForContent(item, row, crossAvailable);
        var space = available.Main(row) == AvailableSpace.MinContent ? AvailableSpace.MinContent : AvailableSpace.MaxContent;
        var content = MeasureChild(ref tree, item.Node, known, ctx.PercentBasis, Size2.FromMainCross(row, space, crossAvailable), SizingMode.InherentSize, row);
        if (!row)
        {
            // Asymmetric, but it is what browsers do (Taffy): a column item never contributes less than its basis.
            content = Math.Max(content, item.FlexBasis);
        }

        return Floats.MaybeClamp(Math.Max(content, item.ResolvedMinMainSize), styleMin, styleMax) + margin;
    }
}
