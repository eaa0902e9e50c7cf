using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Sparrow.Host.Benchmarking;
using Sparrow.Host.Benchmarking.Peers;
using Sparrow.Host.Benchmarking.Workloads;

namespace Sparrow.Cli;

/// <summary>
/// <c>sparrow bench [workload…] [--out f.json] [--runs N] [--warmup N] [--inject-delay ms]</c> runs macro
/// workloads and writes a report with every sample (for a workload with a peer, also the peer's samples
/// and the ratio ours / peer, summarised on stderr after the run, benchmarks/PEERS.md); <c>sparrow bench compare &lt;base.json&gt; &lt;new.json&gt;
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

        if (args.Length > 0 && args[0] == "chart")
        {
            return Chart(args, console);
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
        string? history = null;
        var runner = new BenchmarkRunner();
        var delay = TimeSpan.Zero;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is "--out" or "--history")
            {
                if (i + 1 >= args.Length)
                {
                    return console.UsageError($"{args[i]} needs a file");
                }

                if (args[i] == "--out")
                {
                    output = args[++i];
                }
                else
                {
                    history = args[++i];
                }
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

        console.Error.Write(PeerSummary.Format(report.Workloads));
        if (output is not null)
        {
            File.WriteAllText(output, report.ToJson());
            console.Error.WriteLine($"wrote {output}");
        }
        else if (history is null)
        {
            console.Out.WriteLine(report.ToJson());
        }

        if (history is not null)
        {
            BenchmarkHistory.Append(history, report);
            console.Error.WriteLine($"appended to {history}");
        }

        return ExitCodes.Ok;
    }

    /// <summary><c>sparrow bench chart &lt;history.jsonl&gt; --out &lt;report.html&gt;</c>: one SVG chart per workload.</summary>
    private static int Chart(string[] args, CliConsole console)
    {
        if (args.Length != 4 || args[2] != "--out")
        {
            return console.UsageError("bench chart needs: sparrow bench chart <history.jsonl> --out <report.html>");
        }

        if (!File.Exists(args[1]))
        {
            console.Error.WriteLine($"sparrow: no such history file: {args[1]}");
            return ExitCodes.Failed;
        }

        var problems = new System.Collections.Generic.List<string>();
        var entries = BenchmarkHistory.Load(args[1], problems);
        problems.ForEach(console.Error.WriteLine);
        File.WriteAllText(args[3], HistoryChart.Render(entries, "Sparrow benchmark history"));
        console.Out.WriteLine($"wrote {args[3]}: {entries.Count} runs");
        return problems.Count == 0 ? ExitCodes.Ok : ExitCodes.Failed;
    }
}
