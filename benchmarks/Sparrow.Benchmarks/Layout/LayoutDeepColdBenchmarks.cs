using BenchmarkDotNet.Attributes;
using Sparrow.Layout;

namespace Sparrow.Benchmarks.Layout;

/// <summary>
/// Cold layout of the 10,000-deep chain, ours alone (see <see cref="LayoutDeepBenchmarks"/>): a freshly built
/// store per iteration, one invocation each, laid out on <see cref="LayoutThread"/> after the main thread's
/// stack runs short (that first, cut-off attempt included, as an embedder's first frame pays it).
/// </summary>
[InvocationCount(1)]
public class LayoutDeepColdBenchmarks : ColdBenchmarks
{
    [Params("deep-10000")]
    public override string Tree { get; set; } = "deep-10000";
}
