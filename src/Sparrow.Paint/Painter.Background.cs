using System;
using System.Collections.Generic;
using Sparrow.Core;
using Sparrow.Css;
using Sparrow.Layout;
using Sparrow.Scene;

namespace Sparrow.Paint;

/// <summary>
/// Background image layers (css-backgrounds-3 §3): gradients and url() images sized
/// (background-size), placed (background-position) and tiled (background-repeat) in the padding box,
/// painted in the border box (background-clip's initial border-box) with its radii.
/// The first layer is on top, so layers paint last to first.
/// </summary>
public sealed partial class Painter
{
    /// <summary>Tiles per layer beyond which the layer is not painted (a 1 px pattern over a page would be millions).</summary>
    private const int MaxTiles = 4096;

    private readonly StopSpec[] _stops = new StopSpec[GradientParser.MaxStops];
    private readonly float[] _stopOffsets = new float[GradientGeometry.MaxResolvedStops];
    private readonly Color[] _stopColors = new Color[GradientGeometry.MaxResolvedStops];
    private readonly Dictionary<string, string> _urls = new(StringComparer.Ordinal);

    private void PaintBackgroundImages(int node, string images, Rect border, BorderWidths widths, in LayoutEdges box, CornerRadii radii)
    {
        var sizes = Style(CssProperties.BackgroundSize, node).Text ?? "auto";
        var positions = Style(CssProperties.BackgroundPosition, node).Text ?? "0% 0%";
        var repeats = Style(CssProperties.BackgroundRepeat, node).Text ?? "repeat";
        var lengths = LengthsFor(node);
        var currentColor = Style(CssProperties.ColorProperty, node).Color;
        for (var layer = BackgroundParser.CountItems(images) - 1; layer >= 0; layer--)
        {
            var item = BackgroundParser.Item(images, layer);
            if (item.Equals("none", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // §3.7 background-clip paints the layer in its box, §3.8 background-origin places it in its own.
            var (area, _) = LayerBox(CssProperties.BackgroundOrigin, node, layer, border, widths, box, radii);
            var (clip, clipRadii) = LayerBox(CssProperties.BackgroundClip, node, layer, border, widths, box, radii);
            if (!BackgroundParser.TryParseSize(BackgroundParser.Item(sizes, layer), lengths, out var size))
            {
                size = BackgroundSize.Auto;
            }

            if (!BackgroundParser.TryParsePosition(BackgroundParser.Item(positions, layer), lengths, out var position))
            {
                position = PositionValue.TopLeft;
            }

            if (!BackgroundParser.TryParseRepeat(BackgroundParser.Item(repeats, layer), out var repeatX, out var repeatY))
            {
                repeatX = repeatY = RepeatStyle.Repeat;
            }

            if (BackgroundParser.TryParseUrl(item, out var url))
            {
                if (_images is null)
                {
                    continue;
                }

                if (!TryGetImage(_images, Intern(url), out var texture, out var w, out var h) || w <= 0 || h <= 0)
                {
                    _statImagesPending++;
                    continue;
                }

                var tile = TileSize(size, area, w, h);
                if (size.Kind == BackgroundSizeKind.Contain)
                {
                    tile = SnapContained(tile, area.Size, _context.DevicePixelRatio);
                }

                var layout = new LayerLayout(area, clip, clipRadii, tile, position, repeatX, repeatY, UnsnappedShift(node, border));
                PaintTiles(layout, texture, default, 0);
            }
            else if (GradientParser.TryParse(item, lengths, _colors, _stops, out var spec))
            {
                var tile = TileSize(size, area, 0, 0);
                var layout = new LayerLayout(area, clip, clipRadii, tile, position, repeatX, repeatY, UnsnappedShift(node, border));
                if (GradientGeometry.TryResolve(spec, _stops.AsSpan(0, spec.StopCount), tile, currentColor, _stopOffsets, _stopColors, out var start, out var end, out var count))
                {
                    PaintTiles(layout, default, new GradientTile(spec.Kind, start, end, spec.Repeating ? GradientFlags.Repeating : GradientFlags.None), count);
                }
            }
        }
    }

    /// <summary>
    /// The box a layer's <c>background-clip</c> or <c>background-origin</c> names (border-box,
    /// padding-box, content-box), with its corners: §5.3, the inner edges' radii. Other values
    /// (<c>text</c>, malformed text) give the property's initial box.
    /// </summary>
    private (Rect Rect, CornerRadii Radii) LayerBox(CssProperty property, int node, int layer, Rect border, BorderWidths widths, in LayoutEdges box, CornerRadii radii)
    {
        var text = Style(property, node).Text;
        var item = text is null ? default : BackgroundParser.Item(text, Math.Min(layer, BackgroundParser.CountItems(text) - 1)).Trim();
        var initialPadding = property == CssProperties.BackgroundOrigin;
        if (item.Equals("content-box", StringComparison.OrdinalIgnoreCase))
        {
            var inset = new BorderWidths(widths.Top + box.PaddingTop, widths.Right + box.PaddingRight, widths.Bottom + box.PaddingBottom, widths.Left + box.PaddingLeft);
            return (Deflate(border, inset), InnerRadii(radii, inset));
        }

        if (item.Equals("padding-box", StringComparison.OrdinalIgnoreCase) || (initialPadding && !item.Equals("border-box", StringComparison.OrdinalIgnoreCase)))
        {
            return (Deflate(border, widths), InnerRadii(radii, widths));
        }

        return (border, radii);
    }

    /// <summary>
    /// §3.9 background-size. Gradients have no intrinsic size or ratio: auto, cover and contain all
    /// give the positioning area, and an auto side takes the area's.
    /// </summary>
    private static Size TileSize(in BackgroundSize size, Rect area, float imageWidth, float imageHeight)
    {
        var hasIntrinsic = imageWidth > 0 && imageHeight > 0;
        if (size.Kind != BackgroundSizeKind.Explicit)
        {
            if (!hasIntrinsic)
            {
                return area.Size;
            }

            var sx = area.Width / imageWidth;
            var sy = area.Height / imageHeight;
            var s = size.Kind == BackgroundSizeKind.Cover ? Math.Max(sx, sy) : Math.Min(sx, sy);
            return new Size(imageWidth * s, imageHeight * s);
        }

        var w = size.Width.Resolve(area.Width);
        var h = size.Height.Resolve(area.Height);
        return (size.AutoWidth, size.AutoHeight, hasIntrinsic) switch
        {
            (false, false, _) => new Size(w, h),
            (true, true, true) => new Size(imageWidth, imageHeight),
            (true, true, false) => area.Size,
            (true, false, true) => new Size(h * imageWidth / imageHeight, h),
            (true, false, false) => new Size(area.Width, h),
            (false, true, true) => new Size(w, w * imageHeight / imageWidth),
            _ => new Size(w, area.Height),
        };
    }

    /// <summary>
    /// A contained image's side that does not fill the area, rounded to whole device pixels (at least
    /// one), as Blink snaps it "to avoid bleeding at the edge of the image".
    /// </summary>
    private static Size SnapContained(Size tile, Size area, float ratio) => new(
        tile.Width == area.Width ? tile.Width : Math.Max(1 / ratio, ImageFit.Snap(tile.Width, ratio)),
        tile.Height == area.Height ? tile.Height : Math.Max(1 / ratio, ImageFit.Snap(tile.Height, ratio)));

    /// <summary>Lays the tiles of one layer over the border box and paints those that show.</summary>
    private void PaintTiles(LayerLayout layer, TextureId texture, GradientTile gradient, int stopCount)
    {
        var tile = layer.Tile;
        var area = layer.Area;
        var border = layer.Border;
        if (tile.Width <= 0 || tile.Height <= 0 || border.IsEmpty)
        {
            return;
        }

        // §3.4 round: whole tiles, rescaled to fit the positioning area.
        if (layer.RepeatX == RepeatStyle.Round)
        {
            tile = new Size(area.Width / Math.Max(1, MathF.Round(area.Width / tile.Width)), tile.Height);
        }

        if (layer.RepeatY == RepeatStyle.Round)
        {
            tile = new Size(tile.Width, area.Height / Math.Max(1, MathF.Round(area.Height / tile.Height)));
        }

        var x0 = area.X + layer.Position.X.Resolve(area.Width - tile.Width);
        var y0 = area.Y + layer.Position.Y.Resolve(area.Height - tile.Height);

        // Blink moves an image that does not repeat along an axis onto a device pixel when it starts
        // inside its box (BackgroundImageGeometry::SetNoRepeatX/Y); gradients keep their position.
        if (stopCount == 0 && layer.RepeatX == RepeatStyle.NoRepeat)
        {
            x0 = ImageFit.Start(area.X, layer.Shift.X, x0 - area.X, _context.DevicePixelRatio);
        }

        if (stopCount == 0 && layer.RepeatY == RepeatStyle.NoRepeat)
        {
            y0 = ImageFit.Start(area.Y, layer.Shift.Y, y0 - area.Y, _context.DevicePixelRatio);
        }

        var nx = 1;
        var ny = 1;
        if (layer.RepeatX != RepeatStyle.NoRepeat)
        {
            x0 -= MathF.Ceiling((x0 - border.Left) / tile.Width) * tile.Width;
            nx = (int)Math.Min(MaxTiles + 1, MathF.Ceiling((border.Right - x0) / tile.Width));
        }

        if (layer.RepeatY != RepeatStyle.NoRepeat)
        {
            y0 -= MathF.Ceiling((y0 - border.Top) / tile.Height) * tile.Height;
            ny = (int)Math.Min(MaxTiles + 1, MathF.Ceiling((border.Bottom - y0) / tile.Height));
        }

        if (nx <= 0 || ny <= 0 || (long)nx * ny > MaxTiles)
        {
            return;
        }

        var covered = new Rect(x0, y0, nx * tile.Width, ny * tile.Height);
        if (stopCount == 0 && (layer.RepeatX != RepeatStyle.NoRepeat || layer.RepeatY != RepeatStyle.NoRepeat))
        {
            PaintRepeatedImage(layer, texture, covered, tile);
            return;
        }

        var exact = nx == 1 && ny == 1 && covered == border;
        var inside = covered.Left >= border.Left && covered.Top >= border.Top && covered.Right <= border.Right && covered.Bottom <= border.Bottom;
        var clip = !exact && !(inside && layer.Radii.IsZero);
        if (clip)
        {
            _builder.PushRoundedClip(border, layer.Radii);
        }

        // A tile that is the border box carries the corners itself; otherwise the clip does.
        var radii = exact ? layer.Radii : default;
        for (var j = 0; j < ny; j++)
        {
            for (var i = 0; i < nx; i++)
            {
                var rect = new Rect(x0 + (i * tile.Width), y0 + (j * tile.Height), tile.Width, tile.Height);
                if (!OnTarget(rect))
                {
                    continue;
                }

                if (stopCount == 0)
                {
                    var sprite = ImageSprite.Create(rect, texture);
                    if (exact && !radii.IsZero)
                    {
                        _builder.PushRoundedClip(border, radii);
                        _builder.AddImage(sprite);
                        _builder.PopClip();
                    }
                    else
                    {
                        _builder.AddImage(sprite);
                    }
                }
                else
                {
                    var start = new Point(rect.X + gradient.Start.X, rect.Y + gradient.Start.Y);
                    var end = gradient.Kind == GradientKind.Linear ? new Point(rect.X + gradient.End.X, rect.Y + gradient.End.Y) : gradient.End;
                    _builder.AddGradient(gradient.Kind, rect, start, end, _stopOffsets.AsSpan(0, stopCount), _stopColors.AsSpan(0, stopCount), radii, gradient.Flags);
                }
            }
        }

        if (clip)
        {
            _builder.PopClip();
        }
    }

    /// <summary>
    /// A tiled image as one sprite over the visible part of its tiles, the texture repeating along the
    /// tiled axes (<see cref="ImageFlags"/>), so the seams are filtered as Chromium's repeating image
    /// shader filters them and a tiled box costs one instance.
    /// </summary>
    private void PaintRepeatedImage(LayerLayout layer, TextureId texture, Rect covered, Size tile)
    {
        var bounds = covered.Intersect(layer.Border);
        if (bounds.IsEmpty || !OnTarget(bounds))
        {
            return;
        }

        var sprite = ImageSprite.Create(bounds, texture);
        sprite.Uv = new Rect((bounds.X - covered.X) / tile.Width, (bounds.Y - covered.Y) / tile.Height, bounds.Width / tile.Width, bounds.Height / tile.Height);

        // Blink draws a layer whose visible part lies within one tile as a single clamped image, and
        // only otherwise through a repeating shader (seams filtered across the wrap).
        var oneTile = MathF.Floor(sprite.Uv.X) == MathF.Ceiling(sprite.Uv.Right) - 1 && MathF.Floor(sprite.Uv.Y) == MathF.Ceiling(sprite.Uv.Bottom) - 1;
        if (!oneTile)
        {
            sprite.Flags = (layer.RepeatX != RepeatStyle.NoRepeat ? ImageFlags.RepeatX : ImageFlags.None)
                | (layer.RepeatY != RepeatStyle.NoRepeat ? ImageFlags.RepeatY : ImageFlags.None);
        }
        else
        {
            var shift = new Point(MathF.Floor(sprite.Uv.X), MathF.Floor(sprite.Uv.Y));
            sprite.Uv = new Rect(sprite.Uv.X - shift.X, sprite.Uv.Y - shift.Y, sprite.Uv.Width, sprite.Uv.Height);
        }

        if (layer.Radii.IsZero)
        {
            _builder.AddImage(sprite);
            return;
        }

        _builder.PushRoundedClip(layer.Border, layer.Radii);
        _builder.AddImage(sprite);
        _builder.PopClip();
    }

    /// <summary>The URL as a string for <see cref="IImageSource"/>, remembered so a steady frame does not allocate it again.</summary>
    private string Intern(ReadOnlySpan<char> url)
    {
        var lookup = _urls.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(url, out var s))
        {
            return s;
        }

        if (_urls.Count >= 1024)
        {
            _urls.Clear();
        }

        s = url.ToString();
        _urls[s] = s;
        return s;
    }

    private readonly record struct LayerLayout(Rect Area, Rect Border, CornerRadii Radii, Size Tile, PositionValue Position, RepeatStyle RepeatX, RepeatStyle RepeatY, Point Shift);

    /// <summary>A gradient resolved for one tile size: line ends relative to the tile's origin (linear), or centre relative to it and radii (radial).</summary>
    private readonly record struct GradientTile(GradientKind Kind, Point Start, Point End, GradientFlags Flags);
}
