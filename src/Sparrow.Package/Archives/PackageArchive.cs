using System;
using System.IO;
using Sparrow.Core;

namespace Sparrow.Package.Archives;

/// <summary>
/// Package archives: one file (<c>.sppkg</c>, a zip) holding a package folder and a manifest with
/// every file's size and SHA-256 (docs/package-archive.md). <see cref="Write"/> makes one;
/// <see cref="Open"/> verifies one and gives the folder it was extracted to.
/// </summary>
public static partial class PackageArchive
{
    /// <summary>The file extension <c>sparrow pack</c> uses.</summary>
    public const string Extension = ".sppkg";

    /// <summary>The manifest's entry name, first in the zip.</summary>
    public const string ManifestEntry = "sparrow-package.json";

    /// <summary>Where archives are extracted unless the caller says otherwise: <c>$TMPDIR/sparrow-packages</c>.</summary>
    public static string DefaultCacheRoot => Path.Combine(Path.GetTempPath(), "sparrow-packages");

    /// <summary>
    /// Verifies the archive at <paramref name="archivePath"/> (manifest, every entry name, size and
    /// SHA-256, the content hash, WeChat's total size limit) and extracts it into
    /// <c><paramref name="cacheRoot"/>/&lt;content hash&gt;</c>, unless that folder already exists.
    /// Returns the folder, or null after reporting why the archive cannot be used. Never throws for
    /// bad content.
    /// </summary>
    public static string? Open(string archivePath, string cacheRoot, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(archivePath);
        ArgumentNullException.ThrowIfNull(cacheRoot);
        ArgumentNullException.ThrowIfNull(diagnostics);
        return ArchiveReader.Open(archivePath, cacheRoot, diagnostics);
    }
}
