using System;
using Sparrow.Core;

namespace Sparrow.Paint;

/// <summary>
/// Where an image of the image component lands in its content box, as a destination rectangle and
/// the normalised texture rectangle it shows. WeChat's WebView renders the component as a box with
/// the picture as its background (scaleToFill: background-size 100% 100%; aspectFit: contain;
/// aspectFill: cover; the cropping modes: natural size, positioned as named), so cropping is
/// expressed here as a smaller uv rectangle rather than a clip. Device-pixel snapping follows Blink's
/// background image geometry (the oracle): a contained picture's dependent side is a whole number of
/// device pixels, and a picture that starts inside its box starts on a device pixel (rounded half up);
/// one larger than its box is offset unsnapped, as Blink's tile phase is.
/// </summary>
internal static class ImageFit
{
    public static ImageMode ParseMode(string? mode) => mode switch
    {
        "aspectFit" => ImageMode.AspectFit,
        "aspectFill" => ImageMode.AspectFill,
        "widthFix" => ImageMode.WidthFix,
        "heightFix" => ImageMode.HeightFix,
        "top" => ImageMode.Top,
        "bottom" => ImageMode.Bottom,
        "center" => ImageMode.Center,
        "left" => ImageMode.Left,
        "right" => ImageMode.Right,
        "top left" => ImageMode.TopLeft,
        "top right" => ImageMode.TopRight,
        "bottom left" => ImageMode.BottomLeft,
        "bottom right" => ImageMode.BottomRight,
        _ => ImageMode.ScaleToFill,
    };

    /// <summary>
    /// The destination <paramref name="bounds"/> and texture <paramref name="uv"/> for an image of
    /// <paramref name="width"/> × <paramref name="height"/> texels (one texel per CSS px at natural
    /// size) in <paramref name="content"/> (pixel-snapped; <paramref name="shift"/> is the unsnapped box's
    /// offset from it), snapped for <paramref name="ratio"/> device pixels per CSS px. False when
    /// nothing of it is visible.
    /// </summary>
    public static bool TryFit(ImageMode mode, Rect content, Point shift, float width, float height, float ratio, out Rect bounds, out Rect uv)
    {
        bounds = content;
        uv = new Rect(0, 0, 1, 1);
        if (content.IsEmpty || width <= 0 || height <= 0)
        {
            return false;
        }

        switch (mode)
        {
            case ImageMode.ScaleToFill or ImageMode.WidthFix or ImageMode.HeightFix:
                return true;
            case ImageMode.AspectFit:
            {
                var s = Math.Min(content.Width / width, content.Height / height);
                var w = width * s;
                var h = height * s;
                if (w != content.Width)
                {
                    w = Math.Max(1 / ratio, Snap(w, ratio));
                }

                if (h != content.Height)
                {
                    h = Math.Max(1 / ratio, Snap(h, ratio));
                }

                bounds = new Rect(Start(content.X, shift.X, (content.Width - w) / 2, ratio), Start(content.Y, shift.Y, (content.Height - h) / 2, ratio), w, h);
                return true;
            }

            case ImageMode.AspectFill:
            {
                // The texels that cover the box at the larger scale, centred.
                var s = Math.Max(content.Width / width, content.Height / height);
                var visibleW = content.Width / s;
                var visibleH = content.Height / s;
                uv = new Rect((width - visibleW) / 2 / width, (height - visibleH) / 2 / height, visibleW / width, visibleH / height);
                return true;
            }

            default:
            {
                var (ax, ay) = Alignment(mode);
                var image = new Rect(Start(content.X, shift.X, (content.Width - width) * ax, ratio), Start(content.Y, shift.Y, (content.Height - height) * ay, ratio), width, height);
                var visible = image.Intersect(content);
                if (visible.IsEmpty)
                {
                    return false;
                }

                bounds = visible;
                uv = new Rect((visible.X - image.X) / width, (visible.Y - image.Y) / height, visible.Width / width, visible.Height / height);
                return true;
            }
        }
    }

    /// <summary>
    /// Where a picture offset by <paramref name="offset"/> (resolved against snapped sizes) from the
    /// snapped <paramref name="edge"/> starts. Moving inwards, Blink adds the offset to the unsnapped
    /// edge (<paramref name="edge"/> + <paramref name="shift"/>) and rounds the sum to a device pixel
    /// (BackgroundImageGeometry::SetNoRepeatX/Y); otherwise the picture shifts under the snapped edge.
    /// </summary>
    internal static float Start(float edge, float shift, float offset, float ratio) => offset > 0 ? Snap(edge + shift + offset, ratio) : edge + offset;

    /// <summary><paramref name="value"/> CSS px rounded half up to whole device pixels (Blink's <c>LayoutUnit::Round</c>).</summary>
    internal static float Snap(float value, float ratio) => MathF.Floor((value * ratio) + 0.5f) / ratio;

    /// <summary>Horizontal and vertical alignment (0 start, 0.5 centre, 1 end) of the cropping modes.</summary>
    private static (float X, float Y) Alignment(ImageMode mode) => mode switch
    {
        ImageMode.Top => (0.5f, 0),
        ImageMode.Bottom => (0.5f, 1),
        ImageMode.Left => (0, 0.5f),
        ImageMode.Right => (1, 0.5f),
        ImageMode.TopLeft => (0, 0),
        ImageMode.TopRight => (1, 0),
        ImageMode.BottomLeft => (0, 1),
        ImageMode.BottomRight => (1, 1),
        _ => (0.5f, 0.5f),
    };
}
