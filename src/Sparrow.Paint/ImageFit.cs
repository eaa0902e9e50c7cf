using System;
using Sparrow.Core;

namespace Sparrow.Paint;

/// <summary>
/// Where an image of the image component lands in its content box, as a destination rectangle and
/// the normalised texture rectangle it shows. WeChat's WebView renders the component as a box with
/// the picture as its background (scaleToFill: background-size 100% 100%; aspectFit: contain;
/// aspectFill: cover; the cropping modes: natural size, positioned as named), so cropping is
/// expressed here as a smaller uv rectangle rather than a clip.
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
    /// size) in <paramref name="content"/>. False when nothing of it is visible.
    /// </summary>
    public static bool TryFit(ImageMode mode, Rect content, float width, float height, out Rect bounds, out Rect uv)
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
                bounds = new Rect(content.X + ((content.Width - w) / 2), content.Y + ((content.Height - h) / 2), w, h);
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
                var image = new Rect(content.X + ((content.Width - width) * ax), content.Y + ((content.Height - height) * ay), width, height);
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
