using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Sparrow.Host.Benchmarking.Peers;

/// <summary>
/// The console summary of the workloads that have a peer (<c>sparrow bench</c> prints it after a
/// run): medians of ours and the peer's, the ratio ours / peer (below 1: ours is faster), and the
/// peer's name; or the reason the peer could not run.
/// </summary>
public static class PeerSummary
{
    /// <summary>A fixed-width table, one row per workload with a peer; empty when none has one.</summary>
    public static string Format(IReadOnlyList<WorkloadResult> workloads)
    {
        ArgumentNullException.ThrowIfNull(workloads);
        var peered = workloads.Where(w => w.Peer is not null).ToArray();
        if (peered.Length == 0)
        {
            return string.Empty;
        }

        var width = Math.Max(8, peered.Max(w => w.Name.Length));
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"workload".PadRight(width)}  {"ours",12}  {"peer",12}  {"ours/peer",9}  peer");
        foreach (var w in peered)
        {
            var peer = w.Peer!;
            if (!peer.IsAvailable)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"{w.Name.PadRight(width)}  {Value(BenchmarkComparison.Median(w.Samples), w.Unit),12}  {"-",12}  {"-",9}  unavailable: {peer.Unavailable ?? "no samples"}");
                continue;
            }

            text.AppendLine(CultureInfo.InvariantCulture,
                $"{w.Name.PadRight(width)}  {Value(BenchmarkComparison.Median(w.Samples), w.Unit),12}  {Value(BenchmarkComparison.Median(peer.Samples), w.Unit),12}  {w.PeerRatio!.Value.ToString("0.000", CultureInfo.InvariantCulture),9}  {peer.Name}");
        }

        return text.ToString();
    }

    private static string Value(double v, string unit) =>
        double.IsNaN(v) ? "-" : v.ToString("0.###", CultureInfo.InvariantCulture) + " " + unit;
}
