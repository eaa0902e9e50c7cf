namespace Sparrow.Layout;

/// <summary>
/// A box without in-flow children: its size comes from its styles, or from its <see cref="ILeafMeasure"/>
/// (text, images, components), plus padding and border (Taffy's <c>compute_leaf_layout</c>).
/// </summary>
internal static class LeafLayout
{
    public static LayoutOutput Compute<TTree>(ref TTree tree, int node, in LayoutInput input)
        where TTree : struct, ILayoutTree
    {
        ref readonly var style = ref tree.Style(node);
        var parent = input.Parent;
        var padding = Edges.Padding(style, parent.Width);
        var border = Edges.Border(style, parent.Width);
        var pb = (padding + border).Sum;
        var margin = Edges.Margin(style, parent.Width);
        var sizes = StyleSizes.Resolve(style, parent, pb);
        var ratio = style.AspectRatio;

        var known = input.Known;
        if (input.SizingMode == SizingMode.InherentSize)
        {
            known = known.Or(sizes.Clamped(pb));
        }
        else
        {
            // The parent (flex) already folded this node's size, min, max and ratio into the known
            // sizes; measuring content must not apply them again (Taffy's compute_leaf_layout).
            sizes.Min = Size2.None;
            sizes.Max = Size2.None;
            ratio = float.NaN;
        }

        known = known.ApplyAspectRatio(ratio);
        if (Floats.Has(known.Width) && Floats.Has(known.Height))
        {
            // The size is settled, but text still has a baseline that only its measure knows.
            var firstBaseline = float.NaN;
            if (tree.HasMeasure(node))
            {
                var m = InlineContent.Measure(ref tree, node, new MeasureInput(known.Width - pb.Width, known.Height - pb.Height, known.Width - pb.Width, known.Height - pb.Height));
                firstBaseline = Floats.Has(m.Baseline) ? m.Baseline + padding.Top + border.Top : float.NaN;
            }

            return Finish(ref tree, node, input, known, margin, pb, firstBaseline);
        }

        var baseline = float.NaN;
        Size2 size;
        if (tree.HasMeasure(node))
        {
            // Available space for content: what is left after margins, padding and border.
            var availW = AvailableSpace.Sub(input.AvailableWidth, margin.Horizontal + pb.Width);
            var availH = AvailableSpace.Sub(input.AvailableHeight, margin.Vertical + pb.Height);
            var measured = InlineContent.Measure(ref tree, node, new MeasureInput(known.Width - pb.Width, known.Height - pb.Height, Floats.Or(Floats.MaybeSub(known.Width, pb.Width), availW), Floats.Or(Floats.MaybeSub(known.Height, pb.Height), availH)));
            size = known.Or(new Size2(measured.Width + pb.Width, measured.Height + pb.Height));
            baseline = Floats.Has(measured.Baseline) ? measured.Baseline + padding.Top + border.Top : float.NaN;
        }
        else
        {
            size = known.Or(pb);
        }

        size = size.Clamp(sizes.Min, sizes.Max).Max(pb).ApplyAspectRatio(ratio);
        return Finish(ref tree, node, input, size, margin, pb, baseline);
    }

    private static LayoutOutput Finish<TTree>(ref TTree tree, int node, in LayoutInput input, Size2 size, Edges margin, Size2 pb, float baseline)
        where TTree : struct, ILayoutTree
    {
        // The in-flow children of a measured leaf are atomic inlines in its text's lines (Inline/InlineContent);
        // display:none or absolutely positioned children the embedder keeps (components), and the children of a
        // box cut off below the depth limit, get empty boxes rather than stale ones.
        if (input.RunMode == RunMode.PerformLayout && tree.ChildCount(node) > 0 && !tree.HasMeasure(node))
        {
            LayoutEngine.HideSubtree(ref tree, node);
        }
        else if (input.RunMode == RunMode.PerformLayout && tree.ChildCount(node) > 0)
        {
            ref readonly var style = ref tree.Style(node);
            var padding = Edges.Padding(style, input.Parent.Width);
            var border = Edges.Border(style, input.Parent.Width);
            InlineContent.PlaceChildren(ref tree, node, new Size2(size.Width - pb.Width, size.Height - pb.Height), padding.Left + border.Left, padding.Top + border.Top);
        }

        var output = new LayoutOutput(size.Width, size.Height, size.Width, size.Height, baseline);
        output.TopMargin = MarginSet.Of(margin.Top);
        output.BottomMargin = MarginSet.Of(margin.Bottom);

        // CSS 2 §8.3.1: an empty box with no height, border or padding lets its own top and bottom
        // margins collapse together (and with whatever they adjoin).
        if (input.MarginsCollapse && size.Height == 0 && pb.Height == 0)
        {
            output.CollapsesThrough = true;
            output.TopMargin = output.TopMargin.With(output.BottomMargin);
            output.BottomMargin = output.TopMargin;
        }

        return output;
    }
}
