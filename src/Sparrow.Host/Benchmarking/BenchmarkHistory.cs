using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sparrow.Host.Benchmarking;

/// <summary>
/// The benchmark history: a JSON-lines file, one run per line, appended by
/// <c>sparrow bench --history &lt;file&gt;</c> and drawn by <c>sparrow bench chart</c>. Lines are
/// only ever appended, so the file merges cleanly and a torn last line loses one run at most.
/// </summary>
public static class BenchmarkHistory
{
    public static HistoryEntry Summarise(BenchmarkReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new HistoryEntry(report.Commit, report.Date, report.Machine, report.Workloads.Select(w =>
        {
            var sorted = w.Samples.Order().ToArray();
            return new HistoryPoint(w.Name, w.Unit, Quantile(sorted, 0.5), Quantile(sorted, 0.25), Quantile(sorted, 0.75), sorted.Length);
        }).ToArray());
    }

    public static void Append(string path, BenchmarkReport report)
    {
        var line = JsonSerializer.Serialize(Summarise(report), HistoryJsonContext.Default.HistoryEntry);
        File.AppendAllText(path, line + "\n");
    }

    /// <summary>Every readable line in order; a malformed line is skipped and named in <paramref name="problems"/>.</summary>
    public static IReadOnlyList<HistoryEntry> Load(string path, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var entries = new List<HistoryEntry>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                entries.Add(JsonSerializer.Deserialize(line, HistoryJsonContext.Default.HistoryEntry) ?? throw new JsonException("null entry"));
            }
            catch (JsonException e)
            {
                problems.Add($"{path}:{number}: skipped a malformed history line: {e.Message}");
            }
        }

        return entries;
    }

    /// <summary>Linear interpolation between closest ranks (the method spreadsheets call PERCENTILE.INC).</summary>
    internal static double Quantile(double[] sorted, double q)
    {
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var position = q * (sorted.Length - 1);
        var low = (int)Math.Floor(position);
        var high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + ((position - low) * (sorted[high] - sorted[low]));
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(HistoryEntry))]
internal sealed partial class HistoryJsonContext : JsonSerializerContext;
