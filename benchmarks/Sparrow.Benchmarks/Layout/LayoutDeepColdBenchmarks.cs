using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Sparrow.Host.Benchmarking.Peers;
using Sparrow.Layout;

namespace Sparrow.Benchmarks.Layout;

/// <summary>
/// Cold layout of the 10,000-deep chain, ours alone (see <see cref="LayoutDeepBenchmarks"/>): a freshly built
/// store per iteration, one invocation each, laid out on <see cref="LayoutThread"/> after the main thread's
/// stack runs short (that first, cut-off attempt included, as an embedder's first frame pays it).
/// </summary>
[InvocationCount(1)]
public class LayoutDeepColdBenchmarks
{
    private LayoutPeerTree _tree = null!;
    private LayoutTreeStore _store = null!;

    [Params("deep-10000")]
    public string Tree { get; set; } = "deep-10000";

    /// <summary>Lays fresh copies out for a second, so the timed code is the optimised tier.</summary>
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
