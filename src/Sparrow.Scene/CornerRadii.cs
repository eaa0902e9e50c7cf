using System.Runtime.InteropServices;

namespace Sparrow.Scene;

/// <summary>
/// Elliptical corner radii in CSS pixels, in the order the shaders read them (two <c>vec4</c>s):
/// the horizontal radii top-left, top-right, bottom-right, bottom-left, then the vertical radii in
/// the same order. A circular corner has equal horizontal and vertical radii; a corner with either
/// radius 0 is square (css-backgrounds-3 §5.1).
/// </summary>
[StructLayout(LayoutKind.Sequential, Pack = 4, Size = 32)]
public struct CornerRadii
{
    /// <summary>The top-left corner's horizontal radius.</summary>
    public float TopLeft;

    /// <summary>The top-right corner's horizontal radius.</summary>
    public float TopRight;

    /// <summary>The bottom-right corner's horizontal radius.</summary>
    public float BottomRight;

    /// <summary>The bottom-left corner's horizontal radius.</summary>
    public float BottomLeft;

    /// <summary>The top-left corner's vertical radius.</summary>
    public float TopLeftY;

    /// <summary>The top-right corner's vertical radius.</summary>
    public float TopRightY;

    /// <summary>The bottom-right corner's vertical radius.</summary>
    public float BottomRightY;

    /// <summary>The bottom-left corner's vertical radius.</summary>
    public float BottomLeftY;

    /// <summary>Circular corners: each vertical radius equals its horizontal one.</summary>
    public CornerRadii(float topLeft, float topRight, float bottomRight, float bottomLeft)
        : this(topLeft, topRight, bottomRight, bottomLeft, topLeft, topRight, bottomRight, bottomLeft)
    {
    }

    /// <summary>Elliptical corners: the four horizontal radii, then the four vertical ones, each clockwise from top-left.</summary>
    public CornerRadii(float topLeft, float topRight, float bottomRight, float bottomLeft, float topLeftY, float topRightY, float bottomRightY, float bottomLeftY)
    {
        TopLeft = topLeft;
        TopRight = topRight;
        BottomRight = bottomRight;
        BottomLeft = bottomLeft;
        TopLeftY = topLeftY;
        TopRightY = topRightY;
        BottomRightY = bottomRightY;
        BottomLeftY = bottomLeftY;
    }

    public static CornerRadii Uniform(float radius) => new(radius, radius, radius, radius);

    /// <summary>Whether every corner is square (a corner with one radius 0 is square, §5.1).</summary>
    public readonly bool IsZero =>
        (TopLeft == 0 || TopLeftY == 0) && (TopRight == 0 || TopRightY == 0)
        && (BottomRight == 0 || BottomRightY == 0) && (BottomLeft == 0 || BottomLeftY == 0);

    /// <summary>Whether every corner is circular (its two radii equal).</summary>
    public readonly bool IsCircular =>
        TopLeft == TopLeftY && TopRight == TopRightY && BottomRight == BottomRightY && BottomLeft == BottomLeftY;

    /// <summary>The horizontal and vertical radius of corner <paramref name="index"/> (0 top-left, clockwise).</summary>
    public readonly (float X, float Y) Corner(int index) => index switch
    {
        0 => (TopLeft, TopLeftY),
        1 => (TopRight, TopRightY),
        2 => (BottomRight, BottomRightY),
        _ => (BottomLeft, BottomLeftY),
    };

    public readonly CornerRadii Scale(float factor) => Scale(factor, factor);

    /// <summary>Horizontal radii times <paramref name="x"/>, vertical ones times <paramref name="y"/>.</summary>
    public readonly CornerRadii Scale(float x, float y) =>
        new(TopLeft * x, TopRight * x, BottomRight * x, BottomLeft * x, TopLeftY * y, TopRightY * y, BottomRightY * y, BottomLeftY * y);
}
