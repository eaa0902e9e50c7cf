using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace Sparrow.Package.Archives;

/// <summary>
/// The manifest of a package archive (<c>sparrow-package.json</c>, docs/package-archive.md): format
/// version, app id, the tool that wrote it, every file with size and SHA-256, and the content hash.
/// </summary>
/// <param name="FormatVersion">Format version; readers refuse versions they do not know.</param>
/// <param name="AppId"><c>appid</c> of <c>project.config.json</c>, when the package has one.</param>
/// <param name="Tool">The tool and version that wrote the archive, e.g. <c>sparrow 0.1.0</c>.</param>
/// <param name="ContentHash"><c>sha256:</c> + hex of <see cref="ComputeContentHash"/>.</param>
/// <param name="Files">Every file, sorted by path (ordinal).</param>
public sealed record PackageManifest(int FormatVersion, string? AppId, string Tool, string ContentHash, IReadOnlyList<ManifestFile> Files)
{
    /// <summary>The version this build writes and reads.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>The value of the manifest's <c>format</c> field.</summary>
    public const string FormatName = "sparrow-package";

    /// <summary>Sum of the files' sizes.</summary>
    public long TotalBytes => Files.Sum(f => f.Size);

    /// <summary>
    /// <c>sha256:</c> + the SHA-256 of one line per file, sorted by path (ordinal):
    /// <c>path TAB size TAB sha256 LF</c>, UTF-8. Equal contents give equal hashes, whatever the zip.
    /// </summary>
    public static string ComputeContentHash(IEnumerable<ManifestFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var text = new StringBuilder();
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            text.Append(file.Path).Append('\t').Append(file.Size.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Append('\t').Append(file.Sha256).Append('\n');
        }

        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
