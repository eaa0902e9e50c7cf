using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Sparrow.Host.Benchmarking;
using Sparrow.Host.Benchmarking.Workloads;

namespace Sparrow.Cli;

/// <summary>
/// <c>sparrow bench [workload…] [--out f.json] [--runs N] [--warmup N] [--inject-delay ms]</c> runs macro
/// workloads and writes a report with every sample; <c>sparrow bench compare &lt;base.json&gt; &lt;new.json&gt;
/// [--threshold 0.05] [--alpha 0.01]</c> prints a table of median ratios per workload and exits with 1
/// when any workload regressed (slower by more than the threshold AND significantly so by the
/// Mann–Whitney U test).
/// </summary>
internal static class BenchCommand
{
    public static int Run(string[] args, CliConsole console)
    {
        if (args.Length > 0 && args[0] == "list")
        {
            console.Out.WriteLine(string.Join('\n', WorkloadCatalog.Names));
            return ExitCodes.Ok;
        }

        if (args.Length == 0 || args[0] != "compare")
        {
            return RunWorkloads(args, console);
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

    private static int RunWorkloads(string[] args, CliConsole console)
    {
        var names = new System.Collections.Generic.List<string>();
        string? output = null;
        var runner = new BenchmarkRunner();
        var delay = TimeSpan.Zero;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is "--out")
            {
                if (i + 1 >= args.Length)
                {
                    return console.UsageError("--out needs a file");
                }

                output = args[++i];
            }
            else if (args[i] is "--runs" or "--warmup" or "--inject-delay")
            {
                if (i + 1 >= args.Length || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) || (n < 1 && args[i] == "--runs"))
                {
                    return console.UsageError($"{args[i]} needs a whole number");
                }

                runner = args[i] == "--runs" ? runner with { Runs = n } : args[i] == "--warmup" ? runner with { Warmup = n } : runner;
                delay = args[i] == "--inject-delay" ? TimeSpan.FromMilliseconds(n) : delay;
                i++;
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                return console.UsageError($"unknown bench option '{args[i]}'");
            }
            else
            {
                names.Add(args[i]);
            }
        }

        BenchmarkReport report;
        try
        {
            report = runner.Run(WorkloadCatalog.Create(names, delay), line => console.Error.WriteLine(line));
        }
        catch (ArgumentException e)
        {
            return console.UsageError(e.Message);
        }

        if (output is not null)
        {
            File.WriteAllText(output, report.ToJson());
            console.Error.WriteLine($"wrote {output}");
        }
        else
        {
            console.Out.WriteLine(report.ToJson());
        }

        return ExitCodes.Ok;
    }
}
