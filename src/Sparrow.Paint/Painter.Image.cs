using System;
using Sparrow.Core;
using Sparrow.Layout;
using Sparrow.Scene;

namespace Sparrow.Paint;

/// <summary>
/// The image component's picture (<c>src</c>, <c>mode</c>): replaced content in the content box,
/// clipped to the content box's rounded corners when the box has radii (css-backgrounds-3 §5.3).
/// Nothing is painted while the image loads.
/// </summary>
public sealed partial class Painter
{
    private void PaintImageContent(int node, Rect rect, BorderWidths widths, in LayoutEdges box, CornerRadii radii)
    {
        if (_images is null)
        {
            return;
        }

        var src = _store.GetAttribute(node, _srcAtom);
        if (string.IsNullOrEmpty(src))
        {
            return;
        }

        if (!TryGetImage(_images, src, out var texture, out var width, out var height))
        {
            _statImagesPending++;
            return;
        }

        var content = new Rect(
            rect.X + widths.Left + box.PaddingLeft,
            rect.Y + widths.Top + box.PaddingTop,
            Math.Max(0, rect.Width - widths.Left - widths.Right - box.PaddingLeft - box.PaddingRight),
            Math.Max(0, rect.Height - widths.Top - widths.Bottom - box.PaddingTop - box.PaddingBottom));
        var mode = ImageFit.ParseMode(_store.GetAttribute(node, _modeAtom));
        if (!ImageFit.TryFit(mode, content, UnsnappedShift(node, rect), width, height, _context.DevicePixelRatio, out var bounds, out var uv))
        {
            return;
        }

        var sprite = ImageSprite.Create(bounds, texture);
        sprite.Uv = uv;
        var contentRadii = ContentRadii(radii, widths, box);
        if (contentRadii.IsZero)
        {
            _builder.AddImage(sprite);
            return;
        }

        _builder.PushRoundedClip(content, contentRadii);
        _builder.AddImage(sprite);
        _builder.PopClip();
    }

    /// <summary>How far the box's unsnapped border-box origin lies from its snapped <paramref name="rect"/>.</summary>
    private Point UnsnappedShift(int node, Rect rect) => new(_x[node] - rect.X, _y[node] - rect.Y);

    /// <summary>The content edge's radii: outer radii less border and padding, each axis by its own sides (css-backgrounds-3 §5.2).</summary>
    private static CornerRadii ContentRadii(CornerRadii r, BorderWidths w, in LayoutEdges box) =>
        BoxGeometry.Deflate(r, w.Top + box.PaddingTop, w.Right + box.PaddingRight, w.Bottom + box.PaddingBottom, w.Left + box.PaddingLeft);
}
