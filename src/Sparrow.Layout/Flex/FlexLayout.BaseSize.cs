using System;

namespace Sparrow.Layout;

/// <summary>Step 3: flex base size and hypothetical main size, with §4.5's automatic minimum size.</summary>
internal static partial class FlexLayout
{
    /// <summary>
    /// 3. "Determine the flex base size and hypothetical main size of each item." The hypothetical main
    /// size is "the item's flex base size clamped according to its used min and max main sizes (and
    /// flooring the content box size at zero)".
    /// </summary>
    private static void DetermineFlexBaseSizes<TTree>(ref TTree tree, in FlexContext ctx, Size2 available, Span<FlexItem> items)
        where TTree : struct, ILayoutTree
    {
        var row = ctx.Row;
        foreach (ref var item in items)
        {
            ref readonly var s = ref tree.Style(item.Node);
            var crossAvailable = ChildCrossAvailable(ctx, available, item);
            var childKnown = ChildKnownForContent(item, row, crossAvailable);

            // Percentages in the main axis must not resolve while measuring content (Taffy: a percentage
            // size must not contribute to a min-content contribution on its own axis).
            var childParent = Size2.FromMainCross(row, float.NaN, ctx.PercentBasis.Cross(row));
            item.FlexBasis = FlexBaseSize(ref tree, ctx, s, item, available, childKnown, childParent, crossAvailable);

            var pbMain = item.PaddingBorderMain(row);
            item.FlexBasis = Math.Max(item.FlexBasis, pbMain);
            item.InnerFlexBasis = item.FlexBasis - pbMain;

            // §4.5 Automatic Minimum Size of Flex Items: "the content-based minimum size … is the smaller of
            // its specified size suggestion and its content size suggestion", and 0 for scroll containers.
            var minMain = item.MinSize.Main(row);
            if (float.IsNaN(minMain) && item.IsScrollContainer)
            {
                minMain = pbMain;
            }

            if (float.IsNaN(minMain))
            {
                var minContentAvailable = Size2.FromMainCross(row, AvailableSpace.MinContent, crossAvailable);
                var minContent = MeasureChild(ref tree, item.Node, childKnown, childParent, minContentAvailable, SizingMode.ContentSize, row);
                minMain = Floats.MaybeMin(Floats.MaybeMin(minContent, item.Size.Main(row)), item.MaxSize.Main(row));
            }

            item.ResolvedMinMainSize = Math.Max(minMain, pbMain);
            var hypothetical = Floats.MaybeClamp(item.FlexBasis, item.ResolvedMinMainSize, item.MaxSize.Main(row));
            item.HypotheticalSize.SetMain(row, hypothetical);
            item.HypotheticalOuterSize.SetMain(row, hypothetical + item.Margin.MainSum(row));
        }
    }

    private static float FlexBaseSize<TTree>(ref TTree tree, in FlexContext ctx, in LayoutStyle s, in FlexItem item, Size2 available, Size2 childKnown, Size2 childParent, float crossAvailable)
        where TTree : struct, ILayoutTree
    {
        var row = ctx.Row;

        // A. "If the item has a definite used flex basis, that's the flex base size." flex-basis: auto
        // uses the main size property (§7.2.3).
        var adjust = s.BoxSizing == BoxSizing.ContentBox ? item.PaddingBorderMain(row) : 0;
        var basis = s.FlexBasis.Resolve(ctx.PercentBasis.Main(row));
        if (Floats.Has(basis))
        {
            return basis + adjust;
        }

        // flex-basis: content (Length.Undefined) skips the main size property and sizes by content, and so
        // does a percentage of an indefinite container: "the used value for flex-basis is content" (§7.2.3).
        var content = s.FlexBasis.IsUndefined || s.FlexBasis.Unit == LengthUnit.Percent;
        if (Floats.Has(item.Size.Main(row)) && !content)
        {
            return item.Size.Main(row);
        }

        // B. "If the flex item has an intrinsic aspect ratio, a used flex basis of content, and a definite
        // cross size, then the flex base size is calculated from its inner cross size and the flex item's
        // intrinsic aspect ratio."
        var cross = childKnown.Cross(row);
        if (row && float.IsNaN(cross) && item.AlignSelf == Align.Stretch && !item.CrossStartAuto(row) && !item.CrossEndAuto(row))
        {
            // A stretched height is definite for the ratio when the line's height is (§9.8).
            cross = Floats.MaybeClamp(AvailableSpace.AsOption(crossAvailable) - item.Margin.CrossSum(row), item.MinSize.Cross(row), item.MaxSize.Cross(row));
        }

        if (Floats.Has(item.AspectRatio) && Floats.Has(cross))
        {
            return row ? cross * item.AspectRatio : cross / item.AspectRatio;
        }

        // C.–E. "Otherwise, size the item into the available space using its used flex basis in place of its
        // main size, treating a value of content as max-content." Under a min-content constraint the
        // item is sized under that constraint (C).
        var main = available.Main(row) == AvailableSpace.MinContent ? AvailableSpace.MinContent : AvailableSpace.MaxContent;
        return MeasureChild(ref tree, item.Node, childKnown, childParent, Size2.FromMainCross(row, main, crossAvailable), SizingMode.ContentSize, row);
    }

    /// <summary>The cross space offered to an item: the container's inner cross size, clamped by the item's min/max.</summary>
    private static float ChildCrossAvailable(in FlexContext ctx, Size2 available, in FlexItem item)
    {
        var row = ctx.Row;
        var cross = available.Cross(row);
        var margins = item.Margin.CrossSum(row);
        var min = item.MinSize.Cross(row) + margins;
        var max = item.MaxSize.Cross(row) + margins;
        if (AvailableSpace.IsDefinite(cross))
        {
            return Floats.MaybeClamp(Floats.Or(ctx.NodeInnerSize.Cross(row), cross), min, max);
        }

        if (cross == AvailableSpace.MinContent)
        {
            return Floats.Has(min) ? min : cross;
        }

        return Floats.Has(max) ? max : cross;
    }

    /// <summary>
    /// Known sizes for measuring an item's content: its definite cross size, or in a column the stretched
    /// width. A row's items are measured for their intrinsic widths, which in Chromium do not depend on
    /// the height they will be stretched to (a column-wrap item would otherwise wrap into columns that
    /// Chromium does not count: fixture column_wrap_flex_item_is_as_wide_as_its_widest_column).
    /// </summary>
    private static Size2 ChildKnownForContent(in FlexItem item, bool row, float crossAvailable)
    {
        var known = Size2.FromMainCross(row, float.NaN, item.Size.Cross(row));
        if (!row && item.AlignSelf == Align.Stretch && float.IsNaN(known.Cross(row)) && !item.CrossStartAuto(row) && !item.CrossEndAuto(row))
        {
            var stretched = AvailableSpace.AsOption(crossAvailable) - item.Margin.CrossSum(row);
            known.SetCross(row, Floats.MaybeClamp(stretched, item.MinSize.Cross(row), item.MaxSize.Cross(row)));
        }

        return known;
    }

    /// <summary>One axis of a child's border-box size, sized but not laid out (Taffy's <c>measure_child_size</c>).</summary>
    private static float MeasureChild<TTree>(ref TTree tree, int child, Size2 known, Size2 parent, Size2 available, SizingMode mode, bool width)
        where TTree : struct, ILayoutTree
    {
        var k = width ? known.Width : known.Height;
        if (Floats.Has(k))
        {
            return k;
        }

        var output = LayoutEngine.ComputeChild(ref tree, child, new LayoutInput(known, parent, available, RunMode.ComputeSize, mode));
        return width ? output.Width : output.Height;
    }
}
