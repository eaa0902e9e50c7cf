using System.Runtime.InteropServices;

namespace Sparrow.Scene;

/// <summary>One <see cref="BorderStyle"/> per side in CSS order, packed in four bytes (a <c>uvec4</c> of bytes in the shader).</summary>
[StructLayout(LayoutKind.Sequential, Pack = 1, Size = 4)]
public struct BorderStyles
{
    public BorderStyle Top;
    public BorderStyle Right;
    public BorderStyle Bottom;
    public BorderStyle Left;

    public BorderStyles(BorderStyle top, BorderStyle right, BorderStyle bottom, BorderStyle left)
    {
        Top = top;
        Right = right;
        Bottom = bottom;
        Left = left;
    }

    public static BorderStyles Uniform(BorderStyle style) => new(style, style, style, style);
}
