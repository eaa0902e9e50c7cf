using System;
using System.IO;

namespace Sparrow.Host.Benchmarking.Peers;

/// <summary>
/// Finds the peers' scripts, which live in the repository (<c>benchmarks/layout-yoga</c>,
/// <c>benchmarks/wxml-wcc</c>), not next to the binary: the first folder holding
/// <c>benchmarks/PEERS.md</c>, going up from the working directory, then from the application's.
/// </summary>
internal static class PeerPaths
{
    /// <summary>The repository's <c>benchmarks</c> folder, or null when neither path is inside a checkout.</summary>
    public static string? FindBenchmarks()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "benchmarks");
                if (File.Exists(Path.Combine(candidate, "PEERS.md")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>The reason to give when <see cref="FindBenchmarks"/> found nothing.</summary>
    public static string NotFound => $"no benchmarks/PEERS.md above {Environment.CurrentDirectory} or {AppContext.BaseDirectory}: run from a Sparrow checkout";

    /// <summary>
    /// A peer's script and its npm package's folder in <c>benchmarks/<paramref name="folder"/></c>
    /// (<paramref name="benchmarks"/> as <see cref="FindBenchmarks"/> found it), for <see cref="NodePeer"/>.
    /// </summary>
    public static (string Script, string Package) Of(string benchmarks, string folder, string script, string package)
    {
        var here = Path.Combine(benchmarks, folder);
        return (Path.Combine(here, script), Path.Combine(here, "node_modules", package));
    }
}
