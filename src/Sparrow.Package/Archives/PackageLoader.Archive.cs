using System;
using System.Collections.Generic;
using System.IO;
using Sparrow.Core;
using Sparrow.Package.Archives;

namespace Sparrow.Package;

public sealed partial class PackageLoader
{
    /// <summary>
    /// Loads a package folder or a package archive (<c>.sppkg</c>, see <see cref="PackageArchive"/>).
    /// An archive is verified and extracted into <paramref name="archiveCacheRoot"/> first; one that
    /// cannot be used gives an empty package and its diagnostics (file = the archive).
    /// </summary>
    public static MiniProgramPackage Load(string path, IDiagnosticSink diagnostics, string archiveCacheRoot)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentNullException.ThrowIfNull(archiveCacheRoot);
        if (!File.Exists(path))
        {
            return new PackageLoader(path, diagnostics).Run();
        }

        var folder = PackageArchive.Open(path, archiveCacheRoot, diagnostics);
        return folder is null ? Empty(path) : new PackageLoader(folder, diagnostics).Run();
    }

    /// <summary>True when <paramref name="path"/> is something <see cref="Load(string, IDiagnosticSink)"/> can try: a folder or a file.</summary>
    public static bool Exists(string path) => Directory.Exists(path) || File.Exists(path);

    private static MiniProgramPackage Empty(string path) =>
        new(Path.GetFullPath(path), null, [], new Dictionary<string, ComponentEntry>(StringComparer.Ordinal), [], [], [], null, null,
            new PackageSizes(0, new Dictionary<string, long>(StringComparer.Ordinal), 0));
}
