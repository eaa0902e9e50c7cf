using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using Sparrow.Core;
using Sparrow.Package.Json;

namespace Sparrow.Package.Archives;

/// <summary>Writes and reads <c>sparrow-package.json</c>. Reading reports every bad field at its line and column.</summary>
internal static class ManifestJson
{
    public static byte[] Write(PackageManifest manifest)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("format", PackageManifest.FormatName);
            json.WriteNumber("formatVersion", manifest.FormatVersion);
            if (manifest.AppId is null)
            {
                json.WriteNull("appid");
            }
            else
            {
                json.WriteString("appid", manifest.AppId);
            }

            json.WriteString("tool", manifest.Tool);
            json.WriteString("contentHash", manifest.ContentHash);
            json.WriteNumber("totalBytes", manifest.TotalBytes);
            json.WriteStartArray("files");
            foreach (var file in manifest.Files)
            {
                json.WriteStartObject();
                json.WriteString("path", file.Path);
                json.WriteNumber("size", file.Size);
                json.WriteString("sha256", file.Sha256);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>The manifest, or null after reporting why it cannot be used.</summary>
    /// <param name="file">The name diagnostics use: <c>archive!sparrow-package.json</c>.</param>
    /// <param name="utf8">The manifest's bytes.</param>
    /// <param name="diagnostics">Where problems go.</param>
    public static PackageManifest? Read(string file, ReadOnlySpan<byte> utf8, IDiagnosticSink diagnostics)
    {
        var syntax = new DiagnosticBag();
        var root = JsonTreeReader.Parse(file, utf8, syntax);
        foreach (var diagnostic in syntax.Snapshot())
        {
            diagnostics.Report(diagnostic with { Code = ArchiveDiagnosticCodes.ManifestInvalid });
        }

        if (root is null || !root.IsObject)
        {
            if (root is not null)
            {
                diagnostics.Report(Diagnostic.Error(ArchiveDiagnosticCodes.ManifestInvalid, "The manifest must be a JSON object.", root.Location));
            }

            return null;
        }

        if (root.GetString("format") != PackageManifest.FormatName || root["formatVersion"] is not { Kind: JsonKind.Number } version)
        {
            diagnostics.Report(Diagnostic.Error(ArchiveDiagnosticCodes.ManifestMissing, $"This is not a Sparrow package manifest ('format' must be \"{PackageManifest.FormatName}\" with a 'formatVersion').", root.Location));
            return null;
        }

        if (version.Number != PackageManifest.CurrentFormatVersion)
        {
            diagnostics.Report(Diagnostic.Error(ArchiveDiagnosticCodes.ManifestMissing, $"Manifest format version {version.Number} is not supported; this build reads version {PackageManifest.CurrentFormatVersion}.", version.Location));
            return null;
        }

        var reader = new FieldReader(diagnostics);
        var tool = reader.String(root, "tool");
        var contentHash = reader.String(root, "contentHash");
        var appId = root["appid"] is { Kind: JsonKind.Null } or null ? null : reader.String(root, "appid");
        var files = ReadFiles(root, reader);
        return reader.Failed || tool is null || contentHash is null || files is null
            ? null
            : new PackageManifest(PackageManifest.CurrentFormatVersion, appId, tool, contentHash, files);
    }

    private static List<ManifestFile>? ReadFiles(JsonNode root, FieldReader reader)
    {
        var node = root["files"];
        if (node is not { IsArray: true })
        {
            reader.Fail("'files' must be an array.", (node ?? root).Location);
            return null;
        }

        var files = new List<ManifestFile>(node.Items.Count);
        foreach (var item in node.Items)
        {
            var path = reader.String(item, "path");
            var size = reader.Size(item, "size");
            var sha = reader.String(item, "sha256");
            if (sha is not null && !IsSha256Hex(sha))
            {
                reader.Fail("'sha256' must be 64 lowercase hex digits.", item["sha256"]!.Location);
            }
            else if (path is not null && size is not null && sha is not null)
            {
                files.Add(new ManifestFile(path, size.Value, sha));
            }
        }

        return files;
    }

    private static bool IsSha256Hex(string text) =>
        text.Length == 64 && text.AsSpan().IndexOfAnyExcept("0123456789abcdef") < 0;

    /// <summary>Reads typed fields; a missing or mistyped one is reported once and marks the manifest unusable.</summary>
    private sealed class FieldReader(IDiagnosticSink diagnostics)
    {
        public bool Failed { get; private set; }

        public string? String(JsonNode owner, string name)
        {
            if (owner[name] is { IsString: true } node)
            {
                return node.Text;
            }

            Fail($"'{name}' must be a string.", (owner[name] ?? owner).Location);
            return null;
        }

        public long? Size(JsonNode owner, string name)
        {
            if (owner[name] is { Kind: JsonKind.Number } node && node.Number >= 0 && node.Number <= long.MaxValue / 2 && node.Number == Math.Floor(node.Number))
            {
                return (long)node.Number;
            }

            Fail($"'{name}' must be a whole number of bytes.", (owner[name] ?? owner).Location);
            return null;
        }

        public void Fail(string message, SourceLocation location)
        {
            Failed = true;
            diagnostics.Report(Diagnostic.Error(ArchiveDiagnosticCodes.ManifestInvalid, message, location));
        }
    }
}
