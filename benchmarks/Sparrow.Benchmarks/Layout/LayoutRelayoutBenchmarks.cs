using BenchmarkDotNet.Attributes;
using Sparrow.Host.Benchmarking.Peers;

namespace Sparrow.Benchmarks.Layout;

/// <summary>
/// Re-layout of a laid-out tree: with nothing changed (every cache hits at the root), and after one
/// leaf's width changes (it toggles between two values, so every invocation is a real change that
/// dirties the leaf and its ancestors). Yoga side: benchmarks/layout-yoga/bench.mjs.
/// </summary>
public class LayoutRelayoutBenchmarks : RelayoutBenchmarks
{
    [ParamsSource(nameof(TreeNames))]
    public override string Tree { get; set; } = "page";

    public static string[] TreeNames => LayoutPeerTrees.Names;

    private protected override LayoutPeerTree CreateTree() => LayoutPeerTrees.Create(Tree);
}
