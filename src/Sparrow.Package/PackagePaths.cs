using System;
using System.Collections.Generic;
using System.IO;

namespace Sparrow.Package;

/// <summary>
/// Package paths: <c>/</c>-separated, rooted at the package folder, always starting with <c>/</c>,
/// never leaving the root. The one place where they meet the file system.
/// </summary>
public static class PackagePaths
{
    /// <summary>Joins <paramref name="relative"/> to the directory <paramref name="baseDir"/> and collapses dots; null when it climbs above the root.</summary>
    public static string? Combine(string baseDir, string relative)
    {
        var parts = new List<string>();
        var start = relative.StartsWith('/') ? relative : baseDir.TrimEnd('/') + "/" + relative;
        foreach (var segment in start.Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(segment);
        }

        return "/" + string.Join('/', parts);
    }

    public static string DirectoryOf(string packagePath)
    {
        var slash = packagePath.LastIndexOf('/');
        return slash <= 0 ? "/" : packagePath[..slash];
    }

    public static string? ToFullPath(string root, string packagePath)
    {
        var normal = Combine("/", packagePath);
        if (normal is null)
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(root, normal.TrimStart('/')));
        var rootFull = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);
        return full == rootFull || full.StartsWith(rootFull + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }

    public static SourceFiles FilesOf(string root, string packagePath)
    {
        var files = SourceFiles.None;
        var full = ToFullPath(root, packagePath);
        if (full is null)
        {
            return files;
        }

        if (File.Exists(full + ".js"))
        {
            files |= SourceFiles.Js;
        }

        if (File.Exists(full + ".wxml"))
        {
            files |= SourceFiles.Wxml;
        }

        if (File.Exists(full + ".wxss"))
        {
            files |= SourceFiles.Wxss;
        }

        if (File.Exists(full + ".json"))
        {
            files |= SourceFiles.Json;
        }

        return files;
    }
}
