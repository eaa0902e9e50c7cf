using System;

namespace Sparrow.Gpu;

/// <summary>Texel conversions done on the way to a texture, on whichever thread uploads it.</summary>
internal static class TexelConversion
{
    /// <summary>
    /// Straight-alpha RGBA8 <paramref name="straight"/> into premultiplied <paramref name="premultiplied"/>
    /// (same length), rounding as <see cref="RgbaImage.Premultiply"/> does, so both upload paths give the same texels.
    /// </summary>
    public static void Premultiply(ReadOnlySpan<byte> straight, Span<byte> premultiplied)
    {
        if (premultiplied.Length != straight.Length)
        {
            Core.ThrowHelper.Argument(nameof(premultiplied), "The destination must hold as many bytes as the source.");
        }

        for (var i = 0; i + 3 < straight.Length; i += 4)
        {
            var a = straight[i + 3];
            if (a == 255)
            {
                premultiplied[i] = straight[i];
                premultiplied[i + 1] = straight[i + 1];
                premultiplied[i + 2] = straight[i + 2];
            }
            else
            {
                premultiplied[i] = (byte)(((straight[i] * a) + 127) / 255);
                premultiplied[i + 1] = (byte)(((straight[i + 1] * a) + 127) / 255);
                premultiplied[i + 2] = (byte)(((straight[i + 2] * a) + 127) / 255);
            }

            premultiplied[i + 3] = a;
        }
    }
}
