using System;
using System.Buffers.Binary;
using System.IO;
using System.IO.Compression;

namespace Sparrow.Gpu;

/// <summary>
/// Writes an <see cref="RgbaImage"/> as an 8-bit RGBA, non-interlaced PNG (IHDR, one IDAT, IEND).
/// Rows use the Up filter, which suits UI screenshots (large flat areas); the IDAT is a zlib stream
/// from <see cref="ZLibStream"/>.
/// </summary>
public static class PngWriter
{
    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static void Write(RgbaImage image, Stream output)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(output);
        output.Write(Signature);

        Span<byte> ihdr = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, image.Width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr[4..], image.Height);
        ihdr[8] = 8; // bit depth
        ihdr[9] = 6; // color type: truecolor with alpha
        ihdr[10] = 0; // deflate
        ihdr[11] = 0; // adaptive filtering
        ihdr[12] = 0; // no interlace
        WriteChunk(output, "IHDR"u8, ihdr);

        var stride = image.Width * 4;
        using var compressed = new MemoryStream();
        using (var z = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            var row = new byte[stride + 1];
            for (var y = 0; y < image.Height; y++)
            {
                var current = image.Pixels.AsSpan(y * stride, stride);
                row[0] = y == 0 ? (byte)0 : (byte)2; // None for the first row, Up after
                if (y == 0)
                {
                    current.CopyTo(row.AsSpan(1));
                }
                else
                {
                    var previous = image.Pixels.AsSpan((y - 1) * stride, stride);
                    for (var i = 0; i < stride; i++)
                    {
                        row[i + 1] = (byte)(current[i] - previous[i]);
                    }
                }

                z.Write(row);
            }
        }

        WriteChunk(output, "IDAT"u8, compressed.GetBuffer().AsSpan(0, (int)compressed.Length));
        WriteChunk(output, "IEND"u8, []);
    }

    public static byte[] Encode(RgbaImage image)
    {
        using var ms = new MemoryStream();
        Write(image, ms);
        return ms.ToArray();
    }

    public static void WriteFile(RgbaImage image, string path)
    {
        using var file = File.Create(path);
        Write(image, file);
    }

    private static void WriteChunk(Stream output, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        Span<byte> header = stackalloc byte[8];
        BinaryPrimitives.WriteInt32BigEndian(header, data.Length);
        type.CopyTo(header[4..]);
        output.Write(header);
        output.Write(data);
        var crc = Crc32.Update(Crc32.Update(Crc32.Start, type), data);
        Span<byte> trailer = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(trailer, Crc32.Finish(crc));
        output.Write(trailer);
    }
}
