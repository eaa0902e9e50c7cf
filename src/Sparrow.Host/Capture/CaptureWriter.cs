using System;
using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace Sparrow.Host.Capture;

/// <summary>Writes a <see cref="CaptureFile"/> as a capture container (docs/capture-format.md): header, manifest, entries, CRC-32.</summary>
public static class CaptureWriter
{
    public static byte[] ToBytes(CaptureFile capture)
    {
        ArgumentNullException.ThrowIfNull(capture);
        var sheets = capture.StyleSheets.OrderBy(s => s.Key, StringComparer.Ordinal).ToArray();
        var images = capture.Images.OrderBy(i => i.Key, StringComparer.Ordinal).ToArray();
        var manifest = new CaptureManifest(
            capture.Route, capture.Query, capture.Width, capture.Height, capture.PixelRatio, capture.EngineVersion, capture.Commit,
            capture.Created, capture.Batches.Count, sheets.Length, images.Length, capture.DataJson is not null);
        var count = 1 + capture.Batches.Count + sheets.Length + images.Length + (capture.DataJson is null ? 0 : 1);

        var output = new ArrayBufferWriter<byte>();
        output.Write(CaptureFormat.Magic);
        WriteUInt16(output, CaptureFormat.Version);
        WriteUInt16(output, 0);
        WriteUInt32(output, (uint)count);
        Entry(output, CaptureEntryKind.Manifest, "manifest.json", JsonSerializer.SerializeToUtf8Bytes(manifest, CaptureJsonContext.Default.CaptureManifest));
        for (var i = 0; i < capture.Batches.Count; i++)
        {
            Entry(output, CaptureEntryKind.Batch, i.ToString(CultureInfo.InvariantCulture), capture.Batches[i]);
        }

        foreach (var (path, text) in sheets)
        {
            Entry(output, CaptureEntryKind.StyleSheet, path, Encoding.UTF8.GetBytes(text));
        }

        foreach (var (path, bytes) in images)
        {
            Entry(output, CaptureEntryKind.Image, path, bytes);
        }

        if (capture.DataJson is not null)
        {
            Entry(output, CaptureEntryKind.Data, "data.json", Encoding.UTF8.GetBytes(capture.DataJson));
        }

        WriteUInt32(output, CaptureCrc32.Compute(output.WrittenSpan));
        return output.WrittenSpan.ToArray();
    }

    /// <summary>Writes the container to <paramref name="path"/> (its folder is created).</summary>
    public static void WriteFile(CaptureFile capture, string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllBytes(path, ToBytes(capture));
    }

    private static void Entry(ArrayBufferWriter<byte> output, CaptureEntryKind kind, string name, ReadOnlySpan<byte> data)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        if (nameBytes.Length > CaptureFormat.MaxNameBytes)
        {
            throw new ArgumentException($"capture entry name longer than {CaptureFormat.MaxNameBytes} bytes: {name[..64]}…", nameof(name));
        }

        output.Write([(byte)kind]);
        WriteUInt32(output, (uint)nameBytes.Length);
        output.Write(nameBytes);
        WriteUInt32(output, (uint)data.Length);
        output.Write(data);
    }

    private static void WriteUInt16(ArrayBufferWriter<byte> output, ushort value)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(output.GetSpan(2), value);
        output.Advance(2);
    }

    private static void WriteUInt32(ArrayBufferWriter<byte> output, uint value)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(output.GetSpan(4), value);
        output.Advance(4);
    }
}
