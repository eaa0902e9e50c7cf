using System;
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

        var r = FittedRadii();
        return InCorner(rect.Left, rect.Top, Bounds.Left, Bounds.Top, r.TopLeft, r.TopLeftY, 1, 1)
            && InCorner(rect.Right, rect.Top, Bounds.Right, Bounds.Top, r.TopRight, r.TopRightY, -1, 1)
            && InCorner(rect.Right, rect.Bottom, Bounds.Right, Bounds.Bottom, r.BottomRight, r.BottomRightY, -1, -1)
            && InCorner(rect.Left, rect.Bottom, Bounds.Left, Bounds.Bottom, r.BottomLeft, r.BottomLeftY, 1, -1);
    }

    /// <summary>
    /// Whether <paramref name="rect"/> misses this rounded rectangle: it lies outside the bounds, or
    /// within one corner's box and wholly beyond that corner's ellipse (its point nearest the ellipse's
    /// centre is outside). A sufficient test, exact for the rectangles a clip's corner cuts off.
    /// </summary>
    public readonly bool Excludes(Rect rect)
    {
        if (IsNone)
        {
            return false;
        }

        var b = Bounds;
        if (rect.IsEmpty || rect.Right <= b.Left || rect.Left >= b.Right || rect.Bottom <= b.Top || rect.Top >= b.Bottom)
        {
            return true;
        }

        // Clamped to the bounds: the corner of the rest nearest each corner ellipse's centre.
        var left = Math.Max(rect.Left, b.Left);
        var top = Math.Max(rect.Top, b.Top);
        var right = Math.Min(rect.Right, b.Right);
        var bottom = Math.Min(rect.Bottom, b.Bottom);
        var r = FittedRadii();
        return Beyond(right, bottom, b.Left + r.TopLeft, b.Top + r.TopLeftY, r.TopLeft, r.TopLeftY, -1, -1)
            || Beyond(left, bottom, b.Right - r.TopRight, b.Top + r.TopRightY, r.TopRight, r.TopRightY, 1, -1)
            || Beyond(left, top, b.Right - r.BottomRight, b.Bottom - r.BottomRightY, r.BottomRight, r.BottomRightY, 1, 1)
            || Beyond(right, top, b.Left + r.BottomLeft, b.Bottom - r.BottomLeftY, r.BottomLeft, r.BottomLeftY, -1, 1);
    }

    /// <summary>
    /// Whether a region inside the bounds whose point nearest the corner's ellipse centre (cx, cy) is
    /// (x, y) lies in that corner's box, (sx, sy) pointing from the centre to the corner, and outside the ellipse.
    /// </summary>
    private static bool Beyond(float x, float y, float cx, float cy, float rx, float ry, int sx, int sy)
    {
        if (rx <= 0 || ry <= 0 || (x - cx) * sx < 0 || (y - cy) * sy < 0)
        {
            return false;
        }

        var u = (x - cx) / rx;
        var v = (y - cy) / ry;
        return (u * u) + (v * v) > 1;
    }

    /// <summary>The radii scaled down so adjacent ones fit each side, as the shaders fit them (css-backgrounds-3 §5.5).</summary>
    private readonly CornerRadii FittedRadii()
    {
        var r = Radii;
        var w = Bounds.Width;
        var h = Bounds.Height;
        var f = Fit(1, w, r.TopLeft + r.TopRight);
        f = Fit(f, w, r.BottomLeft + r.BottomRight);
        f = Fit(f, h, r.TopLeftY + r.BottomLeftY);
        f = Fit(f, h, r.TopRightY + r.BottomRightY);
        return f < 1 ? r.Scale(f) : r;

        static float Fit(float f, float side, float sum) => sum > 0 && side / sum < f ? Math.Max(0, side / sum) : f;
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
