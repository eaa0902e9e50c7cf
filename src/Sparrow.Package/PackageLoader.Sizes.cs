using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Sparrow.Core;

namespace Sparrow.Package;

public sealed partial class PackageLoader
{
    /// <summary>
    /// Sums file sizes per package (a file belongs to the subpackage whose root contains it, else
    /// to the main package; dot-files and <c>node_modules</c> are not part of a package) and warns
    /// past WeChat's limits, which a real upload would refuse.
    /// </summary>
    private PackageSizes MeasureSizes(List<SubpackageEntry> subpackages)
    {
        var roots = subpackages.Select(s => s.Root).ToArray();
        var perSubpackage = roots.Distinct(StringComparer.Ordinal).ToDictionary(r => r, _ => 0L, StringComparer.Ordinal);
        long main = 0;
        foreach (var (relative, bytes) in Files(_root, string.Empty))
        {
            var owner = Array.Find(roots, r => relative.StartsWith(r, StringComparison.Ordinal));
            if (owner is null)
            {
                main += bytes;
            }
            else
            {
                perSubpackage[owner] += bytes;
            }
        }

        var total = main + perSubpackage.Values.Sum();
        var app = SourceLocation.InFile("app.json");
        if (main > PackageSizes.PackageLimitBytes)
        {
            Warn(DiagnosticCodes.PackageTooLarge, $"The main package is {Mib(main)}; WeChat allows 2 MiB per package.", app);
        }

        foreach (var (root, bytes) in perSubpackage.Where(p => p.Value > PackageSizes.PackageLimitBytes))
        {
            Warn(DiagnosticCodes.PackageTooLarge, $"Subpackage {root} is {Mib(bytes)}; WeChat allows 2 MiB per package.", app);
        }

        if (total > PackageSizes.TotalLimitBytes)
        {
            Warn(DiagnosticCodes.PackageTotalTooLarge, $"All packages together are {Mib(total)}; WeChat allows 30 MiB.", app);
        }

        return new PackageSizes(main, perSubpackage, total);
    }

    /// <summary>The files a package holds, <c>/</c>-separated relative paths: no dot-files, <c>node_modules</c> or links.</summary>
    internal static IEnumerable<(string Relative, long Bytes)> Files(string dir, string prefix)
    {
        foreach (var entry in new DirectoryInfo(dir).EnumerateFileSystemInfos())
        {
            if (entry.Name.StartsWith('.') || entry.Name == "node_modules" || entry.LinkTarget is not null)
            {
                continue;
            }

            if (entry is DirectoryInfo sub)
            {
                foreach (var file in Files(sub.FullName, prefix + sub.Name + "/"))
                {
                    yield return file;
                }
            }
            else if (entry is FileInfo file)
            {
                yield return (prefix + file.Name, file.Length);
            }
        }
    }

    private static string Mib(long bytes) => $"{bytes / (1024.0 * 1024.0):0.00} MiB";
}
