using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Sparrow.Core;
using Sparrow.Host.Benchmarking.Peers;
using Sparrow.Host.Benchmarking.Workloads;
using Sparrow.Layout;

namespace Sparrow.Benchmarks.Layout;

/// <summary>
/// Console entries beside BenchmarkDotNet (Program.Main dispatches to them):
/// <c>--export-layout-trees DIR</c> writes every benchmark tree as JSON for benchmarks/layout-yoga/bench.mjs;
/// <c>--layout-loop TREE MODE N</c> builds TREE and runs MODE N times: cold (lays out N fresh stores,
/// built before the loop), build (only builds them), unchanged, leaf (toggles the change leaf's width), and
/// prints layout's resident and hot bytes per node; <c>--layout-styles</c> counts distinct layout styles
/// against boxes in the benchmark trees and the captured pages (showcase, feed).
/// For instruction counts under <c>valgrind --tool=callgrind</c> (benchmarks/layout-yoga/callgrind.sh):
/// differences of whole runs, as JIT-compiled code has no symbols for --toggle-collect.
/// </summary>
internal static class LayoutBenchTool
{
    public static void Export(string directory)
    {
        Directory.CreateDirectory(directory);
        foreach (var name in LayoutPeerTrees.Names)
        {
            var tree = LayoutPeerTrees.Create(name);
            var path = Path.Combine(directory, name + ".json");
            using (var file = File.Create(path))
            {
                tree.WriteJson(file);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}: {tree.Count} nodes"));
        }
    }

    public static void Loop(string name, string mode, int iterations)
    {
        var tree = LayoutPeerTrees.Create(name);
        var store = tree.Build();
        store.Compute(0, tree.Viewport);
        var narrow = store.GetStyle(tree.ChangeLeaf);
        var wide = narrow;
        wide.Width = Length.Points((tree.Nodes[tree.ChangeLeaf].Width ?? 0) + 1);
        var stores = new LayoutTreeStore[mode is "cold" or "build" ? iterations : 0];
        for (var i = 0; i < stores.Length; i++)
        {
            stores[i] = tree.Build();
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < iterations; i++)
        {
            switch (mode)
            {
                case "cold": stores[i].Compute(0, tree.Viewport); break;
                case "build": break;
                case "unchanged": store.Compute(0, tree.Viewport); break;
                case "leaf":
                    store.SetStyle(tree.ChangeLeaf, i % 2 == 0 ? wide : narrow);
                    store.Compute(0, tree.Viewport);
                    break;
                default: throw new ArgumentException($"mode is cold, build, unchanged or leaf, not '{mode}'", nameof(mode));
            }
        }

        clock.Stop();
        var rounded = LayoutScratch.Current.RoundedBoxes;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} {mode} x{iterations}: {clock.Elapsed.TotalMilliseconds:0.###} ms, {GC.GetAllocatedBytesForCurrentThread() - allocated} B allocated, {tree.Count} nodes, root height {(mode == "cold" && iterations > 0 ? stores[0] : store).GetLayout(0).Height}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} layout data: {BytesPerNode(store, tree.Count):0.0} B/node resident (columns: style handle {sizeof(int)}, box {Unsafe.SizeOf<LayoutResult>()}, edges {Unsafe.SizeOf<LayoutEdges>()}, cache {Unsafe.SizeOf<LayoutCache>()}; out of line: {(double)store.SideBytes() / tree.Count:0.0}, of which shared styles {store.DistinctStyles} x {Unsafe.SizeOf<LayoutStyle>()}); last pass: {rounded} boxes rounded"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} hot data: {HotBytes.Describe(store.DistinctStyles, tree.Count)}"));
    }

    /// <summary>Distinct layout styles against boxes: the benchmark trees, then the captured pages a style-sharing store would hold.</summary>
    public static void Styles()
    {
        foreach (var name in LayoutPeerTrees.Names)
        {
            var tree = LayoutPeerTrees.Create(name);
            var store = tree.Build();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {store.DistinctStyles} distinct layout styles / {tree.Count} nodes"));
        }

        if (ReplayCaptures.SkipReason is { } reason)
        {
            Console.WriteLine("captures: skipped, " + reason);
            return;
        }

        foreach (var (name, replay) in ReplayCaptures.Open(new DiagnosticBag()))
        {
            replay.Page.Update(replay.Viewport, (float)replay.Capture.PixelRatio);
            var boxes = replay.Page.Boxes;
            var styles = boxes.Styles;
            var distinct = Enumerable.Range(0, styles.Length).Where(boxes.IsBox)
                .Select(n => Convert.ToBase64String(MemoryMarshal.AsBytes(new ReadOnlySpan<LayoutStyle>(in styles[n]))))
                .Distinct(StringComparer.Ordinal).Count();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} (captured page): {distinct} distinct layout styles / {boxes.BoxCount} boxes"));
        }
    }

    /// <summary>Layout's own bytes per node: the four per-node columns of the store plus what it keeps out of line (shared styles, size-only answers, line memos).</summary>
    private static double BytesPerNode(LayoutTreeStore store, int nodes) =>
        sizeof(int) + Unsafe.SizeOf<LayoutResult>() + Unsafe.SizeOf<LayoutEdges>() + Unsafe.SizeOf<LayoutCache>() + ((double)store.SideBytes() / nodes);
}
