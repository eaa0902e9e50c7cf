using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Sparrow.Host.Benchmarking.Peers;
using Sparrow.Layout;

namespace Sparrow.Benchmarks.Layout;

/// <summary>
/// Cold layout: every node's cache empty, as on a page's first frame. Each iteration lays out a freshly
/// built store once (built in the untimed <see cref="Setup"/>), so one invocation per iteration.
/// benchmarks/layout-yoga/bench.mjs times Yoga the same way (fresh tree, timed calculateLayout only).
/// </summary>
[InvocationCount(1)]
public class LayoutColdBenchmarks
{
    private LayoutPeerTree _tree = null!;
    private LayoutTreeStore _store = null!;

    [ParamsSource(nameof(TreeNames))]
    public string Tree { get; set; } = "page";

    public static string[] TreeNames => LayoutPeerTrees.Names;

    /// <summary>
    /// Builds the tree and lays fresh copies out for a second first: with one invocation per iteration,
    /// BenchmarkDotNet's few warm-up iterations would otherwise time tier-0 (unoptimised) JIT code,
    /// which made cold layout look up to six times slower than it is.
    /// </summary>
    [GlobalSetup]
    public void Create()
    {
        _tree = LayoutPeerTrees.Create(Tree);
        var clock = Stopwatch.StartNew();
        do
        {
            _tree.Build().Compute(0, LayoutPeerTrees.Viewport);
        }
        while (clock.ElapsedMilliseconds < 1000);
    }

    [IterationSetup]
    public void Setup() => _store = _tree.Build();

    [Benchmark]
    public void Cold() => _store.Compute(0, LayoutPeerTrees.Viewport);
}
