namespace Sparrow.Host.Benchmarking;

/// <summary>
/// One workload of a comparison: medians, their ratio (new / base), the Mann–Whitney p-value and the
/// verdict; for a workload with a peer, each report's own ratio ours / peer (NaN where a report has none).
/// </summary>
public sealed record ComparisonRow(string Workload, string Unit, double BaseMedian, double NewMedian, double Ratio, double PValue, Verdict Verdict)
{
    /// <summary>The baseline report's median of ours over its peer's median, or NaN.</summary>
    public double BasePeerRatio { get; init; } = double.NaN;

    /// <summary>The candidate report's median of ours over its peer's median, or NaN.</summary>
    public double NewPeerRatio { get; init; } = double.NaN;

    /// <summary>Whether either report measured a peer for this workload.</summary>
    public bool HasPeer => !double.IsNaN(BasePeerRatio) || !double.IsNaN(NewPeerRatio);
}
