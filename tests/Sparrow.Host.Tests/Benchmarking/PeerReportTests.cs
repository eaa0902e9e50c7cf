using System;
using System.IO;
using System.Linq;
using Sparrow.Host.Benchmarking;
using Sparrow.Host.Benchmarking.Peers;
using Xunit;

namespace Sparrow.Host.Tests.Benchmarking;

public class PeerReportTests
{
    private static BenchmarkReport Report(params WorkloadResult[] workloads) =>
        new(BenchmarkReport.CurrentSchema, "abc123", "test", DateTimeOffset.UnixEpoch, workloads);

    private static string TempFile() => Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".json");

    [Fact]
    public void A_peer_round_trips_through_json_with_its_ratio()
    {
        var path = TempFile();
        var report = Report(
            new WorkloadResult("layout", "ms", [1, 2, 3], Peer: new PeerResult("yoga-layout 3.2.1 (WASM, Node v20)", [8, 10, 12])),
            new WorkloadResult("wxml", "ms", [5], Peer: PeerResult.Missing("wcc", "node_modules missing")),
            new WorkloadResult("plain", "ms", [4]));
        File.WriteAllText(path, report.ToJson());
        Assert.Contains("\"peerRatio\": 0.2", File.ReadAllText(path), StringComparison.Ordinal);

        var loaded = BenchmarkReport.Load(path);
        var layout = loaded.Workloads[0];
        Assert.Equal("yoga-layout 3.2.1 (WASM, Node v20)", layout.Peer!.Name);
        Assert.Equal([8, 10, 12], layout.Peer.Samples);
        Assert.Equal(0.2, layout.PeerRatio!.Value, 12);
        Assert.Equal("node_modules missing", loaded.Workloads[1].Peer!.Unavailable);
        Assert.Null(loaded.Workloads[1].PeerRatio);
        Assert.Null(loaded.Workloads[2].Peer);
        Assert.Null(loaded.Workloads[2].PeerRatio);
        File.Delete(path);
    }

    [Fact]
    public void A_report_written_before_peers_existed_still_loads()
    {
        var path = TempFile();
        File.WriteAllText(path, """
            { "schema": 1, "commit": "old", "machine": "m", "date": "2026-11-01T00:00:00+00:00",
              "workloads": [ { "name": "runtime-start", "unit": "ms", "samples": [1.5, 2.5], "stages": null } ] }
            """);
        var workload = BenchmarkReport.Load(path).Workloads.Single();
        Assert.Null(workload.Peer);
        Assert.Null(workload.PeerRatio);
        Assert.Equal([1.5, 2.5], workload.Samples);
        File.Delete(path);
    }

    [Fact]
    public void Compare_prints_each_reports_ratio_to_its_peer_only_when_there_is_one()
    {
        var baseline = Report(new WorkloadResult("layout", "ms", [2, 2, 2], Peer: new PeerResult("yoga", [4, 4, 4])), new WorkloadResult("plain", "ms", [1, 1]));
        var candidate = Report(new WorkloadResult("layout", "ms", [1, 1, 1], Peer: new PeerResult("yoga", [4, 4, 4])), new WorkloadResult("plain", "ms", [1, 1]));
        var rows = new BenchmarkComparison().Compare(baseline, candidate);
        var layout = rows.Single(r => r.Workload == "layout");
        Assert.Equal(0.5, layout.BasePeerRatio, 12);
        Assert.Equal(0.25, layout.NewPeerRatio, 12);
        Assert.False(rows.Single(r => r.Workload == "plain").HasPeer);

        var table = BenchmarkComparison.Format(rows);
        Assert.Contains("new/peer", table, StringComparison.Ordinal);
        Assert.Contains("0.500      0.250", table, StringComparison.Ordinal);
        Assert.DoesNotContain("peer", BenchmarkComparison.Format(rows.Where(r => !r.HasPeer).ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public void The_runner_runs_the_peer_with_the_workloads_warmup_and_runs()
    {
        using var workload = new PeeredWorkload();
        var result = new BenchmarkRunner(Warmup: 2, Runs: 3).Run([workload]).Workloads.Single();
        Assert.Equal((2, 3), workload.PeerAskedFor);
        Assert.Equal([4, 4, 4], result.Samples);
        Assert.Equal(0.5, result.PeerRatio!.Value, 12);
    }

    [Fact]
    public void The_console_summary_gives_the_ratio_or_the_reason()
    {
        var summary = PeerSummary.Format([
            new WorkloadResult("layout", "ms", [1, 3], Peer: new PeerResult("yoga-layout 3.2.1", [8, 8])),
            new WorkloadResult("wxml", "ms", [5], Peer: PeerResult.Missing("wcc", "`node` could not be started")),
            new WorkloadResult("plain", "ms", [4]),
        ]);
        var lines = summary.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Matches(@"^layout\s+2 ms\s+8 ms\s+0\.250\s+yoga-layout 3\.2\.1$", lines[1]);
        Assert.EndsWith("unavailable: `node` could not be started", lines[2], StringComparison.Ordinal);
        Assert.Empty(PeerSummary.Format([new WorkloadResult("plain", "ms", [4])]));
    }

    private sealed class PeeredWorkload : IWorkload, IHasPeer
    {
        public (int Warmup, int Runs) PeerAskedFor { get; private set; }

        public string Name => "peered";

        public string Unit => "ms";

        public double RunOnce() => 4;

        public PeerResult RunPeer(int warmup, int runs)
        {
            PeerAskedFor = (warmup, runs);
            return new PeerResult("stand-in", Enumerable.Repeat(8.0, runs).ToArray());
        }

        public void Dispose()
        {
        }
    }
}
