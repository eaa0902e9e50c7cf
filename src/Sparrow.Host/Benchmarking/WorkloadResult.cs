using System.Collections.Generic;
using Sparrow.Host.Benchmarking.Peers;

namespace Sparrow.Host.Benchmarking;

/// <summary>
/// One workload's repeated measurements (warm-up excluded), in <see cref="Unit"/>, per-stage samples if
/// it has stages, and the peer's samples on the same input when the workload has a peer.
/// </summary>
public sealed record WorkloadResult(string Name, string Unit, IReadOnlyList<double> Samples, IReadOnlyDictionary<string, IReadOnlyList<double>>? Stages = null, PeerResult? Peer = null)
{
    /// <summary>
    /// Median of ours over median of the peer's (below 1: ours is faster); null without a peer or when
    /// the peer was unavailable. Written to the report for people reading it; recomputed from the
    /// samples when a report is loaded.
    /// </summary>
    public double? PeerRatio => Peer is { IsAvailable: true } peer && Samples.Count > 0
        ? BenchmarkComparison.Median(Samples) / BenchmarkComparison.Median(peer.Samples)
        : null;
}
