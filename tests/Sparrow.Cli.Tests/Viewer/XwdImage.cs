using System;
using System.Buffers.Binary;
using System.IO;

namespace Sparrow.Cli.Tests.Viewer;

/// <summary>
/// Reads an X window dump (<c>xwd</c>'s format, version 7, ZPixmap, 24 or 32 bits per pixel) into
/// RGBA8, top row first. Only what the viewer test needs: true-colour visuals with channel masks.
/// </summary>
internal sealed class XwdImage
{
    private XwdImage(int width, int height, byte[] rgba)
    {
        Width = width;
        Height = height;
        Rgba = rgba;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>RGBA8, alpha always 255, <see cref="Width"/> · 4 bytes a row.</summary>
    public byte[] Rgba { get; }

    public static XwdImage Read(byte[] file)
    {
        uint Field(int index) => BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(index * 4, 4));
        var headerSize = (int)Field(0);
        if (Field(1) != 7 || Field(2) != 2)
        {
            throw new InvalidDataException($"not an XWD version 7 ZPixmap (version {Field(1)}, format {Field(2)})");
        }

        var width = (int)Field(4);
        var height = (int)Field(5);
        var littleEndian = Field(7) == 0;
        var bitsPerPixel = (int)Field(11);
        var bytesPerLine = (int)Field(12);
        var (redMask, greenMask, blueMask) = (Field(14), Field(15), Field(16));
        var colors = (int)Field(19);
        if (bitsPerPixel is not (24 or 32))
        {
            throw new InvalidDataException($"{bitsPerPixel} bits per pixel is not supported");
        }

        var data = headerSize + (colors * 12);
        var rgba = new byte[width * height * 4];
        var bytes = bitsPerPixel / 8;
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var at = data + (y * bytesPerLine) + (x * bytes);
                uint pixel = 0;
                for (var b = 0; b < bytes; b++)
                {
                    pixel |= (uint)file[at + b] << (8 * (littleEndian ? b : bytes - 1 - b));
                }

                var o = ((y * width) + x) * 4;
                rgba[o] = Channel(pixel, redMask);
                rgba[o + 1] = Channel(pixel, greenMask);
                rgba[o + 2] = Channel(pixel, blueMask);
                rgba[o + 3] = 255;
            }
        }

        return new XwdImage(width, height, rgba);
    }

    private static byte Channel(uint pixel, uint mask)
    {
        var shift = System.Numerics.BitOperations.TrailingZeroCount(mask);
        var max = mask >> shift;
        var value = (pixel & mask) >> shift;
        return (byte)(max == 255 ? value : value * 255 / Math.Max(1u, max));
    }
}
