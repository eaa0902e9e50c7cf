using System;
using Sparrow.Core;
using Sparrow.Scene;

namespace Sparrow.Gpu;

/// <summary>
/// Bakes a long gradient's stops into one row of the ramp texture: <see cref="Width"/> premultiplied
/// RGBA texels, texel i holding the color at t = i / (Width - 1), interpolated in premultiplied space
/// (css-images-4 §3.5.2) with the first and last stops extended. No GL.
/// </summary>
public static class GradientRampBaker
{
    public const int Width = 256;

    public static void Bake(ReadOnlySpan<GradientStop> stops, Span<byte> row)
    {
        if (stops.IsEmpty || row.Length < Width * 4)
        {
            ThrowHelper.Argument(nameof(row), "A ramp row needs stops and 256 RGBA texels.");
        }

        var s = 0;
        for (var i = 0; i < Width; i++)
        {
            var t = i / (float)(Width - 1);
            while (s < stops.Length - 1 && t > stops[s + 1].Offset)
            {
                s++;
            }

            float r, g, b, a;
            if (t <= stops[0].Offset || s == stops.Length - 1)
            {
                (r, g, b, a) = Premultiplied(t <= stops[0].Offset ? stops[0].Color : stops[^1].Color);
            }
            else
            {
                var (r0, g0, b0, a0) = Premultiplied(stops[s].Color);
                var (r1, g1, b1, a1) = Premultiplied(stops[s + 1].Color);
                var span = stops[s + 1].Offset - stops[s].Offset;
                var f = span <= 0 ? 1 : Math.Clamp((t - stops[s].Offset) / span, 0, 1);
                (r, g, b, a) = (r0 + ((r1 - r0) * f), g0 + ((g1 - g0) * f), b0 + ((b1 - b0) * f), a0 + ((a1 - a0) * f));
            }

            row[i * 4] = ToByte(r);
            row[(i * 4) + 1] = ToByte(g);
            row[(i * 4) + 2] = ToByte(b);
            row[(i * 4) + 3] = ToByte(a);
        }
    }

    private static (float R, float G, float B, float A) Premultiplied(Color c)
    {
        var a = c.A / 255f;
        return (c.R / 255f * a, c.G / 255f * a, c.B / 255f * a, a);
    }

    private static byte ToByte(float v) => (byte)Math.Clamp((int)MathF.Round(v * 255), 0, 255);
}
