using System.Diagnostics;
using Sparrow.Host.Benchmarking.Peers;
using Sparrow.Layout;

namespace Sparrow.Benchmarks.Layout;

/// <summary>Set-up shared by the layout benchmarks that time one tree laid out by <see cref="LayoutTreeStore.Compute"/>.</summary>
internal static class LayoutBenchSetup
{
    /// <summary>
    /// Creates the named tree and lays fresh copies of it out for a second, so that the timed code is the
    /// optimised tier (BenchmarkDotNet's few warm-up iterations would otherwise time tier-0 JIT code).
    /// </summary>
    public static LayoutPeerTree CreateWarm(string name)
    {
        var tree = LayoutPeerTrees.Create(name);
        var clock = Stopwatch.StartNew();
        do
        {
            tree.Build().Compute(0, LayoutPeerTrees.Viewport);
        }
        while (clock.ElapsedMilliseconds < 1000);

        return tree;
    }
}
