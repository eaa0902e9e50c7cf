using System;

namespace Sparrow.Layout;

/// <summary>
/// An inline formatting context (CSS 2 §9.4.2, §10.8) for a run of inline-level children of a block
/// container: atomic inline boxes (inline-block, inline-flex, measured leaves such as text runs and
/// images) placed left to right in line boxes, broken when the next box would overflow the line,
/// aligned by text-align and vertical-align. The run forms the anonymous block box CSS 2 §9.2.1.1 wraps
/// around inline content that sits between block boxes.
/// Not modelled: the strut of the container's font (fixtures use font-size: 0; the Text stage will
/// supply it through measure), non-atomic inline boxes spanning lines, and justification.
/// </summary>
internal static class InlineLayout
{
    /// <summary>
    /// Lays out children [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="node"/> as
    /// lines from <paramref name="top"/> (border-box relative), inside a content box of size
    /// <paramref name="inner"/> starting at <paramref name="left"/>. Returns the run's height and
    /// sets <paramref name="firstBaseline"/> and <paramref name="lastBaseline"/> to the first and last
    /// lines' baselines (NaN if there is no line).
    /// </summary>
    public static float Layout<TTree>(ref TTree tree, int node, int start, int end, float left, float top, Size2 inner, RunMode mode, out float firstBaseline, out float lastBaseline, ref BlockFlow flow)
        where TTree : struct, ILayoutTree
    {
        var align = tree.Style(node).TextAlign switch
        {
            TextAlign.Center => 0.5f,
            TextAlign.Right => 1f,
            _ => 0f,
        };
        firstBaseline = float.NaN;
        lastBaseline = float.NaN;

        // white-space: nowrap leaves no soft wrap opportunity between the boxes (css-text-3 §5.1): one line,
        // overflowing if it must. Beside floats the line still moves down until its first box fits.
        var noWrap = tree.Style(node).NoWrap;
        var y = top;
        var i = start;
        while (i < end)
        {
            var (lineLeft, available, narrowed) = LineBand(left, inner.Width, y);

            // Collect one line: at least one box, then as many as fit (CSS 2 §9.4.2).
            var lineWidth = 0f;
            var lineEnd = i;
            var boxes = 0;
            var firstDeferred = -1;
            for (; lineEnd < end; lineEnd++)
            {
                var child = tree.GetChild(node, lineEnd);
                ref readonly var s = ref tree.Style(child);
                if (s.Display == Display.None || s.IsOutOfFlow)
                {
                    continue;
                }

                if (s.IsFloating)
                {
                    // CSS 2 §9.5.1 rule 6 and Chromium: a float met inside a line goes at the line's top when it
                    // fits beside what the line holds so far, and the line is shortened; otherwise it goes below
                    // the line, and so do the floats after it (rule 2 keeps their order).
                    if (firstDeferred < 0 && (boxes == 0 || lineWidth + FloatOuterWidth(ref tree, child, s, inner) <= available + 0.01f))
                    {
                        BlockLayout.LayoutFloat(ref tree, child, s, mode, new Edges(left, 0, 0, 0), inner, y, ref flow);
                        (lineLeft, available, narrowed) = LineBand(left, inner.Width, y);
                    }
                    else
                    {
                        firstDeferred = firstDeferred < 0 ? lineEnd : firstDeferred;
                    }

                    continue;
                }

                var outer = Measure(ref tree, child, inner, out _, out _).Width;
                if ((boxes > 0 ? !noWrap : narrowed) && lineWidth + outer > available + 0.01f)
                {
                    break;
                }

                lineWidth += outer;
                boxes++;
            }

            if (boxes == 0 && lineEnd < end)
            {
                // "If a shortened line box is too small to contain any content, then the line box is shifted
                // downward … until some content fits or there are no more floats present." Floats met before
                // the first box are placed already: the next try starts after them.
                i = SkipPlacedFloats(ref tree, node, i, lineEnd);
                y = LayoutScratch.Current.Floats.NextBottom(LayoutScratch.Current.Floats.OffsetY + y) - LayoutScratch.Current.Floats.OffsetY;
                continue;
            }

            if (boxes == 0)
            {
                if (mode == RunMode.PerformLayout)
                {
                    PlaceOutOfFlow(ref tree, node, i, lineEnd, left, y);
                }

                break;
            }

            y += LayoutLine(ref tree, node, i, lineEnd, lineLeft + (Math.Max(available - lineWidth, 0) * align), y, inner, mode, ref firstBaseline, ref lastBaseline, ref flow.ContentRight);
            for (var f = firstDeferred; f >= 0 && f < lineEnd; f++)
            {
                var child = tree.GetChild(node, f);
                ref readonly var s = ref tree.Style(child);
                if (s.IsFloating && s.Display != Display.None)
                {
                    BlockLayout.LayoutFloat(ref tree, child, s, mode, new Edges(left, 0, 0, 0), inner, y, ref flow);
                }
            }

            i = lineEnd;
        }

        return y - top;
    }

    /// <summary>
    /// CSS 2 §9.5: "line boxes created next to the float are shortened to make room for the margin box of the
    /// float". The band is taken at the line's top. Returns the line's left edge and width in the container.
    /// </summary>
    private static (float Left, float Width, bool Narrowed) LineBand(float left, float width, float y)
    {
        var floats = LayoutScratch.Current.Floats;
        var lineLeft = floats.OffsetX + left;
        var lineRight = lineLeft + width;
        var narrowed = floats.Band(floats.OffsetY + y, 0, ref lineLeft, ref lineRight);
        return (lineLeft - floats.OffsetX, lineRight - lineLeft, narrowed);
    }

    /// <summary>A float's margin box width, as <see cref="BlockLayout.LayoutFloat"/> will size it.</summary>
    private static float FloatOuterWidth<TTree>(ref TTree tree, int child, in LayoutStyle s, Size2 inner)
        where TTree : struct, ILayoutTree
    {
        var margin = Edges.Margin(s, inner.Width);
        var input = new LayoutInput(Size2.None, inner, new Size2(inner.Width - margin.Horizontal, AvailableSpace.MaxContent), RunMode.ComputeSize, SizingMode.InherentSize);
        return LayoutEngine.ComputeChild(ref tree, child, input).Width + margin.Horizontal;
    }

    /// <summary>The first index after the floats already placed in [<paramref name="start"/>, <paramref name="end"/>).</summary>
    private static int SkipPlacedFloats<TTree>(ref TTree tree, int node, int start, int end)
        where TTree : struct, ILayoutTree
    {
        var next = start;
        for (var i = start; i < end; i++)
        {
            if (tree.Style(tree.GetChild(node, i)).IsFloating)
            {
                next = i + 1;
            }
        }

        return next;
    }

    /// <summary>
    /// One line box (CSS 2 §10.8): baseline-aligned boxes share a baseline; the line is as tall as the
    /// highest ascent plus the deepest descent; top- and bottom-aligned boxes then stretch it if taller,
    /// growing it upwards (bottom) or downwards (top), as Chromium's line layout does.
    /// </summary>
    private static float LayoutLine<TTree>(ref TTree tree, int node, int start, int end, float x, float top, Size2 inner, RunMode mode, ref float firstBaseline, ref float lastBaseline, ref float contentRight)
        where TTree : struct, ILayoutTree
    {
        var ascent = 0f;
        var descent = 0f;
        // Pass 0: baseline and middle boxes; pass 1: bottom boxes; pass 2: top boxes. Chromium settles
        // bottom-aligned boxes before top-aligned ones (fixture vertical_align_top_and_bottom_together).
        for (var pass = 0; pass < 3; pass++)
        {
            for (var i = start; i < end; i++)
            {
                var child = tree.GetChild(node, i);
                ref readonly var s = ref tree.Style(child);
                if (s.Display == Display.None || s.IsOutOfFlow || s.IsFloating)
                {
                    continue;
                }

                var outer = Measure(ref tree, child, inner, out var baseline, out _);
                switch (s.VerticalAlign)
                {
                    case VerticalAlign.Baseline when pass == 0:
                        ascent = Math.Max(ascent, baseline);
                        descent = Math.Max(descent, outer.Height - baseline);
                        break;
                    case VerticalAlign.Middle when pass == 0:
                        // "the vertical midpoint of the box with the baseline of the parent box plus half the
                        // x-height of the parent": the parent's x-height is 0 without a font.
                        ascent = Math.Max(ascent, outer.Height / 2);
                        descent = Math.Max(descent, outer.Height / 2);
                        break;
                    case VerticalAlign.Top when pass == 2:
                        descent = Math.Max(descent, outer.Height - ascent);
                        break;
                    case VerticalAlign.Bottom when pass == 1:
                        ascent = Math.Max(ascent, outer.Height - descent);
                        break;
                }
            }
        }

        var lineHeight = ascent + descent;
        var baselineY = top + ascent;
        if (float.IsNaN(firstBaseline))
        {
            firstBaseline = baselineY;
        }

        lastBaseline = baselineY;

        for (var i = start; i < end; i++)
        {
            var child = tree.GetChild(node, i);
            ref readonly var s = ref tree.Style(child);
            if (s.Display == Display.None || s.IsFloating)
            {
                continue;
            }

            if (s.IsOutOfFlow)
            {
                if (mode == RunMode.PerformLayout)
                {
                    tree.Edges(child).StaticX = x;
                    tree.Edges(child).StaticY = top;
                }

                continue;
            }

            var outer = Measure(ref tree, child, inner, out var baseline, out var margin);
            var outerTop = s.VerticalAlign switch
            {
                VerticalAlign.Top => top,
                VerticalAlign.Bottom => top + lineHeight - outer.Height,
                VerticalAlign.Middle => baselineY - (outer.Height / 2),
                _ => baselineY - baseline,
            };
            var bx = x + margin.Left;
            var by = outerTop + margin.Top;
            if (s.Position == Position.Relative)
            {
                var offsets = Edges.Inset(s, inner.Width, inner.Height);
                bx += Floats.Has(offsets.Left) ? offsets.Left : Floats.Or(-offsets.Right, 0);
                by += Floats.Has(offsets.Top) ? offsets.Top : Floats.Or(-offsets.Bottom, 0);
            }

            if (mode == RunMode.PerformLayout)
            {
                var output = LayoutEngine.ComputeChild(ref tree, child, Input(inner, margin, RunMode.PerformLayout));
                LayoutEngine.Place(ref tree, child, bx, by, output, margin, inner.Width);
            }

            x += outer.Width;
            contentRight = Math.Max(contentRight, x);
        }

        return lineHeight;
    }

    /// <summary>
    /// An atomic inline's margin box and the distance from its top to its baseline: "the baseline of an
    /// inline-block is the baseline of its last line box in the normal flow, unless it has either no
    /// in-flow line boxes or if its overflow property has a computed value other than visible, in which
    /// case the baseline is the bottom margin edge" (CSS 2 §10.8.1). Other atomic inlines (inline-flex,
    /// text) use their first baseline (css-align-3 §9.1).
    /// </summary>
    private static Size2 Measure<TTree>(ref TTree tree, int child, Size2 inner, out float baseline, out Edges margin)
        where TTree : struct, ILayoutTree
    {
        ref readonly var s = ref tree.Style(child);
        margin = Edges.Margin(s, inner.Width);
        // A full layout, not a size-only pass: only it yields the baseline, and the placement below asks
        // again with the same input, which the cache then answers.
        var output = LayoutEngine.ComputeChild(ref tree, child, Input(inner, margin, RunMode.PerformLayout));
        var outer = new Size2(output.Width + margin.Horizontal, output.Height + margin.Vertical);
        var own = s.Display == Display.InlineBlock ? output.LastBaseline : output.Baseline;
        baseline = Floats.Has(own) && !s.IsScrollContainer ? margin.Top + own : outer.Height;
        return outer;
    }

    private static LayoutInput Input(Size2 inner, Edges margin, RunMode mode) =>
        new(Size2.None, inner, new Size2(inner.Width - margin.Horizontal, AvailableSpace.MaxContent), mode, SizingMode.InherentSize);

    private static void PlaceOutOfFlow<TTree>(ref TTree tree, int node, int start, int end, float x, float y)
        where TTree : struct, ILayoutTree
    {
        for (var i = start; i < end; i++)
        {
            var child = tree.GetChild(node, i);
            if (tree.Style(child).IsOutOfFlow)
            {
                tree.Edges(child).StaticX = x;
                tree.Edges(child).StaticY = y;
            }
        }
    }
}
