using System.Runtime.InteropServices;
using Sparrow.Core;

namespace Sparrow.Scene;

/// <summary>
/// The rounded-rectangle clip every instance carries, in target (device) pixels: the fragment shaders
/// multiply coverage by this shape's signed distance field. Rectangular clips are applied by scissor
/// instead (see <see cref="DrawItem.Scissor"/>); this field holds one rounded clip (see SceneBuilder's clip model).
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = SizeInBytes)]
public struct ClipMask
{
    /// <summary>Far enough out that no target is clipped by it, small enough to keep float precision in the SDF.</summary>
    public const float Unbounded = 1 << 22;

    public const int SizeInBytes = 48;

    [FieldOffset(0)]
    public Rect Bounds;

    [FieldOffset(16)]
    public CornerRadii Radii;

    public ClipMask(Rect bounds, CornerRadii radii)
    {
        Bounds = bounds;
        Radii = radii;
    }

    public static ClipMask None => new(new Rect(-Unbounded, -Unbounded, 2 * Unbounded, 2 * Unbounded), default);

    public readonly bool IsNone => Bounds.X <= -Unbounded && Bounds.Right >= Unbounded;

    /// <summary>
    /// Whether <paramref name="rect"/> lies inside this rounded rectangle. The shape is convex, so it is
    /// enough that the four corners of <paramref name="rect"/> do.
    /// </summary>
    public readonly bool Contains(Rect rect)
    {
        if (IsNone)
        {
            return true;
        }

        if (rect.Left < Bounds.Left || rect.Top < Bounds.Top || rect.Right > Bounds.Right || rect.Bottom > Bounds.Bottom)
        {
            return false;
        }

        var r = Radii;
        return InCorner(rect.Left, rect.Top, Bounds.Left, Bounds.Top, r.TopLeft, r.TopLeftY, 1, 1)
            && InCorner(rect.Right, rect.Top, Bounds.Right, Bounds.Top, r.TopRight, r.TopRightY, -1, 1)
            && InCorner(rect.Right, rect.Bottom, Bounds.Right, Bounds.Bottom, r.BottomRight, r.BottomRightY, -1, -1)
            && InCorner(rect.Left, rect.Bottom, Bounds.Left, Bounds.Bottom, r.BottomLeft, r.BottomLeftY, 1, -1);
    }

    /// <summary>
    /// Whether (x, y), already inside the bounds, is inside the corner at (cornerX, cornerY) with radii
    /// (rx, ry); (sx, sy) point from that corner into the box. Only the rectangle next to the corner is cut.
    /// </summary>
    private static bool InCorner(float x, float y, float cornerX, float cornerY, float rx, float ry, int sx, int sy)
    {
        var cx = cornerX + (sx * rx);
        var cy = cornerY + (sy * ry);
        var dx = (x - cx) * sx;
        var dy = (y - cy) * sy;
        if (rx <= 0 || ry <= 0 || dx >= 0 || dy >= 0)
        {
            return true;
        }

        var u = dx / rx;
        var v = dy / ry;
        return (u * u) + (v * v) <= 1 + 1e-4f;
    }
}
