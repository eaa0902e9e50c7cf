using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using Xunit;

namespace Sparrow.Text.Tests;

/// <summary>
/// The RGBA path on a real color font: Noto Color Emoji's CBDT bitmaps (136 × 128 px at
/// 109 ppem), loaded with FT_LOAD_COLOR and scaled to the requested size as Skia does. Set
/// SPARROW_TEXT_GLYPH_DIR to a folder to get the glyph as a PNG there (straight alpha).
/// </summary>
public sealed class ColorGlyphTests
{
    [Fact]
    public void Grinning_face_rasterises_to_premultiplied_rgba_at_32px()
    {
        using var fonts = new FontSystem();
        var emoji = fonts.ColorEmojiFace ?? throw new InvalidOperationException("Noto Color Emoji is not installed: run ./dev setup (fonts-noto-color-emoji).");
        using var raster = new GlyphRasterizer();
        var match = new FaceMatch(emoji, false, false);
        var bm = raster.Rasterize(match, emoji.GlyphFor(0x1F600), 32, 0);
        Dump(bm, "u1f600_32px.png");

        Assert.Equal(GlyphFormat.Rgba8Premultiplied, bm.Format);
        Assert.Equal(1, bm.Scale);

        // The 136 × 128 bitmap (left 0, top 101 at 109 ppem) × 32/109 = 39.9 × 37.6 px, rounded
        // out to whole pixels around the scaled rectangle: x 0..40, y −30..8 from the baseline.
        Assert.Equal((40, 38, 0, 30), (bm.Width, bm.Height, bm.Left, bm.Top));
        Assert.Equal(bm.Width * 4, bm.Stride);
        Assert.Equal(bm.Width * bm.Height * 4, bm.Pixels.Length);

        int opaque = 0;
        var hues = new HashSet<int>();
        long r = 0, g = 0, b = 0;
        for (int i = 0; i < bm.Pixels.Length; i += 4)
        {
            byte pr = bm.Pixels[i], pg = bm.Pixels[i + 1], pb = bm.Pixels[i + 2], pa = bm.Pixels[i + 3];
            Assert.True(pr <= pa && pg <= pa && pb <= pa, $"not premultiplied at pixel {i / 4}: {pr},{pg},{pb},{pa}");
            if (pa == 255)
            {
                opaque++;
                r += pr;
                g += pg;
                b += pb;
                int max = Math.Max(pr, Math.Max(pg, pb)), min = Math.Min(pr, Math.Min(pg, pb));
                if (max - min > 60)
                {
                    hues.Add(Hue(pr, pg, pb) / 30); // twelve 30° hue bins
                }
            }
        }

        // A round face: the corners are transparent, most of the middle opaque.
        Assert.Equal(0, bm.Pixels[3]);
        Assert.Equal(0, bm.Pixels[^1]);
        Assert.InRange(opaque, bm.Width * bm.Height / 3, bm.Width * bm.Height);

        // Yellow overall (red and green well above blue), with other hues in it (the brown
        // mouth and eyes, orange shading): real color, not a coverage mask.
        Assert.True(r > b * 2 && g > b * 2, $"mean colour {r / opaque},{g / opaque},{b / opaque}");
        Assert.True(hues.Count >= 2, $"hue bins {string.Join(",", hues)}");
    }

    [Fact]
    public void Strike_glyphs_scale_with_the_size()
    {
        using var fonts = new FontSystem();
        var emoji = fonts.ColorEmojiFace!;
        using var raster = new GlyphRasterizer();
        var match = new FaceMatch(emoji, false, false);
        uint glyph = emoji.GlyphFor(0x1F389);
        var small = raster.Rasterize(match, glyph, 16, 0);
        var big = raster.Rasterize(match, glyph, 109, 0);
        Assert.Equal((20, 19), (small.Width, small.Height));
        Assert.Equal((136, 128), (big.Width, big.Height)); // the strike itself
    }

    private static int Hue(int r, int g, int b)
    {
        int max = Math.Max(r, Math.Max(g, b)), min = Math.Min(r, Math.Min(g, b));
        double d = max - min;
        double h = max == r ? ((g - b) / d) % 6 : max == g ? ((b - r) / d) + 2 : ((r - g) / d) + 4;
        return (int)((h * 60) + 360) % 360;
    }

    private static void Dump(GlyphBitmap bm, string name)
    {
        string? dir = Environment.GetEnvironmentVariable("SPARROW_TEXT_GLYPH_DIR");
        if (string.IsNullOrEmpty(dir) || bm.IsEmpty)
        {
            return;
        }

        Directory.CreateDirectory(dir);
        File.WriteAllBytes(Path.Combine(dir, name), Png(bm));
    }

    /// <summary>A minimal RGBA PNG encoder (un-premultiplied), for looking at glyphs.</summary>
    private static byte[] Png(GlyphBitmap bm)
    {
        var raw = new MemoryStream();
        for (int y = 0; y < bm.Height; y++)
        {
            raw.WriteByte(0);
            for (int x = 0; x < bm.Width; x++)
            {
                int p = (y * bm.Stride) + (x * 4);
                int a = bm.Pixels[p + 3];
                for (int c = 0; c < 3; c++)
                {
                    raw.WriteByte((byte)(a == 0 ? 0 : Math.Min(255, bm.Pixels[p + c] * 255 / a)));
                }

                raw.WriteByte((byte)a);
            }
        }

        var z = new MemoryStream();
        using (var zlib = new ZLibStream(z, CompressionLevel.Optimal, leaveOpen: true))
        {
            raw.Position = 0;
            raw.CopyTo(zlib);
        }

        var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var ihdr = new byte[13];
        BigEndian(ihdr, 0, bm.Width);
        BigEndian(ihdr, 4, bm.Height);
        ihdr[8] = 8; // bit depth
        ihdr[9] = 6; // RGBA
        Chunk(png, "IHDR", ihdr);
        Chunk(png, "IDAT", z.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream s, string type, byte[] data)
    {
        var head = new byte[8];
        BigEndian(head, 0, data.Length);
        for (int i = 0; i < 4; i++)
        {
            head[4 + i] = (byte)type[i];
        }

        s.Write(head);
        s.Write(data);
        uint crc = 0xFFFFFFFF;
        foreach (byte b in head.AsSpan(4))
        {
            crc = Crc(crc, b);
        }

        foreach (byte b in data)
        {
            crc = Crc(crc, b);
        }

        var tail = new byte[4];
        BigEndian(tail, 0, (int)~crc);
        s.Write(tail);
    }

    private static uint Crc(uint crc, byte b)
    {
        crc ^= b;
        for (int k = 0; k < 8; k++)
        {
            crc = (crc & 1) != 0 ? 0xEDB88320 ^ (crc >> 1) : crc >> 1;
        }

        return crc;
    }

    private static void BigEndian(byte[] a, int i, int v)
    {
        a[i] = (byte)(v >> 24);
        a[i + 1] = (byte)(v >> 16);
        a[i + 2] = (byte)(v >> 8);
        a[i + 3] = (byte)v;
    }
}
