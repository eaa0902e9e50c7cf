using System;
using System.Collections.Generic;
using Sparrow.Core;
using Sparrow.Dom;
using Sparrow.Text;

namespace Sparrow.Paint;

/// <summary>
/// The fragments of an inline element inside a paragraph (CSS 2 §9.4.2; css-break-3
/// <c>box-decoration-break: slice</c>): one rectangle per line box that holds any of its text. A
/// fragment runs horizontally over the extents (<see cref="TextRunExtent"/>) of the glyph runs whose
/// span element is the element or lies inside it, and vertically over the content area of the
/// element's font on that line: from the line's baseline up by the font's ascent and down by its
/// descent, as Chromium places an inline box's background. Paint draws inline backgrounds from these,
/// and the embedder's node queries report their union, so both agree.
/// </summary>
public static class InlineFragments
{
    /// <summary>
    /// Appends to <paramref name="into"/> the fragments of <paramref name="element"/> in the text leaf
    /// <paramref name="leaf"/>'s <paramref name="layout"/>, in line order, in px relative to the leaf's
    /// content box. <paramref name="leafElement"/> is the element whose style the leaf paints with
    /// (the walk from a span up stops there). Font metrics are rounded as Chromium rounds them at
    /// <paramref name="devicePixelRatio"/>. Returns how many were appended.
    /// </summary>
    public static int Collect<TTree>(in TTree tree, NodeStore store, TextLayout layout, int leaf, int leafElement, int element, float devicePixelRatio, List<Rect> into)
        where TTree : struct, IPaintTree
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(into);
        var runs = layout.GlyphRuns;
        var added = 0;
        var line = 0;
        var current = -1;
        float left = 0, right = 0, ascent = 0, descent = 0;
        var own = false;
        for (var r = 0; r < runs.Count; r++)
        {
            var run = runs[r];
            var span = run.StyleIndex < 0 ? -1 : tree.SpanElement(leaf, run.StyleIndex);
            if (run.Glyphs.Length == 0 || !Inside(store, span, element, leafElement))
            {
                continue;
            }

            var (l, rr) = TextRunExtent.Of(layout, r, ref line);
            var metrics = run.Face.Face.Metrics.At(run.FontSize, devicePixelRatio);
            if (line != current)
            {
                added += Flush(layout, current, left, right, ascent, descent, into);
                current = line;
                left = l;
                right = rr;
                ascent = metrics.Ascent;
                descent = metrics.Descent;
                own = span == element;
                continue;
            }

            left = Math.Min(left, l);
            right = Math.Max(right, rr);

            // The element's own font sets the content area; a run of a nested element only until one is met.
            if (span == element && !own)
            {
                ascent = metrics.Ascent;
                descent = metrics.Descent;
                own = true;
            }
        }

        added += Flush(layout, current, left, right, ascent, descent, into);
        return added;
    }

    /// <summary>Whether <paramref name="span"/> is <paramref name="element"/> or inside it, below <paramref name="leafElement"/>.</summary>
    public static bool Inside(NodeStore store, int span, int element, int leafElement)
    {
        ArgumentNullException.ThrowIfNull(store);
        for (var d = span; d >= 0 && d != leafElement; d = store.Parent[d])
        {
            if (d == element)
            {
                return true;
            }
        }

        return false;
    }

    private static int Flush(TextLayout layout, int line, float left, float right, float ascent, float descent, List<Rect> into)
    {
        if (line < 0)
        {
            return 0;
        }

        var baseline = layout.Lines[line].Baseline;
        into.Add(new Rect(left, baseline - ascent, Math.Max(0, right - left), ascent + descent));
        return 1;
    }
}
