using System.Globalization;
using System.Runtime.InteropServices;

namespace Sparrow.Core;

/// <summary>A non-premultiplied sRGB color with 8 bits per channel, laid out R, G, B, A in memory.</summary>
[StructLayout(LayoutKind.Sequential, Size = 4)]
public readonly record struct Color(byte R, byte G, byte B, byte A)
{
    public static Color Transparent => default;

    public static Color Black => new(0, 0, 0, 255);

    public static Color White => new(255, 255, 255, 255);

    public bool IsTransparent => A == 0;

    /// <summary>From 0xRRGGBBAA.</summary>
    public static Color FromRgba(uint rgba) =>
        new((byte)(rgba >> 24), (byte)(rgba >> 16), (byte)(rgba >> 8), (byte)rgba);

    /// <summary>As 0xRRGGBBAA.</summary>
    public uint ToRgba() => ((uint)R << 24) | ((uint)G << 16) | ((uint)B << 8) | A;

    /// <summary>This color with its alpha multiplied by <paramref name="opacity"/> (0..1).</summary>
    public Color WithOpacity(float opacity)
    {
        var a = opacity <= 0 ? (byte)0 : opacity >= 1 ? A : (byte)((A * opacity) + 0.5f);
        return new Color(R, G, B, a);
    }

    /// <summary><c>#rrggbb</c> when opaque, else <c>#rrggbbaa</c>: the form used in dumps.</summary>
    public override string ToString() => A == 255
        ? string.Create(CultureInfo.InvariantCulture, $"#{R:x2}{G:x2}{B:x2}")
        : string.Create(CultureInfo.InvariantCulture, $"#{R:x2}{G:x2}{B:x2}{A:x2}");
}
