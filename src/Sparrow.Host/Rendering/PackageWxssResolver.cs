using System;
using System.IO;
using Sparrow.Css;
using Sparrow.Package;

namespace Sparrow.Host.Rendering;

/// <summary>
/// Finds WXSS files inside a package for the cascade: the stylesheets pages append by path
/// (<c>/app.wxss</c>, <c>/pages/index/index.wxss</c>) and their <c>@import</c>s (relative to the
/// importing file, or to the package root with a leading <c>/</c>). Paths that leave the root
/// resolve to nothing.
/// </summary>
public sealed class PackageWxssResolver(string root) : IWxssImportResolver
{
    public string Root { get; } = Path.GetFullPath(root);

    public bool TryResolve(string fromPath, string url, out string resolvedPath, out string content)
    {
        resolvedPath = string.Empty;
        content = string.Empty;
        var path = ResolvePath(fromPath, url);
        if (path is null)
        {
            return false;
        }

        var full = PackagePaths.ToFullPath(Root, path);
        if (full is null || !File.Exists(full))
        {
            return false;
        }

        resolvedPath = path;
        content = File.ReadAllText(full);
        return true;
    }

    /// <summary>
    /// The package path an <c>@import</c> of <paramref name="url"/> in <paramref name="fromPath"/>
    /// names: relative to the importing file's folder, or to the root with a leading <c>/</c>;
    /// <c>.wxss</c> appended when missing. Null when it leaves the root.
    /// </summary>
    public static string? ResolvePath(string fromPath, string url)
    {
        var path = PackagePaths.Combine(string.IsNullOrEmpty(fromPath) ? "/" : PackagePaths.DirectoryOf("/" + fromPath.TrimStart('/')), url);
        return path is null || path.EndsWith(".wxss", StringComparison.Ordinal) ? path : path + ".wxss";
    }
}
