using System;
using System.Collections.Generic;
using Sparrow.Core;
using Sparrow.Css;
using Sparrow.Dom;
using Sparrow.Scene;
using Sparrow.Text;

namespace Sparrow.Paint;

/// <summary>
/// Backgrounds and borders of inline elements inside a paragraph (CSS 2.1 Appendix E 7.2.1.4.1: per line
/// box, each inline box's background and borders before its text): one rectangle per fragment
/// (<see cref="InlineFragments"/>), outer elements before the elements inside them, under the paragraph's
/// glyphs and decorations. As <c>box-decoration-break: slice</c>: the element's border radii round only the
/// left corners of its first fragment and the right corners of its last, its left border is drawn on the
/// first fragment only, its right border on the last only, top and bottom borders on every fragment.
/// </summary>
public sealed partial class Painter
{
    private readonly List<int> _inlineBoxes = [];
    private readonly List<Rect> _fragments = [];
    private readonly List<InlineBoxFragment> _fragmentSides = [];

    private void PaintInlineBackgrounds<TTree>(in TTree tree, TextLayout layout, int node, int element, float ox, float oy)
        where TTree : struct, IPaintTree
    {
        CollectInlineBoxes(tree, layout, node, element);
        foreach (var d in _inlineBoxes)
        {
            var background = Style(CssProperties.BackgroundColor, d).Color;
            if (!Style(CssProperties.Visibility, d).IsKeyword("visible"))
            {
                continue;
            }

            _fragments.Clear();
            _fragmentSides.Clear();
            if (InlineFragments.CollectBordered(_styles, layout, d, _fragments, _fragmentSides) > 0)
            {
                PaintBorderedFragments(d, background, ox, oy);
                continue;
            }

            var count = InlineFragments.Collect(tree, _store, layout, node, element, d, _context.DevicePixelRatio, _fragments);
            for (var i = 0; i < count; i++)
            {
                var f = _fragments[i];
                var rect = SnapFragment(ox + f.X, oy + f.Y, f.Width, f.Height);
                if (rect.IsEmpty)
                {
                    continue;
                }

                var radii = RadiiOf(d, rect);
                if (i > 0)
                {
                    radii.TopLeft = radii.TopLeftY = radii.BottomLeft = radii.BottomLeftY = 0;
                }

                if (i < count - 1)
                {
                    radii.TopRight = radii.TopRightY = radii.BottomRight = radii.BottomRightY = 0;
                }

                _builder.AddQuad(Quad.Fill(rect, background, radii));
            }
        }
    }

    /// <summary>The fragments of an inline box with edges (in <c>_fragments</c>, <c>_fragmentSides</c>): background and sliced borders.</summary>
    private void PaintBorderedFragments(int d, Color background, float ox, float oy)
    {
        var top = SnapWidth(InlineFragments.Px(_styles, CssProperties.BorderTopWidth, d));
        var right = SnapWidth(InlineFragments.Px(_styles, CssProperties.BorderRightWidth, d));
        var bottom = SnapWidth(InlineFragments.Px(_styles, CssProperties.BorderBottomWidth, d));
        var left = SnapWidth(InlineFragments.Px(_styles, CssProperties.BorderLeftWidth, d));
        for (var i = 0; i < _fragments.Count; i++)
        {
            var f = _fragments[i];
            var side = _fragmentSides[i];
            var rect = SnapFragment(ox + f.X, oy + f.Y, f.Width, f.Height);
            if (rect.IsEmpty)
            {
                continue;
            }

            var radii = RadiiOf(d, rect);
            if (!side.First)
            {
                radii.TopLeft = radii.TopLeftY = radii.BottomLeft = radii.BottomLeftY = 0;
            }

            if (!side.Last)
            {
                radii.TopRight = radii.TopRightY = radii.BottomRight = radii.BottomRightY = 0;
            }

            var widths = new BorderWidths(top, side.Last ? right : 0, bottom, side.First ? left : 0);
            var quad = BorderQuad(d, rect, widths, radii);
            if (!background.IsTransparent || !widths.IsZero)
            {
                quad.Background = background;
                _builder.AddQuad(quad);
            }
        }
    }

    /// <summary>A fragment with its edges on whole device pixels, as Blink pixel-snaps an inline box's background.</summary>
    private Rect SnapFragment(float x, float y, float width, float height)
    {
        var r = _context.DevicePixelRatio;
        var left = MathF.Round(x * r) / r;
        var top = MathF.Round(y * r) / r;
        var right = MathF.Round((x + width) * r) / r;
        var bottom = MathF.Round((y + height) * r) / r;
        return new Rect(left, top, right - left, bottom - top);
    }

    /// <summary>
    /// Fills <c>_inlineBoxes</c> with the elements between the runs' span elements and the leaf's element
    /// that have a background color or edges (margin, border, padding) to paint, each once, every element before those inside it.
    /// </summary>
    private void CollectInlineBoxes<TTree>(in TTree tree, TextLayout layout, int node, int element)
        where TTree : struct, IPaintTree
    {
        _inlineBoxes.Clear();
        var runs = layout.GlyphRuns;
        for (var r = 0; r < runs.Count; r++)
        {
            var span = SpanElementOf(tree, node, runs[r], element);
            var insertAt = _inlineBoxes.Count;
            for (var d = span; d >= 0 && d != element && d != _root; d = _store.Parent[d])
            {
                if (_store.Kind[d] != NodeKind.Element || (Style(CssProperties.BackgroundColor, d).Color.IsTransparent && !HasEdgeFragments(layout, d)))
                {
                    continue;
                }

                if (_inlineBoxes.Contains(d))
                {
                    // Already listed, after its own ancestors: what this run added inside it is at the end.
                    break;
                }

                _inlineBoxes.Insert(insertAt, d);
            }
        }

        // Inline boxes with edges but no text of their own (empty ones) have no run to be found from.
        foreach (var f in layout.InlineBoxFragments)
        {
            if (!_inlineBoxes.Contains(f.Tag))
            {
                _inlineBoxes.Add(f.Tag);
            }
        }
    }

    private static bool HasEdgeFragments(TextLayout layout, int element)
    {
        foreach (var f in layout.InlineBoxFragments)
        {
            if (f.Tag == element)
            {
                return true;
            }
        }

        return false;
    }
}
