using System;

namespace Sparrow.Layout;

/// <summary>
/// CSS Flexible Box Layout, §9 "Flex Layout Algorithm" (https://www.w3.org/TR/css-flexbox-1/#layout-algorithm),
/// structured as Taffy's <c>compute_flexbox_layout</c>: a short driver calling one method per numbered
/// step, in spec order. Semantics follow Chromium, the oracle the fixtures come from (WeChat's WebView
/// renderer is Chromium); the steps name the places where Yoga behaves the same or deliberately differs.
/// </summary>
internal static partial class FlexLayout
{
    public static LayoutOutput Compute<TTree>(ref TTree tree, int node, in LayoutInput input)
        where TTree : struct, ILayoutTree
    {
        ref readonly var style = ref tree.Style(node);
        var parent = input.Parent;
        var pb = (Edges.Padding(style, parent.Width) + Edges.Border(style, parent.Width)).Sum;
        var sizes = StyleSizes.Resolve(style, parent, pb);

        // The container's own size, where its styles make it definite. When min >= max on an axis,
        // that axis is fixed whatever the content (css-sizing-3 §5.2: max is floored by min).
        var styled = input.SizingMode == SizingMode.InherentSize ? sizes.Size.Clamp(sizes.Min, sizes.Max) : Size2.None;
        var minMax = Size2.None;
        if (Floats.Has(sizes.Min.Width) && Floats.Has(sizes.Max.Width) && sizes.Max.Width <= sizes.Min.Width)
        {
            minMax.Width = sizes.Min.Width;
        }

        if (Floats.Has(sizes.Min.Height) && Floats.Has(sizes.Max.Height) && sizes.Max.Height <= sizes.Min.Height)
        {
            minMax.Height = sizes.Min.Height;
        }

        var known = input.Known.Or(minMax.Or(styled)).ApplyAspectRatio(style.AspectRatio).Max(pb);
        if (input.RunMode == RunMode.ComputeSize && Floats.Has(known.Width) && Floats.Has(known.Height))
        {
            return LayoutOutput.FromSize(known.Width, known.Height);
        }

        var scratch = LayoutScratch.Current;
        var depth = scratch.Enter();
        try
        {
            return Run(ref tree, node, input, known, sizes, scratch, depth);
        }
        finally
        {
            scratch.Leave();
        }
    }

    private static LayoutOutput Run<TTree>(ref TTree tree, int node, in LayoutInput input, Size2 known, StyleSizes sizes, LayoutScratch scratch, int depth)
        where TTree : struct, ILayoutTree
    {
        // A large multi-line container may lay out only the lines its changed items are on (FlexLayout.Reuse).
        var memoised = input.RunMode == RunMode.PerformLayout && tree.Cache(node).FlexLines is not null;
        if (memoised && TryRelayoutChangedLines(ref tree, node, input, known, sizes, scratch, depth, out var reused))
        {
            return reused;
        }

        var ctx = ComputeContext(tree.Style(node), known, input.Parent, sizes, input.IndefiniteHeight);

        // 9.1 Initial Setup. 1. Generate anonymous flex items as described in §4 Flex Items.
        var items = scratch.Items(depth, CountFlexItems(ref tree, node));
        GenerateFlexItems(ref tree, node, ref ctx, items);

        // 9.2 Line Length Determination. 2. Determine the available main and cross space for the flex items.
        var available = DetermineAvailableSpace(known, input.Available, ctx);

        // 3. Determine the flex base size and hypothetical main size of each item.
        DetermineFlexBaseSizes(ref tree, ctx, available, items);

        // 9.3 Main Size Determination. 5. Collect flex items into flex lines. Taken before step 4, as Taffy
        // does: an indefinite container's intrinsic main size is its longest line, so lines come first.
        var lines = scratch.Lines(depth, Math.Max(items.Length, 1));
        lines = lines[..CollectFlexLines(ctx, available, items, lines)];
        var memo = memoised || (input.RunMode == RunMode.PerformLayout && ctx.Wrap) ? BeginMemo(ref tree, node, input, ctx, items, lines) : null;

        // 4. Determine the main size of the flex container using the rules of the formatting context in which it participates.
        DetermineContainerMainSize(ref tree, ref ctx, available, items, lines);

        // 6. Resolve the flexible lengths of all the flex items to find their used main size.
        foreach (ref var line in lines)
        {
            ResolveFlexibleLengths(ctx, items.Slice(line.Start, line.Count));
        }

        // 9.4 Cross Size Determination. 7. Determine the hypothetical cross size of each item.
        DetermineHypotheticalCrossSizes(ref tree, ctx, available, items);
        CalculateBaselines(ref tree, ctx, items, lines);

        // 8. Calculate the cross size of each flex line.
        CalculateLineCrossSizes(ctx, items, lines);
        memo?.RecordNaturalCross(lines);

        // 9. Handle 'align-content: stretch'.
        HandleAlignContentStretch(ctx, lines);

        // 10. Collapse visibility:collapse items. Chromium does not: it lays them out as visibility:
        // hidden (fixture visibility_collapse_item_is_laid_out_like_hidden_as_in_chromium), and so do we;
        // visibility is paint's concern, not in LayoutStyle.

        // 11. Determine the used cross size of each flex item.
        DetermineUsedCrossSizes(ref tree, ctx, items, lines);

        // 9.5 Main-Axis Alignment. 12. Distribute any remaining free space.
        DistributeRemainingFreeSpace(ctx, items, lines);

        // 9.6 Cross-Axis Alignment. 13. Resolve cross-axis auto margins. 14. Align all flex items along the cross-axis.
        ResolveCrossAxisAutoMarginsAndAlign(ctx, items, lines);

        // 15. Determine the flex container's used cross size.
        var totalLineCross = DetermineContainerCrossSize(ref ctx, lines);
        if (input.RunMode == RunMode.ComputeSize)
        {
            return LayoutOutput.FromSize(ctx.ContainerSize.Width, ctx.ContainerSize.Height);
        }

        // 16. Align all flex lines per align-content.
        AlignFlexLines(ctx, lines, totalLineCross);

        var output = FinalLayoutPass(ref tree, ctx, items, lines, memo);
        if (memo is not null)
        {
            FinishMemo(ref tree, node, ctx, memo);
        }

        LayoutAbsoluteChildren(ref tree, node, ctx, ref output);
        return output;
    }
}
