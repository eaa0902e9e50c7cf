using BenchmarkDotNet.Attributes;
using Sparrow.Host.Benchmarking.Peers;
using Sparrow.Layout;

namespace Sparrow.Benchmarks.Layout;

/// <summary>
/// The "deep (10k)" tree, ours alone (Yoga's WASM build runs out of stack between 400 and 450 levels):
/// a chain of 10,000 nested flex containers, too deep for the 8 MiB main thread, so every pass runs on
/// <see cref="LayoutThread"/> through <see cref="LayoutTreeStore.Compute"/> (the hop included, as an embedder
/// pays it). Unchanged and one leaf as in <see cref="LayoutRelayoutBenchmarks"/>; cold:
/// <see cref="LayoutDeepColdBenchmarks"/>.
/// </summary>
public class LayoutDeepBenchmarks : RelayoutBenchmarks
{
    [Params("deep-10000")]
    public override string Tree { get; set; } = "deep-10000";

    /// <summary>Warms the layout code up on fresh copies first (<see cref="LayoutBenchSetup.CreateWarm"/>).</summary>
    private protected override LayoutPeerTree CreateTree() => LayoutBenchSetup.CreateWarm(Tree);
}
