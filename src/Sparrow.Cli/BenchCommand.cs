using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Sparrow.Host.Benchmarking;

namespace Sparrow.Cli;

/// <summary>
/// <c>sparrow bench compare &lt;base.json&gt; &lt;new.json&gt; [--threshold 0.05] [--alpha 0.01]</c>: a table of
/// median ratios per workload; exit code 1 when any workload regressed (slower by more than the
/// threshold AND significantly so by the Mann–Whitney U test).
/// </summary>
internal static class BenchCommand
{
    public static int Run(string[] args, CliConsole console)
    {
        if (args.Length == 0 || args[0] != "compare")
        {
            return console.UsageError("bench: only 'sparrow bench compare <base.json> <new.json>' is available yet");
        }

        var files = new System.Collections.Generic.List<string>();
        var comparison = new BenchmarkComparison();
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] is "--threshold" or "--alpha")
            {
                if (i + 1 >= args.Length || !double.TryParse(args[i + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value <= 0 || value >= 1)
                {
                    return console.UsageError($"{args[i]} needs a number between 0 and 1");
                }

                comparison = args[i] == "--threshold" ? comparison with { Threshold = value } : comparison with { Alpha = value };
                i++;
            }
            else
            {
                files.Add(args[i]);
            }
        }

        if (files.Count != 2)
        {
            return console.UsageError("bench compare needs two report files: <base.json> <new.json>");
        }

        BenchmarkReport baseline, candidate;
        try
        {
            baseline = BenchmarkReport.Load(files[0]);
            candidate = BenchmarkReport.Load(files[1]);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            console.Error.WriteLine("sparrow: " + e.Message);
            return ExitCodes.Failed;
        }

        var rows = comparison.Compare(baseline, candidate);
        console.Out.WriteLine($"base {baseline.Commit} ({baseline.Machine}) vs new {candidate.Commit} ({candidate.Machine}); threshold {comparison.Threshold:P0}, alpha {comparison.Alpha}");
        console.Out.Write(BenchmarkComparison.Format(rows));
        var regressions = rows.Count(r => r.Verdict == Verdict.Regression);
        console.Out.WriteLine($"{regressions} regressions, {rows.Count(r => r.Verdict == Verdict.Improvement)} improvements, {rows.Count} workloads");
        return regressions == 0 ? ExitCodes.Ok : ExitCodes.Failed;
    }
}
