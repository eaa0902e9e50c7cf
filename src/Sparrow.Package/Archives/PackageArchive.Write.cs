using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Security.Cryptography;

namespace Sparrow.Package.Archives;

public static partial class PackageArchive
{
    /// <summary>Every entry's timestamp, so the same folder always gives the same bytes.</summary>
    private static readonly DateTimeOffset FixedTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Writes the package folder <paramref name="packageDir"/> as an archive to <paramref name="output"/>:
    /// the manifest first, then every file sorted by path, all with one fixed timestamp, so the same
    /// files give the same bytes. Files a package does not include (dot-files, <c>node_modules</c>,
    /// symbolic links) are left out, as in <see cref="PackageSizes"/>. Precondition: the folder was
    /// validated (<see cref="PackageLoader.Load(string, Sparrow.Core.IDiagnosticSink)"/>); this only packs. Throws <see cref="IOException"/>
    /// when a file cannot be read.
    /// </summary>
    /// <param name="packageDir">The package folder.</param>
    /// <param name="output">Where the zip goes; left open.</param>
    /// <param name="tool">Written into the manifest, e.g. <c>sparrow 0.1.0</c>.</param>
    /// <param name="appId"><c>appid</c> from <c>project.config.json</c>, or null.</param>
    public static PackageManifest Write(string packageDir, Stream output, string tool, string? appId)
    {
        ArgumentNullException.ThrowIfNull(packageDir);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(tool);
        var root = Path.GetFullPath(packageDir);
        var paths = PackageLoader.Files(root, string.Empty).Select(f => f.Relative)
            .Where(p => p != ManifestEntry).Order(StringComparer.Ordinal).ToArray();
        var files = new List<ManifestFile>(paths.Length);
        var contents = new List<byte[]>(paths.Length);
        foreach (var path in paths)
        {
            var bytes = File.ReadAllBytes(Path.Combine(root, path));
            files.Add(new ManifestFile(path, bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes))));
            contents.Add(bytes);
        }

        var manifest = new PackageManifest(PackageManifest.CurrentFormatVersion, appId, tool, PackageManifest.ComputeContentHash(files), files);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        AddEntry(zip, ManifestEntry, ManifestJson.Write(manifest));
        for (var i = 0; i < paths.Length; i++)
        {
            AddEntry(zip, paths[i], contents[i]);
        }

        return manifest;
    }

    private static void AddEntry(ZipArchive zip, string name, byte[] bytes)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = FixedTime;
        using var stream = entry.Open();
        stream.Write(bytes);
    }
}
