using System;

namespace Sparrow.Layout;

/// <summary>Step 6: §9.7 "Resolving Flexible Lengths".</summary>
internal static partial class FlexLayout
{
    /// <summary>6. "Resolve the flexible lengths of all the flex items to find their used main size. See §9.7."</summary>
    private static void ResolveFlexibleLengths(in FlexContext ctx, Span<FlexItem> line)
    {
        var row = ctx.Row;
        var innerMain = ctx.NodeInnerSize.Main(row);
        var gaps = line.Length > 1 ? ctx.MainGap * (line.Length - 1) : 0;

        // 1. "Determine the used flex factor. Sum the outer hypothetical main sizes of all items on the
        // line. If the sum is less than the flex container's inner main size, use the flex grow factor
        // for the rest of this algorithm; otherwise, use the flex shrink factor."
        var hypotheticalSum = gaps;
        foreach (ref var item in line)
        {
            hypotheticalSum += item.HypotheticalOuterSize.Main(row);
        }

        var growing = hypotheticalSum < innerMain;

        // 2. "Size inflexible items. Freeze, setting its target main size to its hypothetical main size…
        // any item that has a flex factor of zero; if using the flex grow factor: any item that has a flex
        // base size greater than its hypothetical main size; if using the flex shrink factor: any item that
        // has a flex base size smaller than its hypothetical main size."
        foreach (ref var item in line)
        {
            var hypothetical = item.HypotheticalSize.Main(row);
            item.TargetSize.SetMain(row, hypothetical);
            item.Frozen = growing
                ? item.FlexGrow == 0 || item.FlexBasis > hypothetical
                : item.FlexShrink == 0 || item.FlexBasis < hypothetical;
            item.OuterTargetSize.SetMain(row, hypothetical + item.Margin.MainSum(row));
        }

        // 3. "Calculate initial free space. Sum the outer sizes of all items on the line, and subtract this
        // from the flex container's inner main size. For frozen items, use their outer target main size;
        // for other items, use their outer flex base size."
        var initialFreeSpace = innerMain - UsedSpace(line, row, gaps);

        // 4. "Loop:"
        while (true)
        {
            // a. "Check for flexible items. If all the flex items on the line are frozen, free space has
            // been distributed; exit this loop."
            var growSum = 0f;
            var shrinkSum = 0f;
            var scaledShrinkSum = 0f;
            var anyUnfrozen = false;
            foreach (ref var item in line)
            {
                if (!item.Frozen)
                {
                    anyUnfrozen = true;
                    growSum += item.FlexGrow;
                    shrinkSum += item.FlexShrink;
                    scaledShrinkSum += item.FlexShrink * item.InnerFlexBasis;
                }
            }

            if (!anyUnfrozen)
            {
                break;
            }

            // b. "Calculate the remaining free space as for initial free space, above. If the sum of the
            // unfrozen flex items' flex factors is less than one, multiply the initial free space by this
            // sum. If the magnitude of this value is less than the magnitude of the remaining free space,
            // use this as the remaining free space."
            var freeSpace = innerMain - UsedSpace(line, row, gaps);
            var factorSum = growing ? growSum : shrinkSum;
            if (factorSum < 1)
            {
                var scaled = initialFreeSpace * factorSum;
                if (Math.Abs(scaled) < Math.Abs(freeSpace))
                {
                    freeSpace = scaled;
                }
            }

            // c. "Distribute free space proportional to the flex factors." Growing: by flex-grow. Shrinking:
            // by "its flex shrink factor [multiplied] by its inner flex base size … Note this may result in
            // a negative inner main size; it will be corrected in the next step."
            // Each pass starts again from the flex base size: with no free space left (for instance once a
            // clamped item froze), an unfrozen item's target is its base size, not last pass's target.
            foreach (ref var item in line)
            {
                if (item.Frozen)
                {
                    continue;
                }

                var share = 0f;
                if (float.IsFinite(freeSpace) && freeSpace != 0)
                {
                    if (growing && growSum > 0)
                    {
                        share = freeSpace * item.FlexGrow / growSum;
                    }
                    else if (!growing && scaledShrinkSum > 0)
                    {
                        share = freeSpace * item.FlexShrink * item.InnerFlexBasis / scaledShrinkSum;
                    }
                }

                item.TargetSize.SetMain(row, item.FlexBasis + share);
            }

            // d. "Fix min/max violations. Clamp each non-frozen item's target main size by its used min and
            // max main sizes and floor its content-box size at zero. If the item's target main size was made
            // smaller by this, it's a max violation. If the item's target main size was made larger by this,
            // it's a min violation."
            var totalViolation = 0f;
            foreach (ref var item in line)
            {
                if (item.Frozen)
                {
                    continue;
                }

                var target = item.TargetSize.Main(row);
                var clamped = Math.Max(Floats.MaybeClamp(target, item.ResolvedMinMainSize, item.MaxSize.Main(row)), item.PaddingBorderMain(row));
                item.Violation = clamped - target;
                item.TargetSize.SetMain(row, clamped);
                item.OuterTargetSize.SetMain(row, clamped + item.Margin.MainSum(row));
                totalViolation += item.Violation;
            }

            // e. "Freeze over-flexed items. The total violation is the sum of the adjustments from the
            // previous step. If the total violation is: Zero: Freeze all items. Positive: Freeze all the
            // items with min violations. Negative: Freeze all the items with max violations."
            foreach (ref var item in line)
            {
                if (!item.Frozen)
                {
                    item.Frozen = totalViolation > 0 ? item.Violation > 0 : totalViolation < 0 ? item.Violation < 0 : true;
                }
            }

            // f. "Return to the start of this loop."
        }
    }

    private static float UsedSpace(Span<FlexItem> line, bool row, float gaps)
    {
        var used = gaps;
        foreach (ref var item in line)
        {
            used += item.Margin.MainSum(row) + (item.Frozen ? item.TargetSize.Main(row) : item.FlexBasis);
        }

        return used;
    }
}
