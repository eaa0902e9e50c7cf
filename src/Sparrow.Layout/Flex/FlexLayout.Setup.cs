using System;

namespace Sparrow.Layout;

/// <summary>Steps 1–3: items, available space, flex base sizes (css-flexbox-1 §9.1–9.2).</summary>
internal static partial class FlexLayout
{
    private static FlexContext ComputeContext(in LayoutStyle style, Size2 known, Size2 parent, StyleSizes sizes, bool indefiniteHeight)
    {
        var ctx = default(FlexContext);
        ctx.Row = style.IsRow;
        ctx.Reverse = style.IsReverse;
        ctx.Wrap = style.FlexWrap != FlexWrap.NoWrap;
        ctx.WrapReverse = style.FlexWrap == FlexWrap.WrapReverse;
        ctx.Margin = Edges.Margin(style, parent.Width);
        ctx.Border = Edges.Border(style, parent.Width);
        ctx.Padding = Edges.Padding(style, parent.Width);
        ctx.ContentInset = ctx.Padding + ctx.Border;
        ctx.AlignItems = style.AlignItems == Align.Auto ? Align.Stretch : style.AlignItems;
        ctx.AlignContent = style.AlignContent;
        ctx.JustifyContent = style.JustifyContent;
        ctx.MinSize = sizes.Min;
        ctx.MaxSize = sizes.Max;
        ctx.NodeOuterSize = known;
        ctx.NodeInnerSize = new Size2(
            Floats.Has(known.Width) ? Math.Max(known.Width - ctx.ContentInset.Horizontal, 0) : float.NaN,
            Floats.Has(known.Height) ? Math.Max(known.Height - ctx.ContentInset.Vertical, 0) : float.NaN);

        ctx.PercentBasis = new Size2(ctx.NodeInnerSize.Width, indefiniteHeight ? float.NaN : ctx.NodeInnerSize.Height);

        // css-align-3 §8.1: percentage gaps resolve against the content box; against an indefinite one they are 0.
        var columnGap = style.ColumnGap.ResolveOrZero(ctx.PercentBasis.Width);
        var rowGap = style.RowGap.ResolveOrZero(ctx.PercentBasis.Height);
        ctx.MainGap = ctx.Row ? columnGap : rowGap;
        ctx.CrossGap = ctx.Row ? rowGap : columnGap;
        return ctx;
    }

    private static int CountFlexItems<TTree>(ref TTree tree, int node)
        where TTree : struct, ILayoutTree
    {
        var n = 0;
        var count = tree.ChildCount(node);
        for (var i = 0; i < count; i++)
        {
            ref readonly var s = ref tree.Style(tree.GetChild(node, i));
            if (s.Display != Display.None && !s.IsOutOfFlow)
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>
    /// 1. "Generate anonymous flex items as described in §4 Flex Items." Each in-flow child is an item
    /// (text runs are already leaves in our tree); absolutely positioned children are laid out after
    /// (§4.1) and display:none children generate nothing. Items are then ordered by 'order' (§5.4),
    /// stably, so equal orders keep document order.
    /// </summary>
    private static void GenerateFlexItems<TTree>(ref TTree tree, int node, ref FlexContext ctx, Span<FlexItem> items)
        where TTree : struct, ILayoutTree
    {
        var count = tree.ChildCount(node);
        var n = 0;
        for (var i = 0; i < count; i++)
        {
            var child = tree.GetChild(node, i);
            ref readonly var s = ref tree.Style(child);
            if (s.Display == Display.None || s.IsOutOfFlow)
            {
                continue;
            }

            InitItem(ref items[n++], child, s, ctx);
        }

        // Insertion sort: stable, allocation-free, and item counts are small.
        for (var i = 1; i < items.Length; i++)
        {
            var current = items[i];
            var j = i - 1;
            while (j >= 0 && items[j].Order > current.Order)
            {
                items[j + 1] = items[j];
                j--;
            }

            items[j + 1] = current;
        }
    }

    /// <summary>An item's style values resolved against the container (the per-child part of step 1).</summary>
    private static void InitItem(ref FlexItem item, int child, in LayoutStyle s, in FlexContext ctx)
    {
        var inner = ctx.PercentBasis;
        item = default;
        item.Node = child;
        item.Order = s.Order;
        item.Padding = Edges.Padding(s, inner.Width);
        item.Border = Edges.Border(s, inner.Width);
        var sizes = StyleSizes.Resolve(s, inner, (item.Padding + item.Border).Sum);
        item.Size = sizes.Size;
        item.MinSize = sizes.Min;
        item.MaxSize = sizes.Max;
        item.Inset = Edges.Inset(s, inner.Width, inner.Height);
        item.IsRelative = s.Position == Position.Relative;
        item.Margin = Edges.Margin(s, inner.Width);
        item.MarginLeftAuto = s.MarginLeft.IsAuto;
        item.MarginRightAuto = s.MarginRight.IsAuto;
        item.MarginTopAuto = s.MarginTop.IsAuto;
        item.MarginBottomAuto = s.MarginBottom.IsAuto;
        item.AlignSelf = s.AlignSelf == Align.Auto ? ctx.AlignItems : s.AlignSelf;
        item.IsScrollContainer = s.IsScrollContainer;
        item.AspectRatio = s.AspectRatio;
        item.FlexGrow = s.FlexGrow;
        item.FlexShrink = s.FlexShrink;
    }

    /// <summary>
    /// 2. "Determine the available main and cross space for the flex items. For each dimension, if that
    /// dimension of the flex container's content box is a definite size, use that; if that dimension of
    /// the flex container is being sized under a min or max-content constraint, the available space in
    /// that dimension is that constraint; otherwise, subtract the flex container's margin, border, and
    /// padding from the space available to the flex container in that dimension and use that value."
    /// </summary>
    private static Size2 DetermineAvailableSpace(Size2 known, Size2 outer, in FlexContext ctx)
    {
        var w = Floats.Has(known.Width)
            ? known.Width - ctx.ContentInset.Horizontal
            : AvailableSpace.Sub(outer.Width, ctx.Margin.Horizontal + ctx.ContentInset.Horizontal);
        var h = Floats.Has(known.Height)
            ? known.Height - ctx.ContentInset.Vertical
            : AvailableSpace.Sub(outer.Height, ctx.Margin.Vertical + ctx.ContentInset.Vertical);
        return new Size2(w, h);
    }
}
