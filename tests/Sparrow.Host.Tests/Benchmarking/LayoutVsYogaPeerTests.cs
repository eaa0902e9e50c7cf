using System;
using System.IO;
using System.Linq;
using Sparrow.Host.Benchmarking.Peers;
using Sparrow.Host.Benchmarking.Workloads;
using Xunit;

namespace Sparrow.Host.Tests.Benchmarking;

public class LayoutVsYogaPeerTests
{
    [Fact]
    public void A_tree_reads_back_as_written_and_lays_out_the_same()
    {
        var tree = LayoutPeerTrees.Create("page");
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".json");
        using (var file = File.Create(path))
        {
            tree.WriteJson(file);
        }

        var read = LayoutPeerTree.Read(path);
        File.Delete(path);
        Assert.Equal(3312, read.Count);
        Assert.Equal(tree.Parents, read.Parents);
        Assert.Equal(tree.Nodes, read.Nodes);
        Assert.Equal(tree.ChangeLeaf, read.ChangeLeaf);
        var store = read.Build();
        store.Compute(0, read.Viewport);
        // The root height bench.mjs printed for Yoga on this tree (benchmarks/layout-yoga/README.md).
        Assert.Equal(27726, store.GetLayout(0).Height);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_tiny_tree_runs_against_yoga_or_says_why_not(bool oneLeaf)
    {
        using var workload = new LayoutVsYogaWorkload("wide-50", oneLeaf, RepoPaths.Of("benchmarks"));
        Assert.Equal(oneLeaf ? "layout-vs-yoga-wide-50-one-leaf" : "layout-vs-yoga-wide-50-cold", workload.Name);
        Assert.True(workload.RunOnce() >= 0);

        // Without node or `npm ci` in benchmarks/layout-yoga on this machine, the reason says which.
        PeerAssert.RanOrSaysWhyNot(workload.RunPeer(warmup: 1, runs: 3), "yoga-layout 3.2.1 (WASM, Node v", runs: 3);
    }

    [Fact]
    public void Without_the_peers_folder_the_peer_is_unavailable_with_a_reason()
    {
        var empty = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(empty);
        using var workload = new LayoutVsYogaWorkload("deep-5", oneLeaf: false, empty);
        workload.RunOnce();
        var peer = workload.RunPeer(1, 2);
        Assert.False(peer.IsAvailable);
        Assert.Contains("peer.mjs does not exist", peer.Unavailable, StringComparison.Ordinal);
        Directory.Delete(empty, recursive: true);
    }

    [Fact]
    public void A_peer_that_laid_out_another_tree_fails_the_workload()
    {
        // A stand-in peer that answers with a wrong root size: the workload must refuse the ratio.
        var benchmarks = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"));
        var here = Path.Combine(benchmarks, "layout-yoga");
        Directory.CreateDirectory(Path.Combine(here, "node_modules", "yoga-layout"));
        File.WriteAllText(Path.Combine(here, "peer.mjs"),
            "console.log(JSON.stringify({ peer: 'stand-in', samples: [1, 1], check: { rootWidth: 375, rootHeight: 1 } }));");
        using var workload = new LayoutVsYogaWorkload("wide-50", oneLeaf: false, benchmarks);
        workload.RunOnce();
        try
        {
            var peer = workload.RunPeer(0, 2);
            Assert.Contains("`node` could not be started", peer.Unavailable, StringComparison.Ordinal); // only without node
        }
        catch (InvalidOperationException e)
        {
            Assert.Contains("disagree on the root's size", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(benchmarks, recursive: true);
        }
    }

    [Fact]
    public void Every_layout_peer_workload_is_in_the_catalog()
    {
        var names = WorkloadCatalog.Names.Where(n => n.StartsWith("layout-vs-yoga-", StringComparison.Ordinal)).ToArray();
        Assert.Contains("layout-vs-yoga-page-cold", names);
        Assert.Contains("layout-vs-yoga-huge-nested-one-leaf", names);
        Assert.Contains("wxml-vs-wcc-list-1000", WorkloadCatalog.Names);
    }
}
