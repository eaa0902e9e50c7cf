using System;

namespace Sparrow.Layout;

/// <summary>The final pass: lay out each item at its used size, place it, and collect overflow and baseline.</summary>
internal static partial class FlexLayout
{
    /// <summary>
    /// Positions are logical up to here (from main-start and cross-start). Reverse directions (§5.1) and
    /// wrap-reverse (§5.2) swap the start and end edges, so the logical offsets are mirrored within the
    /// container's content box here, once, instead of in every step. With <paramref name="memo"/>, records
    /// each line's position and extent for a later pass that lays out only the lines a change reaches.
    /// </summary>
    private static LayoutOutput FinalLayoutPass<TTree>(ref TTree tree, in FlexContext ctx, Span<FlexItem> items, Span<FlexLine> lines, FlexLineMemo? memo)
        where TTree : struct, ILayoutTree
    {
        var extent = new LineExtent(0, 0, float.NaN);
        var lineCross = 0f;
        for (var l = 0; l < lines.Length; l++)
        {
            ref var line = ref lines[l];
            lineCross += line.OffsetCross;
            var placed = PlaceLine(ref tree, ctx, items.Slice(line.Start, line.Count), lineCross, l == 0);
            memo?.RecordPlacedLine(l, lineCross, line.CrossSize, placed);
            extent = extent.Union(placed);
            lineCross += line.CrossSize;
        }

        return ContainerOutput(ctx, extent);
    }

    /// <summary>
    /// Scrollable overflow (css-overflow-3 §2.2) measured like scrollWidth/scrollHeight: from the padding
    /// box's start, the items' margin boxes plus the end padding, at least the padding box.
    /// </summary>
    private static LayoutOutput ContainerOutput(in FlexContext ctx, LineExtent extent)
    {
        var size = ctx.ContainerSize;
        var contentW = Math.Max(size.Width - ctx.Border.Horizontal, extent.Right - ctx.Border.Left + ctx.Padding.Right);
        var contentH = Math.Max(size.Height - ctx.Border.Vertical, extent.Bottom - ctx.Border.Top + ctx.Padding.Bottom);
        return new LayoutOutput(size.Width, size.Height, contentW, contentH, extent.Baseline);
    }

    /// <summary>Lays out and places the items of one line whose logical cross-start is <paramref name="lineCross"/>.</summary>
    private static LineExtent PlaceLine<TTree>(ref TTree tree, in FlexContext ctx, Span<FlexItem> line, float lineCross, bool first)
        where TTree : struct, ILayoutTree
    {
        var row = ctx.Row;
        var innerMain = ctx.InnerContainerSize.Main(row);
        var innerCross = ctx.InnerContainerSize.Cross(row);
        var mainStart = ctx.ContentInset.MainStart(row);
        var crossStart = ctx.ContentInset.CrossStart(row);
        var contentRight = 0f;
        var contentBottom = 0f;
        var baseline = float.NaN;
        var pos = 0f;
        foreach (ref var item in line)
        {
            var output = LayoutEngine.ComputeChild(ref tree, item.Node, new LayoutInput(item.TargetSize, ctx.PercentBasis, ctx.InnerContainerSize, RunMode.PerformLayout, SizingMode.ContentSize)
            {
                IndefiniteHeight = ItemHeightIndefinite(ref tree, ctx, item),
            });

            pos += item.OffsetMain;
            var outerMain = output.Size.Main(row) + item.Margin.MainSum(row);
            var outerCross = output.Size.Cross(row) + item.Margin.CrossSum(row);
            var logicalCross = lineCross + item.OffsetCross;
            var main = mainStart + (ctx.Reverse ? innerMain - pos - outerMain : pos) + item.Margin.MainStart(row);
            var cross = crossStart + (ctx.WrapReverse ? innerCross - logicalCross - outerCross : logicalCross) + item.Margin.CrossStart(row);
            pos += outerMain;

            var x = row ? main : cross;
            var y = row ? cross : main;
            if (item.IsRelative)
            {
                // css-position-3 §3.4: a relatively positioned box is offset from where flex put it;
                // left wins over right and top over bottom.
                x += Floats.Has(item.Inset.Left) ? item.Inset.Left : Floats.Or(-item.Inset.Right, 0);
                y += Floats.Has(item.Inset.Top) ? item.Inset.Top : Floats.Or(-item.Inset.Bottom, 0);
            }

            LayoutEngine.Place(ref tree, item.Node, x, y, output, item.Margin, ctx.NodeInnerSize.Width);

            // §8.5 Flex Container Baselines: the first line's baseline-aligned items, else its first item;
            // a box without a baseline synthesizes one from its border-box bottom.
            if (first && (float.IsNaN(baseline) || (item.AlignSelf == Align.Baseline && row)))
            {
                var own = Floats.Or(output.Baseline, output.Height);
                if (float.IsNaN(baseline) || item.AlignSelf == Align.Baseline)
                {
                    baseline = y + own;
                }
            }

            var visible = tree.Style(item.Node).IsScrollContainer ? output.Size : new Size2(Math.Max(output.Width, output.ContentWidth), Math.Max(output.Height, output.ContentHeight));
            contentRight = Math.Max(contentRight, x + visible.Width + item.Margin.Right);
            contentBottom = Math.Max(contentBottom, y + visible.Height + item.Margin.Bottom);
        }

        return new LineExtent(contentRight, contentBottom, baseline);
    }

    /// <summary>
    /// §9.8 Definite and Indefinite Sizes: an item's used height is a percentage basis for its content
    /// when its height is specified (a length, or a percentage of a definite height), when it is
    /// stretched ("items in auto-sized flex containers are also considered definite" once the line's
    /// cross size is known, which Chromium applies to stretched items), or, as the main size of a
    /// column, when "the flex container has a definite main size".
    /// </summary>
    private static bool ItemHeightIndefinite<TTree>(ref TTree tree, in FlexContext ctx, in FlexItem item)
        where TTree : struct, ILayoutTree
    {
        if (Floats.Has(item.Size.Height))
        {
            return false;
        }

        if (ctx.Row)
        {
            var stretched = item.AlignSelf == Align.Stretch && tree.Style(item.Node).Height.IsAuto && !item.MarginTopAuto && !item.MarginBottomAuto;
            return !stretched;
        }

        return float.IsNaN(ctx.PercentBasis.Height);
    }

    /// <summary>
    /// §4.1 "Absolutely-Positioned Flex Children": they do not take part in flex layout; with auto insets
    /// their static position is "determined as if it were the sole flex item in the flex container", i.e.
    /// by justify-content and align-self. The containing block is the nearest positioned ancestor
    /// (css-position-3 §2.1), as in Chromium and Yoga 3's position: static; a static container leaves its
    /// absolute children to that ancestor and only records their static position.
    /// </summary>
    private static void LayoutAbsoluteChildren<TTree>(ref TTree tree, int node, in FlexContext ctx, ref LayoutOutput output)
        where TTree : struct, ILayoutTree
    {
        var containingBlock = tree.Style(node).Position != Position.Static;
        var count = tree.ChildCount(node);
        for (var i = 0; i < count; i++)
        {
            var child = tree.GetChild(node, i);
            ref readonly var s = ref tree.Style(child);
            if (s.Display == Display.None)
            {
                LayoutEngine.ComputeChild(ref tree, child, new LayoutInput(Size2.None, Size2.None, Size2.None, RunMode.PerformLayout, SizingMode.InherentSize));
                LayoutEngine.Empty(ref tree, child);
                continue;
            }

            if (!s.IsOutOfFlow)
            {
                continue;
            }

            var row = ctx.Row;
            var justify = ctx.JustifyContent switch
            {
                JustifyContent.FlexEnd => 1f,
                JustifyContent.Center or JustifyContent.SpaceAround or JustifyContent.SpaceEvenly => 0.5f,
                _ => 0f,
            };
            if (ctx.Reverse)
            {
                justify = 1 - justify;
            }

            var alignSelf = s.AlignSelf == Align.Auto ? ctx.AlignItems : s.AlignSelf;
            var align = alignSelf switch
            {
                Align.FlexEnd => 1f,
                Align.Center => 0.5f,
                _ => 0f,
            };
            if (ctx.WrapReverse)
            {
                align = 1 - align;
            }

            var inner = ctx.InnerContainerSize;
            var sp = new StaticPosition(
                ctx.ContentInset.Left, inner.Width, row ? justify : align,
                ctx.ContentInset.Top, inner.Height, row ? align : justify);
            if ((s.Position == Position.Absolute && !containingBlock) || s.Position == Position.Fixed)
            {
                // A further ancestor (or, for fixed boxes, the viewport) is the containing block and needs the static position. Aligning it
                // needs the box's size, which that ancestor will settle; sized here against this padding
                // box, which agrees unless the box has percentages or insets on both sides.
                var box = new Size2(ctx.ContainerSize.Width - ctx.Border.Horizontal, ctx.ContainerSize.Height - ctx.Border.Vertical);
                var guess = LayoutEngine.ComputeChild(ref tree, child, new LayoutInput(Size2.None, box, box, RunMode.ComputeSize, SizingMode.InherentSize));
                var margin = Edges.Margin(s, box.Width);
                ref var r = ref tree.Edges(child);
                r.StaticX = sp.StartX + (sp.FactorX * (sp.SpaceX - guess.Width - margin.Horizontal));
                r.StaticY = sp.StartY + (sp.FactorY * (sp.SpaceY - guess.Height - margin.Vertical));
                continue;
            }

            AbsoluteLayout.Layout(ref tree, child, ctx.ContainerSize, ctx.Border, sp, ref output);
        }

        if (containingBlock)
        {
            AbsoluteLayout.LayoutDescendants(ref tree, node, ctx.ContainerSize, ctx.Border, ref output);
        }
    }
}
