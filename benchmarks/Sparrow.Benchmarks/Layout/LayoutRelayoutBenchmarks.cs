using BenchmarkDotNet.Attributes;
using Sparrow.Host.Benchmarking.Peers;
using Sparrow.Layout;

namespace Sparrow.Benchmarks.Layout;

/// <summary>
/// Re-layout of a laid-out tree: with nothing changed (every cache hits at the root), and after one
/// leaf's width changes (it toggles between two values, so every invocation is a real change that
/// dirties the leaf and its ancestors). Yoga side: benchmarks/layout-yoga/bench.mjs.
/// </summary>
public class LayoutRelayoutBenchmarks
{
    private LayoutTreeStore _store = null!;
    private LayoutStyle _narrow;
    private LayoutStyle _wide;
    private int _leaf;
    private bool _toggle;

    [ParamsSource(nameof(TreeNames))]
    public string Tree { get; set; } = "page";

    public static string[] TreeNames => LayoutPeerTrees.Names;

    [GlobalSetup]
    public void Setup()
    {
        var tree = LayoutPeerTrees.Create(Tree);
        _store = tree.Build();
        _leaf = tree.ChangeLeaf;
        _narrow = _store.GetStyle(_leaf);
        _wide = _narrow;
        _wide.Width = Length.Points((tree.Nodes[_leaf].Width ?? 0) + 1);
        _store.Compute(0, LayoutPeerTrees.Viewport);
    }

    [Benchmark]
    public void Unchanged() => _store.Compute(0, LayoutPeerTrees.Viewport);

    [Benchmark]
    public void OneLeafChanged()
    {
        _toggle = !_toggle;
        _store.SetStyle(_leaf, _toggle ? _wide : _narrow);
        _store.Compute(0, LayoutPeerTrees.Viewport);
    }
}
