using System.Runtime.InteropServices;

namespace Sparrow.Scene;

/// <summary>Per-side border widths in CSS pixels, in CSS order (a <c>vec4</c> in the shaders): top, right, bottom, left.</summary>
[StructLayout(LayoutKind.Sequential, Pack = 4, Size = 16)]
public struct BorderWidths
{
    public float Top;
    public float Right;
    public float Bottom;
    public float Left;

    public BorderWidths(float top, float right, float bottom, float left)
    {
        Top = top;
        Right = right;
        Bottom = bottom;
        Left = left;
    }

    public static BorderWidths Uniform(float width) => new(width, width, width, width);

    public readonly bool IsZero => Top == 0 && Right == 0 && Bottom == 0 && Left == 0;
}
