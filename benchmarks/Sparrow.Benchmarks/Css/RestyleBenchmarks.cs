using System;
using BenchmarkDotNet.Attributes;
using Sparrow.Core;

namespace Sparrow.Benchmarks.Css;

/// <summary>
/// Issue 4: incremental restyle of the 5,000-node, 500-rule page after one class toggle, in
/// steady state: each invocation adds the class and restyles, then removes it and restyles
/// (two operations), so the Allocated column is the steady-state allocation per restyle
/// (target: zero). Op batch application is included: it is the whole render-side step.
/// </summary>
[BenchmarkCategory("Css")]
public class RestyleBenchmarks
{
    private StyleBench _bench = null!;
    private Atom _rootClass;
    private Atom _leafClass;

    [GlobalSetup]
    public void Setup()
    {
        _bench = new StyleBench();
        _rootClass = _bench.Atoms.Intern(StylePage.RootClass);
        _leafClass = _bench.Atoms.Intern(StylePage.LeafClass);
        Console.WriteLine($"// page: {_bench.Page.NodeCount} nodes, {_bench.Elements} elements; "
            + $"root toggle restyles {ToggleRoot()} per step, leaf toggle {ToggleLeaf()}, nothing changed {NothingChanged()}");
    }

    /// <summary>".dark" on the page's top view: the elements ".dark .x" selectors reach restyle (about half the page), the view itself does not.</summary>
    [Benchmark(OperationsPerInvoke = 2, Description = "toggle one class on the root")]
    public int ToggleRoot() => Toggle(StylePage.PageHandle, _rootClass);

    /// <summary>".active" on one tag (a text element) in the middle of the page: the tag restyles (".tag.active"); it is the last child, so ".active ~ .price" reaches nothing.</summary>
    [Benchmark(OperationsPerInvoke = 2, Description = "toggle one class on a leaf")]
    public int ToggleLeaf() => Toggle(_bench.Page.LeafHandle, _leafClass);

    /// <summary>The floor: an Apply with an empty batch and nothing dirty.</summary>
    [Benchmark(Description = "restyle with nothing changed")]
    public int NothingChanged() => _bench.Run().Restyled;

    private int Toggle(uint handle, Atom name)
    {
        _bench.Batch.AddClass(handle, name);
        var restyled = _bench.Run().Restyled;
        _bench.Batch.RemoveClass(handle, name);
        return restyled + _bench.Run().Restyled;
    }
}
