using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Sparrow.Css;
using Sparrow.Text;

namespace Sparrow.Host.Rendering;

/// <summary>
/// Inline elements with margins, borders or padding inside a paragraph: each is an inline box with start and
/// end edges in the Text stage (<see cref="StyledInlineBox"/>), so it wraps with the text; what hit-testing
/// needs of its fragments is kept per leaf.
/// </summary>
public sealed partial class BoxTreeStore
{
    /// <summary>The absorbed inline elements with edges (margin, border, padding) of the paragraph being collected, in document order.</summary>
    private readonly List<EdgeBox> _edgeBoxes = [];
    private int _openEdgeBox = -1;

    /// <summary>Per text leaf with inline boxes with edges: each box's element, spans and padding + border per side, for hit-testing.</summary>
    private readonly Dictionary<int, EdgeBoxHit[]> _edgeHits = [];

    /// <summary>An absorbed inline element with edges: its runs [FirstRun, EndRun) and the enclosing such box (-1 for none).</summary>
    private readonly record struct EdgeBox(int Element, int FirstRun, int EndRun, int Parent);

    private static readonly CssProperty[] EdgeLengths =
    [
        CssProperties.MarginTop, CssProperties.MarginRight, CssProperties.MarginBottom, CssProperties.MarginLeft,
        CssProperties.PaddingTop, CssProperties.PaddingRight, CssProperties.PaddingBottom, CssProperties.PaddingLeft,
        CssProperties.BorderTopWidth, CssProperties.BorderRightWidth, CssProperties.BorderBottomWidth, CssProperties.BorderLeftWidth,
    ];

    /// <summary>Whether every margin, padding and border width of <paramref name="node"/> is zero or a length in px.</summary>
    private static bool EdgesInPx(ComputedStyleStore styles, int node)
    {
        foreach (var property in EdgeLengths)
        {
            var value = styles.Get(property, node);
            if (!IsZero(value) && value.Kind is not (CssValueKind.Dimension or CssValueKind.Number))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="node"/> has any margin, border or padding (which its fragments paint or its lines make room for).</summary>
    private static bool HasInlineEdges(ComputedStyleStore styles, int node)
    {
        for (var i = 0; i < 8; i++)
        {
            if (!IsZero(styles.Get(EdgeLengths[i], node)))
            {
                return true;
            }
        }

        return HasBorder(styles, CssProperties.BorderTopStyle, CssProperties.BorderTopWidth, node)
            || HasBorder(styles, CssProperties.BorderRightStyle, CssProperties.BorderRightWidth, node)
            || HasBorder(styles, CssProperties.BorderBottomStyle, CssProperties.BorderBottomWidth, node)
            || HasBorder(styles, CssProperties.BorderLeftStyle, CssProperties.BorderLeftWidth, node);
    }

    /// <summary>
    /// <paramref name="content"/> with the collected inline boxes with edges: start edge = margin-left +
    /// border-left + padding-left, end edge the right ones (left to right text), in px. A negative margin
    /// that would make an edge negative is clamped: the edge is then zero (Chromium lets the box overlap
    /// what precedes it; the Text stage takes only non-negative room). Vertical margins are ignored and
    /// vertical padding and borders only paint (CSS 2 §10.6.1).
    /// </summary>
    private StyledText WithEdgeBoxes(StyledText content, ComputedStyleStore styles)
    {
        if (_edgeBoxes.Count == 0)
        {
            return content;
        }

        var boxes = ImmutableArray.CreateBuilder<StyledInlineBox>(_edgeBoxes.Count);
        foreach (var b in _edgeBoxes)
        {
            var e = b.Element;
            var start = Px(styles, CssProperties.MarginLeft, e) + Px(styles, CssProperties.PaddingLeft, e)
                + (HasBorder(styles, CssProperties.BorderLeftStyle, CssProperties.BorderLeftWidth, e) ? Px(styles, CssProperties.BorderLeftWidth, e) : 0);
            var end = Px(styles, CssProperties.MarginRight, e) + Px(styles, CssProperties.PaddingRight, e)
                + (HasBorder(styles, CssProperties.BorderRightStyle, CssProperties.BorderRightWidth, e) ? Px(styles, CssProperties.BorderRightWidth, e) : 0);
            boxes.Add(new StyledInlineBox(b.FirstRun, b.EndRun, Math.Max(0, start), Math.Max(0, end), b.Parent, TextStyleAdapter.ToTextStyle(styles, e, _fonts), e));
        }

        return content.WithInlineBoxes(boxes.MoveToImmutable());
    }

    private static float Px(ComputedStyleStore styles, CssProperty property, int node)
    {
        var value = styles.Get(property, node);
        return value.Kind is CssValueKind.Dimension or CssValueKind.Number && float.IsFinite(value.Number) ? value.Number : 0;
    }

    /// <summary>An inline box with edges as hit-testing sees it: element, spans [FirstSpan, EndSpan), padding + border per side.</summary>
    private readonly record struct EdgeBoxHit(int Element, int FirstSpan, int EndSpan, float Top, float Right, float Bottom, float Left);

    private void KeepEdgeHits(int node, ComputedStyleStore styles)
    {
        if (_edgeBoxes.Count == 0)
        {
            _edgeHits.Remove(node);
            return;
        }

        var hits = new EdgeBoxHit[_edgeBoxes.Count];
        for (var i = 0; i < hits.Length; i++)
        {
            var b = _edgeBoxes[i];
            var e = b.Element;
            hits[i] = new EdgeBoxHit(
                e,
                b.FirstRun,
                b.EndRun,
                Px(styles, CssProperties.PaddingTop, e) + Px(styles, CssProperties.BorderTopWidth, e),
                Px(styles, CssProperties.PaddingRight, e) + Px(styles, CssProperties.BorderRightWidth, e),
                Px(styles, CssProperties.PaddingBottom, e) + Px(styles, CssProperties.BorderBottomWidth, e),
                Px(styles, CssProperties.PaddingLeft, e) + Px(styles, CssProperties.BorderLeftWidth, e));
        }

        _edgeHits[node] = hits;
    }

    /// <summary>
    /// <paramref name="found"/> (the element of the span under the point, or the leaf), unless the point is on the
    /// border box of an inline box with edges (<see cref="TextLayout.InlineBoxFragments"/>, outward by padding and
    /// border as Paint draws it) that does not hold that span: then the innermost such box's element. So a point
    /// on a padded text's padding or border finds the text, not the paragraph. x, y relative to the leaf's border box.
    /// </summary>
    private int EdgeBoxAt(int leaf, float x, float y, int span, int found)
    {
        if (!_edgeHits.TryGetValue(leaf, out var hits) || (uint)leaf >= (uint)TextLayouts.Length || TextLayouts[leaf] is not { } layout)
        {
            return found;
        }

        ref readonly var box = ref Edges[leaf];
        var lx = x - box.BorderLeft - box.PaddingLeft;
        var ly = y - box.BorderTop - box.PaddingTop;
        var best = -1;
        foreach (var f in layout.InlineBoxFragments)
        {
            if ((uint)f.Box >= (uint)hits.Length || f.Box <= best)
            {
                continue;
            }

            var h = hits[f.Box];
            var left = f.Left - (f.First ? h.Left : 0);
            var right = f.Right + (f.Last ? h.Right : 0);
            if (lx >= left && lx < right && ly >= f.Top - h.Top && ly < f.Bottom + h.Bottom)
            {
                best = f.Box;
            }
        }

        return best < 0 || (span >= hits[best].FirstSpan && span < hits[best].EndSpan) ? found : hits[best].Element;
    }
}
