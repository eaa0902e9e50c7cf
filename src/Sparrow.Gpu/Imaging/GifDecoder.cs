using System;
using System.IO;
using Sparrow.Core;

namespace Sparrow.Gpu;

/// <summary>
/// The first frame of a GIF (87a/89a) as straight-alpha RGBA on the logical screen: global and local
/// color tables, the graphic control extension's transparent index, interlacing, LZW
/// (https://www.w3.org/Graphics/GIF/spec-gif89a.txt). Written here rather than bound to libgif: the
/// format is small, and reading giflib's structs through P/Invoke would tie us to its ABI.
/// Animation beyond the first frame is not decoded.
/// </summary>
public static class GifDecoder
{
    private const int MaxCodes = 4096;

    public static bool IsGif(ReadOnlySpan<byte> data) => data.StartsWith("GIF87a"u8) || data.StartsWith("GIF89a"u8);

    public static RgbaImage? TryDecode(ReadOnlySpan<byte> data, string file, out Diagnostic? diagnostic)
    {
        diagnostic = null;
        try
        {
            return Decode(data);
        }
        catch (Exception e) when (e is InvalidDataException or IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            diagnostic = Diagnostic.Error(GpuDiagnosticCodes.ImageDecodeFailed, "Corrupt GIF: " + e.Message, SourceLocation.InFile(file));
            return null;
        }
    }

    private static RgbaImage Decode(ReadOnlySpan<byte> data)
    {
        if (!IsGif(data))
        {
            throw new InvalidDataException("missing GIF signature");
        }

        int width = U16(data, 6), height = U16(data, 8);
        var packed = data[10];
        var pos = 13;
        ReadOnlySpan<byte> globalTable = default;
        if ((packed & 0x80) != 0)
        {
            var size = 3 << ((packed & 7) + 1);
            globalTable = data.Slice(pos, size);
            pos += size;
        }

        if (width == 0 || height == 0)
        {
            throw new InvalidDataException("empty logical screen");
        }

        var transparent = -1;
        while (pos < data.Length)
        {
            var block = data[pos++];
            if (block == 0x21)
            {
                var label = data[pos++];
                if (label == 0xF9 && data[pos] >= 4 && (data[pos + 1] & 1) != 0)
                {
                    transparent = data[pos + 4];
                }

                pos = SkipSubBlocks(data, pos);
            }
            else if (block == 0x2C)
            {
                return DecodeFrame(data, pos, width, height, globalTable, transparent);
            }
            else
            {
                break; // trailer (0x3B) or garbage: no image
            }
        }

        throw new InvalidDataException("no image in the file");
    }

    private static RgbaImage DecodeFrame(ReadOnlySpan<byte> data, int pos, int width, int height, ReadOnlySpan<byte> globalTable, int transparent)
    {
        int left = U16(data, pos), top = U16(data, pos + 2), w = U16(data, pos + 4), h = U16(data, pos + 6);
        var packed = data[pos + 8];
        pos += 9;
        var table = globalTable;
        if ((packed & 0x80) != 0)
        {
            var size = 3 << ((packed & 7) + 1);
            table = data.Slice(pos, size);
            pos += size;
        }

        if (table.IsEmpty)
        {
            throw new InvalidDataException("no color table");
        }

        var minCodeSize = data[pos++];
        if (minCodeSize is < 2 or > 8)
        {
            throw new InvalidDataException($"LZW minimum code size {minCodeSize}");
        }

        // Concatenate the data sub-blocks.
        using var lzw = new MemoryStream();
        while (data[pos] != 0)
        {
            lzw.Write(data.Slice(pos + 1, data[pos]));
            pos += 1 + data[pos];
        }

        var indices = new byte[w * h];
        var count = Lzw(lzw.GetBuffer().AsSpan(0, (int)lzw.Length), minCodeSize, indices);

        var image = new RgbaImage(width, height);
        var interlaced = (packed & 0x40) != 0;
        for (var i = 0; i < count; i++)
        {
            int row = i / w, x = left + (i % w);
            var y = top + (interlaced ? InterlacedRow(row, h) : row);
            var index = indices[i];
            if (x >= width || y >= height || index == transparent || (index * 3) + 2 >= table.Length)
            {
                continue;
            }

            image[x, y] = new Color(table[index * 3], table[(index * 3) + 1], table[(index * 3) + 2], 255);
        }

        return image;
    }

    /// <summary>Variable-width LZW, codes packed least significant bit first; returns the pixels written.</summary>
    private static int Lzw(ReadOnlySpan<byte> input, int minCodeSize, byte[] output)
    {
        var prefix = new short[MaxCodes];
        var suffix = new byte[MaxCodes];
        var stack = new byte[MaxCodes + 1];
        int clear = 1 << minCodeSize, end = clear + 1;
        int codeSize = minCodeSize + 1, next = clear + 2, previous = -1;
        byte first = 0;
        int bits = 0, buffer = 0, written = 0;
        for (var i = 0; i < clear; i++)
        {
            suffix[i] = (byte)i;
        }

        foreach (var b in input)
        {
            buffer |= b << bits;
            bits += 8;
            while (bits >= codeSize)
            {
                var code = buffer & ((1 << codeSize) - 1);
                buffer >>= codeSize;
                bits -= codeSize;
                if (code == clear)
                {
                    codeSize = minCodeSize + 1;
                    next = clear + 2;
                    previous = -1;
                    continue;
                }

                if (code == end)
                {
                    return written;
                }

                if (previous < 0)
                {
                    if (code >= clear)
                    {
                        throw new InvalidDataException("LZW stream starts with a non-literal");
                    }

                    first = (byte)code;
                    if (written < output.Length)
                    {
                        output[written++] = first;
                    }

                    previous = code;
                    continue;
                }

                // A code not yet in the table is the previous string plus its own first character (KwKwK).
                var top = 0;
                var current = code;
                if (code >= next)
                {
                    if (code > next)
                    {
                        throw new InvalidDataException($"LZW code {code} out of order");
                    }

                    stack[top++] = first;
                    current = previous;
                }

                while (current >= clear)
                {
                    stack[top++] = suffix[current];
                    current = prefix[current];
                }

                first = (byte)current;
                stack[top++] = first;
                while (top > 0 && written < output.Length)
                {
                    output[written++] = stack[--top];
                }

                if (next < MaxCodes)
                {
                    prefix[next] = (short)previous;
                    suffix[next] = first;
                    next++;
                    if (next == 1 << codeSize && codeSize < 12)
                    {
                        codeSize++;
                    }
                }

                previous = code;
            }
        }

        return written;
    }

    /// <summary>Row order of an interlaced image: every 8th from 0, every 8th from 4, every 4th from 2, every 2nd from 1.</summary>
    private static int InterlacedRow(int row, int height)
    {
        int pass1 = (height + 7) / 8, pass2 = (height + 3) / 8, pass3 = (height + 1) / 4;
        if (row < pass1)
        {
            return row * 8;
        }

        row -= pass1;
        if (row < pass2)
        {
            return 4 + (row * 8);
        }

        row -= pass2;
        return row < pass3 ? 2 + (row * 4) : 1 + ((row - pass3) * 2);
    }

    private static int SkipSubBlocks(ReadOnlySpan<byte> data, int pos)
    {
        while (data[pos] != 0)
        {
            pos += 1 + data[pos];
        }

        return pos + 1;
    }

    private static int U16(ReadOnlySpan<byte> data, int pos) => data[pos] | (data[pos + 1] << 8);
}
