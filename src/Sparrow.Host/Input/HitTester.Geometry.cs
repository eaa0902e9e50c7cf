using System.Numerics;
using Sparrow.Core;
using Sparrow.Paint;
using Sparrow.Scene;

namespace Sparrow.Host.Input;

/// <summary>Point-in-box tests: border boxes and overflow clips with their corner radii, and a context's transform undone.</summary>
public sealed partial class HitTester
{
    /// <summary>Layout's border widths (unsnapped), per box.</summary>
    private BorderWidths[] _border = [];

    /// <summary>
    /// Moves <paramref name="p"/> into the space <paramref name="node"/> (a stacking context) lays out
    /// its subtree in: Paint's matrix for it — the scroll undone for a fixed box, then its transform
    /// about its origin — inverted. False when the matrix cannot be inverted (nothing of it shows).
    /// </summary>
    private bool ToLocal(int node, HitFlags flags, ref Vector2 p)
    {
        var lengths = new LengthContext(FontSize(node), _rootFontSize, _viewport.Width, _viewport.Height);
        var matrix = BoxGeometry.ContextMatrix(_styles, node, _rect[node], lengths, (flags & HitFlags.Fixed) != 0, _scroll);
        if (matrix.IsIdentity)
        {
            return true;
        }

        if (!Matrix3x2.Invert(matrix, out var inverse))
        {
            return false;
        }

        p = Vector2.Transform(p, inverse);
        return true;
    }

    /// <summary>Inside the border box, outside its rounded-off corners.</summary>
    private bool InsideBox(int node, Vector2 p)
    {
        var rect = _rect[node];
        return Contains(rect, p) && InsideCorners(rect, RadiiOf(node, rect), p);
    }

    /// <summary>Inside the padding box on the axes the node clips, outside its inner radii (when both axes clip).</summary>
    private bool InsideClip(int node, Vector2 p)
    {
        var rect = _rect[node];
        var padding = BoxGeometry.Deflate(rect, _border[node]);
        var flags = _flags[node];
        if ((flags & HitFlags.ClipXOnly) != 0)
        {
            return p.X >= padding.Left && p.X < padding.Right;
        }

        if ((flags & HitFlags.ClipYOnly) != 0)
        {
            return p.Y >= padding.Top && p.Y < padding.Bottom;
        }

        return Contains(padding, p) && InsideCorners(padding, BoxGeometry.InnerRadii(RadiiOf(node, rect), _border[node]), p);
    }

    private static bool Contains(Rect r, Vector2 p) => p.X >= r.Left && p.X < r.Right && p.Y >= r.Top && p.Y < r.Bottom;

    /// <summary>
    /// Whether <paramref name="p"/> (already inside <paramref name="r"/>) is outside none of the
    /// corners, each an ellipse quadrant with its own horizontal and vertical radius (CSS Backgrounds
    /// §5.1: a corner with either radius zero is square).
    /// </summary>
    private static bool InsideCorners(Rect r, CornerRadii radii, Vector2 p)
    {
        if (radii.IsZero)
        {
            return true;
        }

        return InsideCorner(p, new Vector2(r.Left + radii.TopLeft, r.Top + radii.TopLeftY), radii.TopLeft, radii.TopLeftY, p.X < r.Left + radii.TopLeft && p.Y < r.Top + radii.TopLeftY)
            && InsideCorner(p, new Vector2(r.Right - radii.TopRight, r.Top + radii.TopRightY), radii.TopRight, radii.TopRightY, p.X > r.Right - radii.TopRight && p.Y < r.Top + radii.TopRightY)
            && InsideCorner(p, new Vector2(r.Right - radii.BottomRight, r.Bottom - radii.BottomRightY), radii.BottomRight, radii.BottomRightY, p.X > r.Right - radii.BottomRight && p.Y > r.Bottom - radii.BottomRightY)
            && InsideCorner(p, new Vector2(r.Left + radii.BottomLeft, r.Bottom - radii.BottomLeftY), radii.BottomLeft, radii.BottomLeftY, p.X < r.Left + radii.BottomLeft && p.Y > r.Bottom - radii.BottomLeftY);

        // Inside the ellipse (x/rx)² + (y/ry)² ≤ 1 about the corner's centre.
        static bool InsideCorner(Vector2 p, Vector2 centre, float rx, float ry, bool inCornerBox)
        {
            if (!inCornerBox || rx <= 0 || ry <= 0)
            {
                return true;
            }

            var d = (p - centre) / new Vector2(rx, ry);
            return d.LengthSquared() <= 1f;
        }
    }

    /// <summary>Paint's corner radii (<see cref="BoxGeometry.Radii"/>); a text node has none.</summary>
    private CornerRadii RadiiOf(int node, Rect rect) =>
        _store.Kind[node] == Dom.NodeKind.Text ? default : BoxGeometry.Radii(_styles, node, rect);
}
