using System;

namespace Sparrow.Core;

/// <summary>An axis-aligned rectangle in CSS pixels: origin at top-left, y grows downwards.</summary>
public readonly record struct Rect(float X, float Y, float Width, float Height)
{
    public static Rect Empty => default;

    public float Left => X;

    public float Top => Y;

    public float Right => X + Width;

    public float Bottom => Y + Height;

    public Point Origin => new(X, Y);

    public Size Size => new(Width, Height);

    public bool IsEmpty => Width <= 0 || Height <= 0;

    public static Rect FromEdges(float left, float top, float right, float bottom) =>
        new(left, top, right - left, bottom - top);

    public bool Contains(Point p) => p.X >= X && p.X < Right && p.Y >= Y && p.Y < Bottom;

    public Rect Offset(float dx, float dy) => new(X + dx, Y + dy, Width, Height);

    /// <summary>The overlap of two rectangles, or <see cref="Empty"/> when they do not overlap.</summary>
    public Rect Intersect(Rect other)
    {
        var left = Math.Max(X, other.X);
        var top = Math.Max(Y, other.Y);
        var right = Math.Min(Right, other.Right);
        var bottom = Math.Min(Bottom, other.Bottom);
        return right > left && bottom > top ? FromEdges(left, top, right, bottom) : Empty;
    }

    /// <summary>The smallest rectangle holding both; an empty operand is ignored.</summary>
    public Rect Union(Rect other)
    {
        if (IsEmpty)
        {
            return other;
        }

        if (other.IsEmpty)
        {
            return this;
        }

        return FromEdges(Math.Min(X, other.X), Math.Min(Y, other.Y), Math.Max(Right, other.Right), Math.Max(Bottom, other.Bottom));
    }
}
