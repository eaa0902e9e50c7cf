using BenchmarkDotNet.Attributes;
using Sparrow.Host.Benchmarking.Peers;
using Sparrow.Layout;

namespace Sparrow.Benchmarks.Layout;

/// <summary>
/// Cold layout of one tree: each iteration lays out a freshly built store once (built in the untimed
/// <see cref="Setup"/>), after <see cref="LayoutBenchSetup.CreateWarm"/> warmed the code up. The subclasses
/// name the trees (<see cref="LayoutColdBenchmarks"/>, <see cref="LayoutDeepColdBenchmarks"/>) and carry
/// <c>[InvocationCount(1)]</c>.
/// </summary>
public abstract class ColdBenchmarks
{
    private LayoutPeerTree _tree = null!;
    private LayoutTreeStore _store = null!;

    /// <summary>The tree's name in <see cref="LayoutPeerTrees"/>; the subclass gives its values.</summary>
    public abstract string Tree { get; set; }

    [GlobalSetup]
    public void Create() => _tree = LayoutBenchSetup.CreateWarm(Tree);

    [IterationSetup]
    public void Setup() => _store = _tree.Build();

    [Benchmark]
    public void Cold() => _store.Compute(0, LayoutPeerTrees.Viewport);
}
