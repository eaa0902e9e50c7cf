using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Sparrow.Script.MiniProgram;

/// <summary>
/// Every <c>.wxml</c> and <c>.wxs</c> file of a package, as the template compiler takes them (one
/// group, so <c>import</c>, <c>include</c> and WXS <c>src</c> resolve across files), and the
/// content hash that keys the compile cache.
/// </summary>
internal sealed class TemplateSources
{
    // Bump when what we ask the compiler for, or how we store its answer, changes.
    private const string CacheFormat = "sparrow-templates-1";

    private TemplateSources(List<(string Path, string Kind, string Text)> files)
    {
        Files = files;
    }

    /// <summary>Path without leading slash or extension (<c>pages/index/index</c>), kind (<c>wxml</c>/<c>wxs</c>), text.</summary>
    public IReadOnlyList<(string Path, string Kind, string Text)> Files { get; }

    public static TemplateSources Collect(string packageRoot)
    {
        var root = Path.GetFullPath(packageRoot);
        var found = new List<string>();
        Walk(root, found);
        found.Sort(StringComparer.Ordinal);
        var files = new List<(string, string, string)>(found.Count);
        foreach (var full in found)
        {
            var relative = Path.GetRelativePath(root, full).Replace(Path.DirectorySeparatorChar, '/');
            var extension = Path.GetExtension(relative);
            files.Add((relative[..^extension.Length], extension[1..].ToLowerInvariant(), File.ReadAllText(full)));
        }

        return new TemplateSources(files);
    }

    /// <summary>SHA-256 over the cache format, the compiler files' bytes and every input (path, kind, text).</summary>
    public string Hash(IEnumerable<string> compilerFiles)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(CacheFormat + "\n"));
        foreach (var file in compilerFiles)
        {
            using var compiler = File.OpenRead(file);
            hash.AppendData(SHA256.HashData(compiler));
        }

        foreach (var (path, kind, text) in Files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"{path}\0{kind}\0{text.Length}\0"));
            hash.AppendData(Encoding.UTF8.GetBytes(text));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The inputs as the JSON array <c>__sparrowHost.compileTemplates</c> takes.</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var (path, kind, text) in Files)
            {
                json.WriteStartObject();
                json.WriteString("path", path);
                json.WriteString("kind", kind);
                json.WriteString("text", text);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Source files anywhere in the package but hidden folders and node_modules (npm sources are built into miniprogram_npm).</summary>
    private static void Walk(string dir, List<string> found)
    {
        foreach (var file in Directory.EnumerateFiles(dir))
        {
            var name = Path.GetFileName(file);
            if (name.EndsWith(".wxml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".wxs", StringComparison.OrdinalIgnoreCase))
            {
                found.Add(file);
            }
        }

        foreach (var sub in Directory.EnumerateDirectories(dir))
        {
            var name = Path.GetFileName(sub);
            if (!name.StartsWith('.') && name != "node_modules")
            {
                Walk(sub, found);
            }
        }
    }
}
