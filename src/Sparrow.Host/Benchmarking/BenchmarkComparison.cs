using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Sparrow.Host.Benchmarking;

/// <summary>
/// Compares two benchmark reports workload by workload. A change is flagged only when the medians
/// differ by more than <see cref="Threshold"/> AND the Mann–Whitney U test says the samples differ
/// at level <see cref="Alpha"/>: the threshold ignores differences too small to matter, the test
/// ignores differences the noise can explain. Lower is better for every workload (times).
/// </summary>
public sealed record BenchmarkComparison(double Threshold = 0.05, double Alpha = 0.01)
{
    public IReadOnlyList<ComparisonRow> Compare(BenchmarkReport baseline, BenchmarkReport candidate)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(candidate);
        var rows = new List<ComparisonRow>();
        var before = baseline.Workloads.ToDictionary(w => w.Name, StringComparer.Ordinal);
        foreach (var after in candidate.Workloads)
        {
            if (!before.Remove(after.Name, out var old))
            {
                rows.Add(new ComparisonRow(after.Name, after.Unit, double.NaN, Median(after.Samples), double.NaN, double.NaN, Verdict.Missing) { NewPeerRatio = after.PeerRatio ?? double.NaN });
                continue;
            }

            rows.Add(Row(old, after));
        }

        rows.AddRange(before.Values.Select(old => new ComparisonRow(old.Name, old.Unit, Median(old.Samples), double.NaN, double.NaN, double.NaN, Verdict.Missing) { BasePeerRatio = old.PeerRatio ?? double.NaN }));
        return rows;
    }

    private ComparisonRow Row(WorkloadResult old, WorkloadResult now)
    {
        var baseMedian = Median(old.Samples);
        var newMedian = Median(now.Samples);
        var ratio = baseMedian == 0 ? double.NaN : newMedian / baseMedian;
        var p = MannWhitney.PValue(old.Samples, now.Samples);
        var verdict = p >= Alpha || double.IsNaN(ratio) ? Verdict.Unchanged
            : ratio > 1 + Threshold ? Verdict.Regression
            : ratio < 1 / (1 + Threshold) ? Verdict.Improvement
            : Verdict.Unchanged;
        return new ComparisonRow(now.Name, now.Unit, baseMedian, newMedian, ratio, p, verdict)
        {
            BasePeerRatio = old.PeerRatio ?? double.NaN,
            NewPeerRatio = now.PeerRatio ?? double.NaN,
        };
    }

    public static double Median(IReadOnlyList<double> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count == 0)
        {
            return double.NaN;
        }

        var sorted = samples.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /// <summary>
    /// A fixed-width table, one row per workload, regressions marked; when any workload has a peer,
    /// two more columns give each report's ratio ours / peer ("base/peer", "new/peer").
    /// </summary>
    public static string Format(IReadOnlyList<ComparisonRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var width = Math.Max(8, rows.Count == 0 ? 0 : rows.Max(r => r.Workload.Length));
        var peers = rows.Any(r => r.HasPeer);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{"workload".PadRight(width)}  {"base",12}  {"new",12}  {"ratio",7}  {"p",8}  ");
        text.AppendLine(peers ? $"{"base/peer",9}  {"new/peer",9}  verdict" : "verdict");
        foreach (var r in rows)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"{r.Workload.PadRight(width)}  {Value(r.BaseMedian, r.Unit),12}  {Value(r.NewMedian, r.Unit),12}  {Ratio(r.Ratio),7}  {(double.IsNaN(r.PValue) ? "-" : r.PValue.ToString("0.0000", CultureInfo.InvariantCulture)),8}  ");
            text.AppendLine(peers ? $"{Ratio(r.BasePeerRatio),9}  {Ratio(r.NewPeerRatio),9}  {Describe(r.Verdict)}" : Describe(r.Verdict));
        }

        return text.ToString();
    }

    private static string Ratio(double ratio) => double.IsNaN(ratio) ? "-" : ratio.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Value(double v, string unit) =>
        double.IsNaN(v) ? "-" : v.ToString("0.###", CultureInfo.InvariantCulture) + " " + unit;

    private static string Describe(Verdict verdict) => verdict switch
    {
        Verdict.Regression => "REGRESSION",
        Verdict.Improvement => "improvement",
        Verdict.Missing => "missing in one report",
        _ => "same",
    };
}
