using System;
using System.IO;
using Sparrow.Host.Benchmarking.Workloads;
using Xunit;

namespace Sparrow.Host.Tests.Benchmarking;

public class WxmlVsWccPeerTests
{
    // Header (page, header, two texts, list) 5 + footer 2 + per row 5, plus a tags view and one text
    // per tag, or one state view: rows with 0, 1, 2, 3 tags, 250 of each.
    private const int ExpectedElements = 5 + 2 + (250 * (6 + 7 + 8 + 9));

    [Fact]
    public void Ours_expands_the_template_and_wcc_expands_the_same_number_of_elements()
    {
        using var workload = new WxmlVsWccWorkload(RepoPaths.Of("benchmarks"));
        Assert.Equal(ExpectedElements, workload.Elements);
        Assert.True(workload.RunOnce() > 0);
        Assert.True(workload.RunOnce() > 0); // the page closes after each run, so runs repeat

        // RunPeer throws when wcc's element count differs from ours.
        PeerAssert.RanOrSaysWhyNot(workload.RunPeer(warmup: 1, runs: 2), "wcc (miniprogram-compiler 0.2.3), run in Sparrow's V8", runs: 2);
    }

    [Fact]
    public void Without_wcc_the_peer_is_unavailable_with_a_reason()
    {
        var empty = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(empty);
        using var workload = new WxmlVsWccWorkload(empty);
        var peer = workload.RunPeer(1, 2);
        Assert.False(peer.IsAvailable);
        Assert.Contains("compile.js does not exist", peer.Unavailable, StringComparison.Ordinal);
        Directory.Delete(empty, recursive: true);
    }
}
