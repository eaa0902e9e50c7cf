using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Sparrow.Host.Benchmarking.Peers;
using Sparrow.Layout;

namespace Sparrow.Benchmarks.Layout;

/// <summary>
/// The "deep (10k)" tree, ours alone (Yoga's WASM build runs out of stack between 400 and 450 levels):
/// a chain of 10,000 nested flex containers, too deep for the 8 MiB main thread, so every pass runs on
/// <see cref="LayoutThread"/> through <see cref="LayoutTreeStore.Compute"/> (the hop included, as an embedder
/// pays it). Cold: a fresh store per invocation; one leaf: the leaf's width toggles, as in
/// <see cref="LayoutRelayoutBenchmarks"/>.
/// </summary>
public class LayoutDeepBenchmarks
{
    private LayoutPeerTree _tree = null!;
    private LayoutTreeStore _store = null!;
    private LayoutStyle _narrow;
    private LayoutStyle _wide;
    private bool _toggle;

    [Params("deep-10000")]
    public string Tree { get; set; } = "deep-10000";

    /// <summary>Builds the tree and lays fresh copies out for a second, so the timed code is the optimised tier.</summary>
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

        _store = _tree.Build();
        _narrow = _store.GetStyle(_tree.ChangeLeaf);
        _wide = _narrow;
        _wide.Width = Length.Points((_tree.Nodes[_tree.ChangeLeaf].Width ?? 0) + 1);
        _store.Compute(0, LayoutPeerTrees.Viewport);
    }

    [Benchmark]
    public void Unchanged() => _store.Compute(0, LayoutPeerTrees.Viewport);

    [Benchmark]
    public void OneLeafChanged()
    {
        _toggle = !_toggle;
        _store.SetStyle(_tree.ChangeLeaf, _toggle ? _wide : _narrow);
        _store.Compute(0, LayoutPeerTrees.Viewport);
    }
}
