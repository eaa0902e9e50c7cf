using System;
using System.Collections.Generic;

namespace Sparrow.Layout;

/// <summary>
/// A measured leaf with in-flow children: one inline formatting context (CSS 2 §9.4.2) whose text the
/// measure lays out as one paragraph and whose children are atomic inline boxes sitting in its lines
/// (inline-block, inline-flex, images). Layout sizes each child as an atomic inline
/// (<see cref="InlineLayout"/>'s rules: shrink-to-fit in the content width, baseline per CSS 2 §10.8.1),
/// hands the sizes to the measure as <see cref="InlinePlaceholders"/>, and places each child where the
/// measure put its placeholder, so text wraps around the boxes and the spaces between them survive.
/// A measured leaf without in-flow children is measured as before.
/// </summary>
internal static class InlineContent
{
    [ThreadStatic]
    private static List<InlinePlaceholders>? t_pool;

    [ThreadStatic]
    private static int t_depth;

    /// <summary>
    /// Whether <paramref name="node"/> has a child laid out in its lines (not hidden, floating or out of flow).
    /// None below the depth limit: a box cut off there is laid out as a leaf and its children are not entered.
    /// </summary>
    public static bool HasInFlowChildren<TTree>(ref TTree tree, int node)
        where TTree : struct, ILayoutTree
    {
        var count = tree.ChildCount(node);
        if (count == 0)
        {
            return false;
        }

        var scratch = LayoutScratch.Current;
        if (!LayoutEngine.CanDescend(scratch.Depth, scratch))
        {
            return false;
        }

        for (var i = 0; i < count; i++)
        {
            if (IsInFlow(tree.Style(tree.GetChild(node, i))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The measure's answer for <paramref name="input"/>, with the in-flow children as placeholders
    /// sized at the content width the question names (known, or available: a width or ±∞).
    /// </summary>
    public static MeasureResult Measure<TTree>(ref TTree tree, int node, in MeasureInput input)
        where TTree : struct, ILayoutTree
    {
        if (!HasInFlowChildren(ref tree, node))
        {
            return tree.Measure(node, input);
        }

        var placeholders = Rent();
        try
        {
            Fill(ref tree, node, Floats.Has(input.KnownWidth) ? input.KnownWidth : input.AvailableWidth, placeholders);
            return tree.Measure(node, input with { Placeholders = placeholders });
        }
        finally
        {
            t_depth--;
        }
    }

    /// <summary>
    /// Full layout of the children of a measured leaf whose content box is <paramref name="content"/> at
    /// (<paramref name="left"/>, <paramref name="top"/>) in its border box: in-flow children go where the
    /// measure put their placeholders; the others (and any the measure left out) get empty boxes.
    /// </summary>
    public static void PlaceChildren<TTree>(ref TTree tree, int node, Size2 content, float left, float top)
        where TTree : struct, ILayoutTree
    {
        if (!HasInFlowChildren(ref tree, node))
        {
            LayoutEngine.HideSubtree(ref tree, node);
            return;
        }

        var placeholders = Rent();
        try
        {
            Fill(ref tree, node, content.Width, placeholders);
            tree.Measure(node, new MeasureInput(content.Width, content.Height, content.Width, content.Height) { Placeholders = placeholders });
            var count = tree.ChildCount(node);
            var k = 0;
            for (var i = 0; i < count; i++)
            {
                var child = tree.GetChild(node, i);
                ref readonly var s = ref tree.Style(child);
                var (x, y) = IsInFlow(s) ? placeholders.Position(k++) : (float.NaN, float.NaN);
                if (!Floats.Has(x) || !Floats.Has(y))
                {
                    LayoutEngine.Empty(ref tree, child);
                    tree.Cache(child).Forget();
                    LayoutEngine.HideSubtree(ref tree, child);
                    continue;
                }

                var margin = Edges.Margin(s, content.Width);
                var bx = left + x + margin.Left;
                var by = top + y + margin.Top;
                if (s.Position == Position.Relative)
                {
                    var offsets = Edges.Inset(s, content.Width, content.Height);
                    bx += Floats.Has(offsets.Left) ? offsets.Left : Floats.Or(-offsets.Right, 0);
                    by += Floats.Has(offsets.Top) ? offsets.Top : Floats.Or(-offsets.Bottom, 0);
                }

                var output = LayoutEngine.ComputeChild(ref tree, child, ChildInput(content.Width, margin));
                LayoutEngine.Place(ref tree, child, bx, by, output, margin, content.Width);
            }
        }
        finally
        {
            t_depth--;
        }
    }

    private static bool IsInFlow(in LayoutStyle s) => s.Display != Display.None && !s.IsOutOfFlow && !s.IsFloating;

    /// <summary>Each in-flow child's margin box and baseline, laid out as an atomic inline in <paramref name="width"/>.</summary>
    private static void Fill<TTree>(ref TTree tree, int node, float width, InlinePlaceholders placeholders)
        where TTree : struct, ILayoutTree
    {
        var count = tree.ChildCount(node);
        var inFlow = 0;
        for (var i = 0; i < count; i++)
        {
            inFlow += IsInFlow(tree.Style(tree.GetChild(node, i))) ? 1 : 0;
        }

        placeholders.Reset(inFlow);
        var k = 0;
        for (var i = 0; i < count; i++)
        {
            var child = tree.GetChild(node, i);
            ref readonly var s = ref tree.Style(child);
            if (!IsInFlow(s))
            {
                continue;
            }

            // Percentages of an intrinsic-size question resolve against nothing (0), as for floats' margins.
            var margin = Edges.Margin(s, float.IsFinite(width) ? width : 0);
            var output = LayoutEngine.ComputeChild(ref tree, child, ChildInput(width, margin));
            var height = output.Height + margin.Vertical;
            var own = s.Display == Display.InlineBlock ? output.LastBaseline : output.Baseline;
            var baseline = Floats.Has(own) && !s.IsScrollContainer ? margin.Top + own : height;
            placeholders.Set(k++, output.Width + margin.Horizontal, height, baseline);
        }
    }

    /// <summary>As <see cref="InlineLayout"/> asks an atomic inline: a full layout (it yields the baseline), shrink-to-fit in the width.</summary>
    private static LayoutInput ChildInput(float width, Edges margin) =>
        new(Size2.None, new Size2(float.IsFinite(width) ? width : float.NaN, float.NaN), new Size2(AvailableSpace.Sub(width, margin.Horizontal), AvailableSpace.MaxContent), RunMode.PerformLayout, SizingMode.InherentSize);

    /// <summary>The placeholder set of this nesting level (a child's layout may measure another mixed paragraph).</summary>
    private static InlinePlaceholders Rent()
    {
        var pool = t_pool ??= [];
        if (pool.Count == t_depth)
        {
            pool.Add(new InlinePlaceholders());
        }

        return pool[t_depth++];
    }
}
