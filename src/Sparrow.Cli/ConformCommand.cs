using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Sparrow.Host.Benchmarking;
using Sparrow.Host.Conformance;

namespace Sparrow.Cli;

/// <summary>
/// <c>sparrow conform [suite…] [--report &lt;dir&gt;] [--root &lt;conformance-dir&gt;]</c>: runs the data-driven
/// suites, prints pass counts per suite, writes results.json and index.html, and exits with 1 when a
/// case fails that its suite's known-failures list does not name (a regression).
/// </summary>
internal static class ConformCommand
{
    public static int Run(string[] args, CliConsole console)
    {
        var names = new List<string>();
        string? report = null;
        string? root = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is "--report" or "--root")
            {
                if (i + 1 >= args.Length)
                {
                    return console.UsageError($"{args[i]} needs a folder");
                }

                if (args[i] == "--report")
                {
                    report = args[++i];
                }
                else
                {
                    root = args[++i];
                }
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                return console.UsageError($"unknown conform option '{args[i]}'");
            }
            else
            {
                names.Add(args[i]);
            }
        }

        root ??= FindConformanceRoot();
        if (root is null || !Directory.Exists(root))
        {
            return console.UsageError("no conformance/ folder found here or above; pass --root <dir>");
        }

        IReadOnlyList<IConformanceSuite> suites;
        try
        {
            suites = ConformanceSuites.Create(names);
        }
        catch (ArgumentException e)
        {
            return console.UsageError(e.Message);
        }

        report ??= Path.Combine("artifacts", "conformance");
        var problems = new List<string>();
        var results = ConformanceRunner.Run(suites, root, Path.Combine(report, "work"), problems);
        problems.ForEach(console.Error.WriteLine);
        ConformanceReport.Write(report, results, BenchmarkRunner.Commit());
        foreach (var r in results)
        {
            console.Out.WriteLine($"{r.Suite}: {r.Passed} passed, {r.Failed} failed ({r.Failed - r.Regressions.Count} known), {r.Regressions.Count} regressions, {r.NewlyPassing.Count} newly passing");
            foreach (var c in r.Regressions)
            {
                console.Out.WriteLine("  regression: " + c.Id);
            }
        }

        console.Out.WriteLine($"report: {Path.Combine(report, "index.html")}");
        return results.Any(r => r.Regressions.Count > 0) || problems.Count > 0 ? ExitCodes.Failed : ExitCodes.Ok;
    }

    private static string? FindConformanceRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "conformance");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
