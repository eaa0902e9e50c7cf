using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using Sparrow.Host.Benchmarking.Peers;
using Sparrow.Layout;

namespace Sparrow.Host.Benchmarking.Workloads;

/// <summary>
/// Our layout (<see cref="LayoutTreeStore.Compute"/>) against the official Yoga (npm yoga-layout,
/// WASM, in Node: benchmarks/layout-yoga/peer.mjs) on the same tree file, in the same run. The tree
/// is built at set-up (<see cref="LayoutPeerTrees"/>) and written to a temporary JSON file; ours
/// reads that file back, Yoga reads it too. Cold: each run lays out a freshly built store (building
/// untimed), as Yoga's side lays out a freshly built tree. One leaf: one store; each run toggles the
/// change leaf's width by 1 px (untimed) and times the re-layout. After the peer's runs the root
/// sizes of both engines must agree, or the workload fails: that proves they saw the same input.
/// </summary>
internal sealed class LayoutVsYogaWorkload : IWorkload, IHasPeer
{
    private readonly LayoutPeerTree _tree;
    private readonly string _file;
    private readonly bool _oneLeaf;
    private readonly LayoutStyle _narrow;
    private readonly LayoutStyle _wide;
    private readonly string? _benchmarks;
    private LayoutTreeStore _store;
    private int _run;

    /// <param name="tree">A name <see cref="LayoutPeerTrees.Create"/> knows.</param>
    /// <param name="oneLeaf">Time re-layout after one leaf's change instead of cold layout.</param>
    /// <param name="benchmarks">The repository's benchmarks folder; found from the working directory when null.</param>
    public LayoutVsYogaWorkload(string tree, bool oneLeaf, string? benchmarks = null)
    {
        _oneLeaf = oneLeaf;
        _benchmarks = benchmarks ?? PeerPaths.FindBenchmarks();
        _file = Path.Combine(Path.GetTempPath(), $"sparrow-layout-peer-{Environment.ProcessId}-{tree}.json");
        using (var file = File.Create(_file))
        {
            LayoutPeerTrees.Create(tree).WriteJson(file);
        }

        _tree = LayoutPeerTree.Read(_file);
        _narrow = _tree.Nodes[_tree.ChangeLeaf].ToLayoutStyle();
        _wide = _narrow;
        _wide.Width = Length.Points((_tree.Nodes[_tree.ChangeLeaf].Width ?? 0) + 1);
        _store = _tree.Build();
        _store.Compute(0, _tree.Viewport);
        WarmUpJit();
        Name = $"layout-vs-yoga-{tree}-{(oneLeaf ? "one-leaf" : "cold")}";
    }

    public string Name { get; }

    public string Unit => "ms";

    public double RunOnce()
    {
        if (_oneLeaf)
        {
            // Even runs widen the leaf by 1 px, odd runs restore it: a real change every run (as peer.mjs).
            _store.SetStyle(_tree.ChangeLeaf, _run++ % 2 == 0 ? _wide : _narrow);
        }
        else
        {
            _store = _tree.Build();
            // The stores of earlier runs are garbage: collect them now, untimed, so that no collection
            // runs during the layout (BenchmarkDotNet forces a full collection between iterations too).
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        var clock = Stopwatch.StartNew();
        _store.Compute(0, _tree.Viewport);
        return clock.Elapsed.TotalMilliseconds;
    }

    public PeerResult RunPeer(int warmup, int runs)
    {
        const string name = "yoga-layout (WASM, Node)";
        if (_benchmarks is null)
        {
            return PeerResult.Missing(name, PeerPaths.NotFound);
        }

        var (script, package) = PeerPaths.Of(_benchmarks, "layout-yoga", "peer.mjs", "yoga-layout");
        var output = NodePeer.Run(script, package,
            ["--tree", _file, "--mode", _oneLeaf ? "one-leaf" : "cold", "--warmup", Number(warmup), "--runs", Number(runs)], TimeSpan.FromMinutes(10));
        if (output.Unavailable is not null)
        {
            return PeerResult.Missing(name, output.Unavailable);
        }

        // Both sides made the same number of changes (warm-up included), so the trees are in the same state.
        var ours = _store.GetLayout(0);
        var (width, height) = (output.CheckValue("rootWidth"), output.CheckValue("rootHeight"));
        if (Math.Abs(width - ours.Width) > 0.5 || Math.Abs(height - ours.Height) > 0.5)
        {
            throw new InvalidOperationException(
                $"{Name}: the engines disagree on the root's size (ours {ours.Width}×{ours.Height}, {output.Name} {width}×{height}): they did not lay out the same tree, so their times cannot be compared");
        }

        return new PeerResult(output.Name, output.Samples);
    }

    public void Dispose() => File.Delete(_file);

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Under the JIT, a few warm-up runs would time unoptimised (tier-0) code: cold layout of deep-400
    /// measured 9.4 ms instead of 0.62 ms that way (benchmarks/layout-yoga/README.md). Lays fresh copies
    /// out for up to half a second first. Native AOT (the shipped CLI) has no JIT and skips this.
    /// </summary>
    private void WarmUpJit()
    {
        if (!RuntimeFeature.IsDynamicCodeCompiled)
        {
            return;
        }

        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 200 && clock.ElapsedMilliseconds < 500; i++)
        {
            _tree.Build().Compute(0, _tree.Viewport);
        }
    }
}
