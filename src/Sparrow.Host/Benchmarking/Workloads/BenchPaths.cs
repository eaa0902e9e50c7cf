using System;
using System.IO;

namespace Sparrow.Host.Benchmarking.Workloads;

/// <summary>
/// Files of the repository the macro workloads run (samples, committed captures): found by walking
/// up from the working directory, then from the application's folder, to the folder holding
/// <c>Engine.sln</c>. Outside a checkout there is none and those workloads are skipped.
/// </summary>
internal static class BenchPaths
{
    private static readonly Lazy<string?> Root = new(() => FindFrom(Environment.CurrentDirectory) ?? FindFrom(AppContext.BaseDirectory));

    /// <summary>The path of <paramref name="parts"/> under the repository root, or null when no checkout is found or the path does not exist.</summary>
    public static string? Find(params string[] parts)
    {
        if (Root.Value is not { } root)
        {
            return null;
        }

        var path = Path.Combine([root, .. parts]);
        return File.Exists(path) || Directory.Exists(path) ? path : null;
    }

    /// <summary>The reason a workload needing <paramref name="parts"/> cannot run, or null when the path exists.</summary>
    public static string? Missing(params string[] parts) =>
        Find(parts) is null ? $"{string.Join('/', parts)} was not found (run sparrow bench from inside the repository)" : null;

    private static string? FindFrom(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Engine.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
