using BenchmarkDotNet.Attributes;
using Sparrow.Host.Benchmarking.Peers;

namespace Sparrow.Benchmarks.Layout;

/// <summary>
/// Cold layout: every node's cache empty, as on a page's first frame. Each iteration lays out a freshly
/// built store once (built in the untimed <see cref="ColdBenchmarks.Setup"/>), so one invocation per iteration.
/// The code is warmed up on fresh copies for a second first: with one invocation per iteration,
/// BenchmarkDotNet's few warm-up iterations would otherwise time tier-0 (unoptimised) JIT code, which made
/// cold layout look up to six times slower than it is.
/// benchmarks/layout-yoga/bench.mjs times Yoga the same way (fresh tree, timed calculateLayout only).
/// </summary>
[InvocationCount(1)]
public class LayoutColdBenchmarks : ColdBenchmarks
{
    [ParamsSource(nameof(TreeNames))]
    public override string Tree { get; set; } = "page";

    public static string[] TreeNames => LayoutPeerTrees.Names;
}
