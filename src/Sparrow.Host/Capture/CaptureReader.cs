using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;

namespace Sparrow.Host.Capture;

/// <summary>
/// Reads a capture container (docs/capture-format.md). Everything is checked before it is trusted:
/// magic, version, every length against the bytes left, the CRC-32, the manifest's counts. A file
/// that fails any check throws <see cref="CaptureFormatException"/> naming the file and the offset.
/// </summary>
public static class CaptureReader
{
    /// <exception cref="CaptureFormatException">The file is not a readable capture.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static CaptureFile Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var length = new FileInfo(path).Length;
        if (length > CaptureFormat.MaxFileBytes)
        {
            throw new CaptureFormatException($"{path}: {length} bytes is larger than a capture may be ({CaptureFormat.MaxFileBytes} bytes)");
        }

        return Read(File.ReadAllBytes(path), path);
    }

    /// <exception cref="CaptureFormatException">The bytes are not a readable capture; the message starts with <paramref name="name"/>.</exception>
    public static CaptureFile Read(ReadOnlySpan<byte> bytes, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (bytes.Length < CaptureFormat.Magic.Length || !bytes[..CaptureFormat.Magic.Length].SequenceEqual(CaptureFormat.Magic))
        {
            throw Fail(name, 0, "not a Sparrow capture (it does not start with SPRWCAPT)");
        }

        if (bytes.Length < CaptureFormat.HeaderBytes + 4)
        {
            throw Fail(name, bytes.Length, $"truncated: {bytes.Length} bytes, a capture has at least {CaptureFormat.HeaderBytes + 4}");
        }

        var version = BinaryPrimitives.ReadUInt16LittleEndian(bytes[8..]);
        if (version != CaptureFormat.Version)
        {
            throw Fail(name, 8, $"capture format version {version}; this engine reads version {CaptureFormat.Version} (capture the page again with this engine)");
        }

        var count = BinaryPrimitives.ReadUInt32LittleEndian(bytes[12..]);
        var body = bytes[..^4];
        var offset = CaptureFormat.HeaderBytes;
        var entries = new List<(CaptureEntryKind Kind, string Name, byte[] Data, int Offset)>();
        for (var i = 0u; i < count; i++)
        {
            var start = offset;
            if (body.Length - offset < 5)
            {
                throw Fail(name, offset, $"truncated in entry {i + 1} of {count}");
            }

            var kind = (CaptureEntryKind)body[offset];
            var nameLength = BinaryPrimitives.ReadUInt32LittleEndian(body[(offset + 1)..]);
            offset += 5;
            if (nameLength > CaptureFormat.MaxNameBytes || body.Length - offset < nameLength + 4)
            {
                throw Fail(name, start, nameLength > CaptureFormat.MaxNameBytes ? $"entry {i + 1} has a {nameLength}-byte name" : $"truncated in entry {i + 1} of {count}");
            }

            var entryName = Encoding.UTF8.GetString(body.Slice(offset, (int)nameLength));
            offset += (int)nameLength;
            var dataLength = BinaryPrimitives.ReadUInt32LittleEndian(body[offset..]);
            offset += 4;
            if (body.Length - offset < dataLength)
            {
                throw Fail(name, start, $"truncated in entry {i + 1} of {count} ('{entryName}': {dataLength} bytes, {body.Length - offset} left)");
            }

            entries.Add((kind, entryName, body.Slice(offset, (int)dataLength).ToArray(), start));
            offset += (int)dataLength;
        }

        if (offset != body.Length)
        {
            throw Fail(name, offset, $"{body.Length - offset} unexpected bytes after the last of {count} entries");
        }

        var stored = BinaryPrimitives.ReadUInt32LittleEndian(bytes[^4..]);
        var actual = CaptureCrc32.Compute(body);
        if (stored != actual)
        {
            throw Fail(name, body.Length, $"corrupt: CRC-32 is {actual:x8}, the file says {stored:x8}");
        }

        return Assemble(entries, name);
    }

    private static CaptureFile Assemble(List<(CaptureEntryKind Kind, string Name, byte[] Data, int Offset)> entries, string name)
    {
        if (entries.Count == 0 || entries[0].Kind != CaptureEntryKind.Manifest)
        {
            throw Fail(name, CaptureFormat.HeaderBytes, "the first entry is not the manifest");
        }

        CaptureManifest manifest;
        try
        {
            manifest = JsonSerializer.Deserialize(entries[0].Data, CaptureJsonContext.Default.CaptureManifest) ?? throw new JsonException("null manifest");
        }
        catch (JsonException e)
        {
            throw Fail(name, entries[0].Offset, "the manifest is not valid JSON: " + e.Message);
        }

        if (string.IsNullOrEmpty(manifest.Route) || manifest.Width <= 0 || manifest.Height <= 0 || !(manifest.PixelRatio > 0))
        {
            throw Fail(name, entries[0].Offset, "the manifest lacks a route or a positive window size and pixel ratio");
        }

        var batches = new List<byte[]>();
        var sheets = new Dictionary<string, string>(StringComparer.Ordinal);
        var images = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        string? data = null;
        foreach (var (kind, entryName, bytes, offset) in entries.GetRange(1, entries.Count - 1))
        {
            switch (kind)
            {
                case CaptureEntryKind.Batch when entryName == batches.Count.ToString(CultureInfo.InvariantCulture):
                    batches.Add(bytes);
                    break;
                case CaptureEntryKind.Batch:
                    throw Fail(name, offset, $"batch '{entryName}' is out of order (expected {batches.Count})");
                case CaptureEntryKind.StyleSheet:
                    sheets[entryName] = Encoding.UTF8.GetString(bytes);
                    break;
                case CaptureEntryKind.Image:
                    images[entryName] = bytes;
                    break;
                case CaptureEntryKind.Data:
                    data = Encoding.UTF8.GetString(bytes);
                    break;
                case CaptureEntryKind.Manifest:
                    throw Fail(name, offset, "a second manifest");
                default:
                    break; // a kind from a later minor revision: skipped by design
            }
        }

        if (batches.Count != manifest.Batches || sheets.Count != manifest.StyleSheets || images.Count != manifest.Images || (data is not null) != manifest.HasData)
        {
            throw Fail(name, entries[0].Offset,
                $"the manifest promises {manifest.Batches} batches, {manifest.StyleSheets} stylesheets, {manifest.Images} images; the file has {batches.Count}, {sheets.Count}, {images.Count}");
        }

        return new CaptureFile
        {
            Route = manifest.Route,
            Query = manifest.Query ?? string.Empty,
            Width = manifest.Width,
            Height = manifest.Height,
            PixelRatio = manifest.PixelRatio,
            EngineVersion = manifest.EngineVersion ?? string.Empty,
            Commit = manifest.Commit ?? "unknown",
            Created = manifest.Created,
            DataJson = data,
            Batches = batches,
            StyleSheets = sheets,
            Images = images,
        };
    }

    private static CaptureFormatException Fail(string name, int offset, string message) =>
        new($"{name}: byte {offset.ToString(CultureInfo.InvariantCulture)}: {message}");
}
