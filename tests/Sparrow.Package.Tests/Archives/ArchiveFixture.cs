using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Sparrow.Core;
using Sparrow.Package.Archives;

namespace Sparrow.Package.Tests.Archives;

/// <summary>A sample package, its archive, and a private cache folder; plus hand-made zips for bad input.</summary>
internal sealed class ArchiveFixture
{
    public ArchiveFixture()
    {
        Work = Path.Combine(Path.GetTempPath(), "sparrow-archive-tests", Guid.NewGuid().ToString("N"));
        Cache = Path.Combine(Work, "cache");
        Directory.CreateDirectory(Cache);
        Package = new TestPackage()
            .File("app.json", """{ "pages": ["pages/index/index"], "subpackages": [{ "root": "sub", "pages": ["pages/a/a"] }] }""")
            .File("app.js", "App({})")
            .File("project.config.json", """{ "appid": "wx0123456789abcdef" }""")
            .File("utils/format.js", "module.exports = (n) => '¥' + n.toFixed(2);")
            .File(".git/config", "not part of a package")
            .Component("pages/index/index")
            .Component("sub/pages/a/a");
        Directory.CreateDirectory(Path.Combine(Package.Root, "images"));
        File.WriteAllBytes(Path.Combine(Package.Root, "images", "dot.png"), [0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 255]);
    }

    public string Work { get; }

    public string Cache { get; }

    public TestPackage Package { get; }

    public DiagnosticBag Diagnostics { get; } = new();

    public string[] Codes => Diagnostics.Snapshot().Select(d => d.Code).ToArray();

    public byte[] Pack()
    {
        using var buffer = new MemoryStream();
        PackageArchive.Write(Package.Root, buffer, "sparrow-tests 1", "wx0123456789abcdef");
        return buffer.ToArray();
    }

    public string Save(byte[] bytes, string name = "app.sppkg")
    {
        var path = Path.Combine(Work, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public string? Open(byte[] bytes) => PackageArchive.Open(Save(bytes), Cache, Diagnostics);

    /// <summary>The package's files (as <c>sparrow pack</c> takes them) with their bytes.</summary>
    public static Dictionary<string, byte[]> FilesOf(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(p => !p.StartsWith('.'))
            .ToDictionary(p => p, p => File.ReadAllBytes(Path.Combine(root, p)), StringComparer.Ordinal);

    /// <summary>A zip with these entries in this order and a manifest listing <paramref name="listed"/> (default: the same files).</summary>
    public static byte[] RawZip(IReadOnlyList<(string Name, byte[] Bytes)> entries, IReadOnlyList<(string Name, byte[] Bytes)>? listed = null, bool withManifest = true)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            if (withManifest)
            {
                Add(zip, PackageArchive.ManifestEntry, Manifest(listed ?? entries));
            }

            foreach (var (name, bytes) in entries)
            {
                Add(zip, name, bytes);
            }
        }

        return buffer.ToArray();
    }

    public static byte[] Manifest(IReadOnlyList<(string Name, byte[] Bytes)> files)
    {
        var listed = files.Select(f => new ManifestFile(f.Name, f.Bytes.Length, Convert.ToHexStringLower(SHA256.HashData(f.Bytes)))).ToArray();
        var json = new StringBuilder();
        json.Append("{ \"format\": \"sparrow-package\", \"formatVersion\": 1, \"appid\": null, \"tool\": \"test\", \"contentHash\": \"")
            .Append(PackageManifest.ComputeContentHash(listed)).Append("\", \"files\": [");
        json.AppendJoin(", ", listed.Select(f => $"{{ \"path\": \"{f.Path.Replace("\\", "\\\\", StringComparison.Ordinal)}\", \"size\": {f.Size}, \"sha256\": \"{f.Sha256}\" }}"));
        json.Append("] }");
        return Encoding.UTF8.GetBytes(json.ToString());
    }

    private static void Add(ZipArchive zip, string name, byte[] bytes)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        stream.Write(bytes);
    }
}
