using System;
using System.Buffers.Binary;
using System.IO;
using System.IO.Compression;
using Sparrow.Core;

namespace Sparrow.Gpu;

/// <summary>
/// A PNG decoder over <see cref="ZLibStream"/>: all color types, bit depths 1–16 (16-bit reduced to 8),
/// palettes with tRNS, Adam7 interlacing; CRCs checked. Output is straight-alpha RGBA8.
/// Chosen over libpng through P/Invoke because libpng reports errors by longjmp, which cannot unwind
/// through managed frames safely; zlib is already in the runtime, and the format is small.
/// Gamma, color profiles and text chunks are ignored (as browsers do for sRGB content).
/// </summary>
public static class PngDecoder
{
    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static bool IsPng(ReadOnlySpan<byte> data) => data.StartsWith(Signature);

    /// <summary>The image, or null with a diagnostic (SP8004 corrupt, SP8005 unsupported) at <paramref name="file"/>.</summary>
    public static RgbaImage? TryDecode(ReadOnlySpan<byte> data, string file, out Diagnostic? diagnostic)
    {
        diagnostic = null;
        try
        {
            return Decode(data, file, out diagnostic);
        }
        catch (InvalidDataException e)
        {
            diagnostic = Diagnostic.Error(GpuDiagnosticCodes.ImageDecodeFailed, "Corrupt PNG: " + e.Message, SourceLocation.InFile(file));
            return null;
        }
    }

    private static RgbaImage? Decode(ReadOnlySpan<byte> data, string file, out Diagnostic? diagnostic)
    {
        diagnostic = null;
        if (!IsPng(data))
        {
            throw new InvalidDataException("missing PNG signature");
        }

        int width = 0, height = 0, depth = 0, colorType = 0, interlace = 0;
        ReadOnlySpan<byte> palette = default;
        ReadOnlySpan<byte> transparency = default;
        using var idat = new MemoryStream();
        var pos = 8;
        var sawEnd = false;
        while (pos + 12 <= data.Length && !sawEnd)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(data[pos..]);
            if (length < 0 || pos + 12 + length > data.Length)
            {
                throw new InvalidDataException("chunk runs past the end of the file");
            }

            var type = data.Slice(pos + 4, 4);
            var body = data.Slice(pos + 8, length);
            var crc = BinaryPrimitives.ReadUInt32BigEndian(data[(pos + 8 + length)..]);
            if (Crc32.Finish(Crc32.Update(Crc32.Update(Crc32.Start, type), body)) != crc)
            {
                throw new InvalidDataException($"bad CRC in chunk {System.Text.Encoding.ASCII.GetString(type)}");
            }

            if (type.SequenceEqual("IHDR"u8))
            {
                width = BinaryPrimitives.ReadInt32BigEndian(body);
                height = BinaryPrimitives.ReadInt32BigEndian(body[4..]);
                depth = body[8];
                colorType = body[9];
                interlace = body[12];
            }
            else if (type.SequenceEqual("PLTE"u8))
            {
                palette = body;
            }
            else if (type.SequenceEqual("tRNS"u8))
            {
                transparency = body;
            }
            else if (type.SequenceEqual("IDAT"u8))
            {
                idat.Write(body);
            }
            else if (type.SequenceEqual("IEND"u8))
            {
                sawEnd = true;
            }

            pos += 12 + length;
        }

        var channels = colorType switch { 0 => 1, 2 => 3, 3 => 1, 4 => 2, 6 => 4, _ => 0 };
        var validDepth = colorType switch
        {
            0 => depth is 1 or 2 or 4 or 8 or 16,
            3 => depth is 1 or 2 or 4 or 8,
            _ => depth is 8 or 16,
        };
        if (width <= 0 || height <= 0 || channels == 0 || !validDepth || interlace > 1)
        {
            diagnostic = Diagnostic.Error(GpuDiagnosticCodes.ImageFormatUnsupported, $"Unsupported PNG header (color type {colorType}, depth {depth}, interlace {interlace}).", SourceLocation.InFile(file));
            return null;
        }

        if ((long)width * height > 1 << 26)
        {
            diagnostic = Diagnostic.Error(GpuDiagnosticCodes.ImageFormatUnsupported, $"PNG of {width}×{height} exceeds the 64-megapixel limit.", SourceLocation.InFile(file));
            return null;
        }

        idat.Position = 0;
        byte[] raw;
        using (var z = new ZLibStream(idat, CompressionMode.Decompress))
        using (var inflated = new MemoryStream())
        {
            z.CopyTo(inflated);
            raw = inflated.ToArray();
        }

        var image = new RgbaImage(width, height);
        var bitsPerPixel = channels * depth;
        var format = new PixelFormat(colorType, depth, channels, palette.ToArray(), transparency.ToArray());
        var offset = 0;
        if (interlace == 0)
        {
            Unfilter(raw, ref offset, width, height, bitsPerPixel, (x, y, row, i) => format.Store(image, x, y, row, i), 0, 0, 1, 1);
        }
        else
        {
            // Adam7 passes: (x0, y0, dx, dy), PNG spec §8.2.
            ReadOnlySpan<int> passes = [0, 0, 8, 8, 4, 0, 8, 8, 0, 4, 4, 8, 2, 0, 4, 4, 0, 2, 2, 4, 1, 0, 2, 2, 0, 1, 1, 2];
            for (var p = 0; p < 7; p++)
            {
                int x0 = passes[p * 4], y0 = passes[(p * 4) + 1], dx = passes[(p * 4) + 2], dy = passes[(p * 4) + 3];
                var pw = (width - x0 + dx - 1) / dx;
                var ph = (height - y0 + dy - 1) / dy;
                if (pw > 0 && ph > 0)
                {
                    Unfilter(raw, ref offset, pw, ph, bitsPerPixel, (x, y, row, i) => format.Store(image, x, y, row, i), x0, y0, dx, dy);
                }
            }
        }

        return image;
    }

    private delegate void PixelSink(int x, int y, byte[] row, int index);

    /// <summary>Reverses the per-row filters (PNG spec §9) of one (sub)image and hands each pixel to <paramref name="store"/>.</summary>
    private static void Unfilter(byte[] raw, ref int offset, int width, int height, int bitsPerPixel, PixelSink store, int x0, int y0, int dx, int dy)
    {
        var stride = ((width * bitsPerPixel) + 7) / 8;
        var bpp = Math.Max(1, bitsPerPixel / 8);
        var previous = new byte[stride];
        var current = new byte[stride];
        for (var y = 0; y < height; y++)
        {
            if (offset + 1 + stride > raw.Length)
            {
                throw new InvalidDataException("image data is truncated");
            }

            var filter = raw[offset];
            Array.Copy(raw, offset + 1, current, 0, stride);
            offset += 1 + stride;
            for (var i = 0; i < stride; i++)
            {
                int a = i >= bpp ? current[i - bpp] : 0;
                int b = previous[i];
                int c = i >= bpp ? previous[i - bpp] : 0;
                current[i] = filter switch
                {
                    0 => current[i],
                    1 => (byte)(current[i] + a),
                    2 => (byte)(current[i] + b),
                    3 => (byte)(current[i] + ((a + b) >> 1)),
                    4 => (byte)(current[i] + Paeth(a, b, c)),
                    _ => throw new InvalidDataException($"unknown filter type {filter}"),
                };
            }

            for (var x = 0; x < width; x++)
            {
                store(x0 + (x * dx), y0 + (y * dy), current, x);
            }

            (previous, current) = (current, previous);
        }
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private sealed record PixelFormat(int ColorType, int Depth, int Channels, byte[] Palette, byte[] Transparency)
    {
        public void Store(RgbaImage image, int x, int y, byte[] row, int index)
        {
            switch (ColorType)
            {
                case 0:
                {
                    var raw = Sample(row, index, 0);
                    var g = To8(raw);
                    var transparent = Transparency.Length >= 2 && raw == BinaryPrimitives.ReadUInt16BigEndian(Transparency);
                    image[x, y] = new Color(g, g, g, transparent ? (byte)0 : (byte)255);
                    break;
                }

                case 2:
                {
                    int r = Sample(row, index, 0), g = Sample(row, index, 1), b = Sample(row, index, 2);
                    var transparent = Transparency.Length >= 6
                        && r == BinaryPrimitives.ReadUInt16BigEndian(Transparency)
                        && g == BinaryPrimitives.ReadUInt16BigEndian(Transparency.AsSpan(2))
                        && b == BinaryPrimitives.ReadUInt16BigEndian(Transparency.AsSpan(4));
                    image[x, y] = new Color(To8(r), To8(g), To8(b), transparent ? (byte)0 : (byte)255);
                    break;
                }

                case 3:
                {
                    var i = Sample(row, index, 0);
                    if ((i * 3) + 2 >= Palette.Length)
                    {
                        throw new InvalidDataException($"palette index {i} out of range");
                    }

                    var a = i < Transparency.Length ? Transparency[i] : (byte)255;
                    image[x, y] = new Color(Palette[i * 3], Palette[(i * 3) + 1], Palette[(i * 3) + 2], a);
                    break;
                }

                case 4:
                {
                    var g = To8(Sample(row, index, 0));
                    image[x, y] = new Color(g, g, g, To8(Sample(row, index, 1)));
                    break;
                }

                default:
                    image[x, y] = new Color(To8(Sample(row, index, 0)), To8(Sample(row, index, 1)), To8(Sample(row, index, 2)), To8(Sample(row, index, 3)));
                    break;
            }
        }

        /// <summary>Channel <paramref name="c"/> of pixel <paramref name="index"/>, at the image's bit depth.</summary>
        private int Sample(byte[] row, int index, int c)
        {
            switch (Depth)
            {
                case 8:
                    return row[(index * Channels) + c];
                case 16:
                    return (row[((index * Channels) + c) * 2] << 8) | row[(((index * Channels) + c) * 2) + 1];
                default:
                    // 1, 2, 4 bits: single-channel only (gray or palette), packed from the high bit.
                    var bit = index * Depth;
                    return (row[bit >> 3] >> (8 - Depth - (bit & 7))) & ((1 << Depth) - 1);
            }
        }

        private byte To8(int v) => Depth switch
        {
            16 => (byte)(v >> 8),
            8 => (byte)v,
            _ => ColorType == 3 ? (byte)v : (byte)(v * 255 / ((1 << Depth) - 1)),
        };
    }
}
