using BenchmarkDotNet.Attributes;
using Sparrow.Host.Benchmarking.Peers;

namespace Sparrow.Benchmarks.Layout;

/// <summary>
/// Re-layout of one laid-out tree (<see cref="LeafToggle"/>): with nothing changed, and after the change leaf's
/// width toggles. The subclasses name the trees (<see cref="LayoutRelayoutBenchmarks"/>: Yoga's peers;
/// <see cref="LayoutDeepBenchmarks"/>: the 10,000-deep chain) and how the tree is made.
/// </summary>
public abstract class RelayoutBenchmarks
{
    private LeafToggle _toggle = null!;

    /// <summary>The tree's name in <see cref="LayoutPeerTrees"/>; the subclass gives its values.</summary>
    public abstract string Tree { get; set; }

    [GlobalSetup]
    public void Setup() => _toggle = new LeafToggle(CreateTree());

    [Benchmark]
    public void Unchanged() => _toggle.Store.Compute(0, LayoutPeerTrees.Viewport);

    [Benchmark]
    public void OneLeafChanged() => _toggle.ChangeAndCompute();

    /// <summary>The tree named <see cref="Tree"/>, made before the timed passes.</summary>
    private protected abstract LayoutPeerTree CreateTree();
}
