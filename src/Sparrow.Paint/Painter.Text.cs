using System;
using System.Collections.Generic;
using Sparrow.Core;
using Sparrow.Css;
using Sparrow.Dom;
using Sparrow.Scene;
using Sparrow.Text;

namespace Sparrow.Paint;

/// <summary>
/// Text: glyph sprites from a leaf's <see cref="TextLayout"/>, placed from its content box, each glyph
/// run in the computed color of its span's element (<see cref="IPaintTree.SpanElement"/>; the leaf's
/// element for one-style text), with text decorations (css-text-decor-3) as thin quads —
/// underlines and overlines before the glyphs, line-throughs after (CSS 2.1 Appendix E 7.2.1.4.1).
/// Glyphs are rasterised at their device size and subpixel bin and cached in the atlases by the Text
/// stage's <see cref="GlyphKey"/>; their bearings are kept here, since atlases keep pixels only.
/// </summary>
public sealed partial class Painter
{
    /// <summary>Glyph placements beyond which the cache starts over (a page uses a few thousand).</summary>
    private const int MaxGlyphPlacements = 65536;

    private readonly Dictionary<ulong, GlyphPlacement> _placements = [];

    private void PaintText<TTree>(in TTree tree, int node)
        where TTree : struct, IPaintTree
    {
        var layout = tree.Text(node);
        if (layout is null)
        {
            return;
        }

        ref readonly var box = ref tree.Box(node);
        ref readonly var edges = ref tree.BoxEdges(node);
        var ox = _x[node] + edges.BorderLeft + edges.PaddingLeft;
        var oy = _y[node] + edges.BorderTop + edges.PaddingTop;
        var bounds = new Rect(ox, oy, Math.Max(layout.Width, box.Width), Math.Max(layout.Height, box.Height));
        var element = ElementOf(node);
        var fontSize = FontSize(element);

        // Glyphs overhang their layout box (ascenders above a tight line-height, italics): a font size of slack.
        if (!OnTarget(Inflate(bounds, fontSize)))
        {
            _statCulled++;
            return;
        }

        var color = Style(CssProperties.ColorProperty, element).Color;
        var runs = layout.GlyphRuns;
        var ascent = runs.Count > 0 ? runs[0].Face.Face.Metrics.At(runs[0].FontSize).Ascent : fontSize * 0.8f;
        PaintInlineBackgrounds(tree, layout, node, element, ox, oy);
        PaintDecorations(layout, node, ox, oy, ascent, lineThrough: false);
        PaintSpanDecorations(tree, layout, node, element, ox, oy, lineThrough: false);
        for (var r = 0; r < runs.Count; r++)
        {
            // A span paints in its own element's color (css-color-4 §3: color inherits into the inline box).
            var span = SpanElementOf(tree, node, runs[r], element);
            if (span == element)
            {
                PaintRun(runs[r], ox, oy, color);
            }
            else if (Style(CssProperties.Visibility, span).IsKeyword("visible"))
            {
                PaintRun(runs[r], ox, oy, Style(CssProperties.ColorProperty, span).Color);
            }
        }

        PaintDecorations(layout, node, ox, oy, ascent, lineThrough: true);
        PaintSpanDecorations(tree, layout, node, element, ox, oy, lineThrough: true);
    }

    /// <summary>The element whose style paints <paramref name="run"/>: its span's (<see cref="IPaintTree.SpanElement"/>), else the leaf's.</summary>
    private static int SpanElementOf<TTree>(in TTree tree, int node, GlyphRun run, int element)
        where TTree : struct, IPaintTree
    {
        var span = run.StyleIndex < 0 ? -1 : tree.SpanElement(node, run.StyleIndex);
        return span < 0 ? element : span;
    }

    private void PaintRun(GlyphRun run, float ox, float oy, Color color)
    {
        // Place glyphs in device pixels when the current transform allows it (a uniform scale and a
        // translation: the device pixel ratio, the scroll, translate()): whole pixels vertically and
        // the rasteriser's subpixel bins horizontally, as Skia does. Otherwise, rasterise at the
        // device pixel ratio and let the transform scale the sprites.
        var m = _builder.Transform;
        var snap = m.M12 == 0 && m.M21 == 0 && m.M11 > 0 && m.M11 == m.M22;
        var scale = snap ? m.M11 : _context.DevicePixelRatio;
        var tx = snap ? m.M31 : 0;
        var ty = snap ? m.M32 : 0;
        var isColorFont = run.Face.Face.IsColorBitmapFont;
        var size = run.FontSize * scale;

        // Chromium hints glyphs only at a device scale factor of 1 (GlyphRasterizer).
        var hinted = _context.DevicePixelRatio <= 1;
        var glyphs = run.Glyphs.Span;
        var xs = run.X.Span;
        var ys = run.Y.Span;
        for (var i = 0; i < glyphs.Length; i++)
        {
            var dx = ((ox + xs[i]) * scale) + tx;
            var dy = MathF.Round(((oy + ys[i]) * scale) + ty, MidpointRounding.AwayFromZero);
            int px;
            var bin = 0;
            if (isColorFont)
            {
                // Bitmap glyphs are not positioned by subpixel (GlyphRasterizer: same image for each bin).
                px = (int)MathF.Round(dx, MidpointRounding.AwayFromZero);
            }
            else
            {
                bin = GlyphRasterizer.SubpixelBin(dx, out px);
            }

            var key = GlyphAtlasKey.Pack(GlyphKey.For(run.Face, glyphs[i], size, bin, hinted));
            if (!TryGlyph(run.Face, glyphs[i], size, bin, hinted, key, out var placement, out var tile))
            {
                continue;
            }

            var rect = new Rect((px + placement.Left - tx) / scale, (dy - placement.Top - ty) / scale, placement.Width / scale, placement.Height / scale);
            _statGlyphs++;
            if (placement.IsColor)
            {
                // Color glyphs keep their own colors; the text color's alpha still fades them.
                _builder.AddImage(ImageSprite.Create(rect, tile, color.A / 255f));
            }
            else if (!color.IsTransparent)
            {
                _builder.AddGlyph(GlyphSprite.Create(rect, tile, color));
            }
        }
    }

    /// <summary>The glyph's placement and atlas tile, rasterising and inserting it when the atlas lacks it. False for empty glyphs (spaces) and failures.</summary>
    private bool TryGlyph(FaceMatch face, uint glyph, float size, int bin, bool hinted, ulong key, out GlyphPlacement placement, out AtlasTile tile)
    {
        tile = default;
        if (_placements.TryGetValue(key, out placement))
        {
            if (placement.IsEmpty)
            {
                return false;
            }

            if ((placement.IsColor ? _colorAtlas : _glyphAtlas).TryGetTile(key, out tile))
            {
                RecordGlyphUse(key, placement.IsColor, tile);
                return true;
            }
        }

        // Not placed yet (or evicted from the atlas): rasterise. A tile another painter already put
        // in a shared atlas comes back from TryInsert as it is; only its bearings are new here.
        if (_rasterizer is null)
        {
            _statDropped++;
            return false;
        }

        var bitmap = _rasterizer.Rasterize(face, glyph, size, bin, hinted);
        _statRasterized++;
        var isColor = bitmap.Format == GlyphFormat.Rgba8Premultiplied;
        placement = new GlyphPlacement(bitmap.Left, bitmap.Top, bitmap.Width, bitmap.Height, isColor);
        if (_placements.Count >= MaxGlyphPlacements)
        {
            _placements.Clear();
        }

        _placements[key] = placement;
        if (bitmap.IsEmpty)
        {
            return false;
        }

        var bytes = bitmap.Width * (isColor ? 4 : 1);
        var pixels = bitmap.Stride == bytes ? bitmap.Pixels.AsSpan(0, bytes * bitmap.Height) : Repack(bitmap, bytes);
        if (!(isColor ? _colorAtlas : _glyphAtlas).TryInsert(key, bitmap.Width, bitmap.Height, pixels, out tile))
        {
            _statDropped++;
            return false;
        }

        RecordGlyphUse(key, isColor, tile);
        return true;
    }

    private static byte[] Repack(GlyphBitmap bitmap, int rowBytes)
    {
        var packed = new byte[rowBytes * bitmap.Height];
        for (var y = 0; y < bitmap.Height; y++)
        {
            bitmap.Pixels.AsSpan(y * bitmap.Stride, rowBytes).CopyTo(packed.AsSpan(y * rowBytes));
        }

        return packed;
    }

    /// <summary>
    /// The decorations reaching this text, from each decorating box (its own lines, color and style;
    /// css-text-decor-3 §2): per line box, across the line's content. Thickness and offsets are
    /// Blink's for text-decoration-thickness/-offset auto: thickness max(1, font-size / 10);
    /// underline a gap of ceil(thickness / 2) below the baseline; overline at the ascent;
    /// line-through centred a third of the ascent above the baseline.
    /// </summary>
    private void PaintDecorations(TextLayout layout, int node, float ox, float oy, float ascent, bool lineThrough)
    {
        for (var d = _deco[node]; d >= 0; d = _decoUp[d])
        {
            var lines = Style(CssProperties.TextDecorationLine, d).Text;
            if (lines is null)
            {
                continue;
            }

            var under = lines.Contains("underline", StringComparison.Ordinal);
            var over = lines.Contains("overline", StringComparison.Ordinal);
            var through = lines.Contains("line-through", StringComparison.Ordinal);
            if (lineThrough ? !through : !(under || over))
            {
                continue;
            }

            var colorValue = Style(CssProperties.TextDecorationColor, d);
            var color = colorValue.Kind == CssValueKind.Color ? colorValue.Color : Style(CssProperties.ColorProperty, d).Color;
            if (color.IsTransparent)
            {
                continue;
            }

            var style = DecorationStyle(d);
            var thickness = SnapWidth(Math.Max(1, FontSize(d) / 10));
            var lineList = layout.Lines;
            for (var l = 0; l < lineList.Count; l++)
            {
                var line = lineList[l];
                if (line.Width <= 0)
                {
                    continue;
                }

                var baseline = oy + line.Baseline;
                if (lineThrough)
                {
                    AddDecoration(ox + line.X, baseline - (ascent / 3) - (thickness / 2), line.Width, thickness, color, style);
                    continue;
                }

                if (under)
                {
                    AddDecoration(ox + line.X, baseline + MathF.Ceiling(thickness / 2), line.Width, thickness, color, style);
                }

                if (over)
                {
                    AddDecoration(ox + line.X, baseline - ascent, line.Width, thickness, color, style);
                }
            }
        }
    }

    /// <summary>
    /// Decorations of inline elements inside a paragraph (css-text-decor-3 §2: a decorating inline box
    /// decorates its own text): for each glyph run, every decorating element from the run's span
    /// element up to, not including, the leaf (whose own and inherited lines are whole-line, in
    /// <see cref="PaintDecorations"/>) draws over the run's extent (<see cref="TextRunExtent"/>), in
    /// that element's color, thickness and style, at the run's ascent.
    /// </summary>
    private void PaintSpanDecorations<TTree>(in TTree tree, TextLayout layout, int node, int element, float ox, float oy, bool lineThrough)
        where TTree : struct, IPaintTree
    {
        var runs = layout.GlyphRuns;
        var line = 0;
        for (var r = 0; r < runs.Count; r++)
        {
            var run = runs[r];
            var span = SpanElementOf(tree, node, run, element);
            if (span == element || !Style(CssProperties.Visibility, span).IsKeyword("visible"))
            {
                continue;
            }

            var (left, right) = TextRunExtent.Of(layout, r, ref line);
            var baseline = oy + layout.Lines[line].Baseline;
            var ascent = run.Face.Face.Metrics.At(run.FontSize).Ascent;
            for (var d = span; d >= 0 && d != element && d != _root; d = _store.Parent[d])
            {
                if (_store.Kind[d] == NodeKind.Element)
                {
                    PaintDecoration(d, ox + left, right - left, baseline, ascent, lineThrough);
                }
            }
        }
    }

    /// <summary>The lines of decorating box <paramref name="d"/> over [x, x + width) of one line.</summary>
    private void PaintDecoration(int d, float x, float width, float baseline, float ascent, bool lineThrough)
    {
        var lines = Style(CssProperties.TextDecorationLine, d);
        if (lines.Kind != CssValueKind.Raw || lines.Text is not { } names || width <= 0)
        {
            return;
        }

        var under = names.Contains("underline", StringComparison.Ordinal);
        var over = names.Contains("overline", StringComparison.Ordinal);
        var through = names.Contains("line-through", StringComparison.Ordinal);
        if (lineThrough ? !through : !(under || over))
        {
            return;
        }

        var colorValue = Style(CssProperties.TextDecorationColor, d);
        var color = colorValue.Kind == CssValueKind.Color ? colorValue.Color : Style(CssProperties.ColorProperty, d).Color;
        if (color.IsTransparent)
        {
            return;
        }

        var style = DecorationStyle(d);
        var thickness = SnapWidth(Math.Max(1, FontSize(d) / 10));
        if (lineThrough)
        {
            AddDecoration(x, baseline - (ascent / 3) - (thickness / 2), width, thickness, color, style);
            return;
        }

        if (under)
        {
            AddDecoration(x, baseline + MathF.Ceiling(thickness / 2), width, thickness, color, style);
        }

        if (over)
        {
            AddDecoration(x, baseline - ascent, width, thickness, color, style);
        }
    }

    private BorderStyle DecorationStyle(int d) => Style(CssProperties.TextDecorationStyle, d).Text switch
    {
        "dashed" => BorderStyle.Dashed,
        "dotted" => BorderStyle.Dotted,
        _ => BorderStyle.Solid,
    };

    private void AddDecoration(float x, float y, float width, float thickness, Color color, BorderStyle style)
    {
        // Whole device pixels vertically, so a 1 px line stays crisp.
        var dpr = _context.DevicePixelRatio;
        var top = MathF.Round(y * dpr, MidpointRounding.AwayFromZero) / dpr;
        var rect = new Rect(x, top, width, thickness);
        if (style == BorderStyle.Solid)
        {
            _builder.AddQuad(Quad.Fill(rect, color));
            return;
        }

        // Dashes and dots as the top border of a quad one line thick: the renderer's border pattern.
        var quad = Quad.Fill(rect, Color.Transparent);
        quad.BorderWidths = new BorderWidths(thickness, 0, 0, 0);
        quad.BorderTop = color;
        quad.BorderStyles = BorderStyles.Uniform(style);
        _builder.AddQuad(quad);
    }

    /// <summary>Where a rasterised glyph's pixels sit relative to its pen position (device pixels), and what kind of atlas holds them.</summary>
    private readonly record struct GlyphPlacement(int Left, int Top, int Width, int Height, bool IsColor)
    {
        public bool IsEmpty => Width == 0 || Height == 0;
    }
}
