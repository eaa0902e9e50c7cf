using BenchmarkDotNet.Attributes;
using Sparrow.Dom;

namespace Sparrow.Benchmarks.Css;

/// <summary>
/// Issue 4: full style resolution of a 5,000-node page against 500 rules (see
/// <see cref="StylePage"/>): match, cascade and compute every element.
/// </summary>
[BenchmarkCategory("Css")]
public class CascadeBenchmarks
{
    private StyleBench _bench = null!;

    [GlobalSetup]
    public void Setup() => _bench = new StyleBench();

    /// <summary>
    /// A page's first styling: a new cascade (rule index, invalidation sets, UA sheet, computed
    /// style columns) over the already-parsed sheet; every computed value is written.
    /// </summary>
    [Benchmark(Baseline = true, Description = "full restyle, new cascade (first styling)")]
    public int FullFirstStyling()
    {
        var cascade = _bench.NewCascade();
        return cascade.Apply(_bench.Store).Restyled;
    }

    /// <summary>
    /// Every element matched, cascaded and computed again by a warm cascade (the page is taken
    /// out and put back, which forces its subtree); values do not change, so columns are not written.
    /// </summary>
    [Benchmark(Description = "full restyle, warm cascade (page re-inserted)")]
    public int FullWarm()
    {
        _bench.Batch.RemoveChild(NodeStore.RootHandle, StylePage.PageHandle);
        _bench.Batch.AppendChild(NodeStore.RootHandle, StylePage.PageHandle);
        return _bench.Run().Restyled;
    }
}
