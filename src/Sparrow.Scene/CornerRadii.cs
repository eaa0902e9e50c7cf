using System.Runtime.InteropServices;

namespace Sparrow.Scene;

/// <summary>
/// Circular corner radii in CSS pixels, in the order the shaders read them (a <c>vec4</c>):
/// top-left, top-right, bottom-right, bottom-left.
/// </summary>
[StructLayout(LayoutKind.Sequential, Pack = 4, Size = 16)]
public struct CornerRadii
{
    public float TopLeft;
    public float TopRight;
    public float BottomRight;
    public float BottomLeft;

    public CornerRadii(float topLeft, float topRight, float bottomRight, float bottomLeft)
    {
        TopLeft = topLeft;
        TopRight = topRight;
        BottomRight = bottomRight;
        BottomLeft = bottomLeft;
    }

    public static CornerRadii Uniform(float radius) => new(radius, radius, radius, radius);

    public readonly bool IsZero => TopLeft == 0 && TopRight == 0 && BottomRight == 0 && BottomLeft == 0;

    public readonly CornerRadii Scale(float factor) =>
        new(TopLeft * factor, TopRight * factor, BottomRight * factor, BottomLeft * factor);
}
