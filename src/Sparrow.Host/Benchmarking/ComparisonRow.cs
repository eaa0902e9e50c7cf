namespace Sparrow.Host.Benchmarking;

/// <summary>One workload of a comparison: medians, their ratio (new / base), the Mann–Whitney p-value and the verdict.</summary>
public sealed record ComparisonRow(string Workload, string Unit, double BaseMedian, double NewMedian, double Ratio, double PValue, Verdict Verdict);
