using System;
using System.Collections.Generic;
using Sparrow.Core;
using Sparrow.Css;
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
/// and the embedder's node queries report their union, so both agree. An element with margins, borders
/// or padding is one of the paragraph's inline boxes with edges (<see cref="TextLayout.InlineBoxFragments"/>):
/// its fragments are border boxes (<see cref="CollectBordered"/>).
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
                added += Flush(store, layout, current, left, right, ascent, descent, element, leafElement, into);
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

        added += Flush(store, layout, current, left, right, ascent, descent, element, leafElement, into);
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

    private static int Flush(NodeStore store, TextLayout layout, int line, float left, float right, float ascent, float descent, int element, int leafElement, List<Rect> into)
    {
        if (line < 0)
        {
            return 0;
        }

        // Inline boxes with edges inside the element take room in its content: their edges are covered too.
        foreach (var f in layout.InlineBoxFragments)
        {
            if (f.Line == line && f.Tag != element && Inside(store, f.Tag, element, leafElement))
            {
                left = Math.Min(left, f.OuterLeft);
                right = Math.Max(right, f.OuterRight);
            }
        }

        var baseline = layout.Lines[line].Baseline;
        into.Add(new Rect(left, baseline - ascent, Math.Max(0, right - left), ascent + descent));
        return 1;
    }

    /// <summary>
    /// Appends to <paramref name="into"/> the border boxes of <paramref name="element"/>'s fragments when it is
    /// one of <paramref name="layout"/>'s inline boxes with edges (<see cref="TextLayout.InlineBoxFragments"/>),
    /// and to <paramref name="sides"/> (when given) the Text stage's fragment of each: from the content area on
    /// the line, outward by the padding and border on the top and bottom of every fragment, on the left of the
    /// first only and on the right of the last only (css-break-3 <c>box-decoration-break: slice</c>). In px
    /// relative to the leaf's content box. Returns how many were appended; 0 when the element has no edges there.
    /// </summary>
    public static int CollectBordered(ComputedStyleStore styles, TextLayout layout, int element, List<Rect> into, List<InlineBoxFragment>? sides = null)
    {
        ArgumentNullException.ThrowIfNull(styles);
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(into);
        var fragments = layout.InlineBoxFragments;
        var added = 0;
        for (var i = 0; i < fragments.Count; i++)
        {
            var f = fragments[i];
            if (f.Tag != element)
            {
                continue;
            }

            var top = Px(styles, CssProperties.PaddingTop, element) + Px(styles, CssProperties.BorderTopWidth, element);
            var bottom = Px(styles, CssProperties.PaddingBottom, element) + Px(styles, CssProperties.BorderBottomWidth, element);
            var left = f.First ? Px(styles, CssProperties.PaddingLeft, element) + Px(styles, CssProperties.BorderLeftWidth, element) : 0;
            var right = f.Last ? Px(styles, CssProperties.PaddingRight, element) + Px(styles, CssProperties.BorderRightWidth, element) : 0;
            into.Add(new Rect(f.Left - left, f.Top - top, f.Right + right - (f.Left - left), f.Bottom + bottom - (f.Top - top)));
            sides?.Add(f);
            added++;
        }

        return added;
    }

    /// <summary>A computed length in px (the Css stage zeroes the width of a border whose style is none).</summary>
    internal static float Px(ComputedStyleStore styles, CssProperty property, int node)
    {
        var value = styles.Get(property, node);
        return value.Kind is CssValueKind.Dimension or CssValueKind.Number && float.IsFinite(value.Number) ? Math.Max(0, value.Number) : 0;
    }
}
