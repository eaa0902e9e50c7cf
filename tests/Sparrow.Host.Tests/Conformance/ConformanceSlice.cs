using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Sparrow.Host.Conformance;
using Xunit;

namespace Sparrow.Host.Tests.Conformance;

/// <summary>
/// A throw-away conformance root holding a slice of a real suite's data, copied from the repository
/// and edited where a test needs a broken expectation, run through <see cref="ConformanceRunner"/>.
/// </summary>
internal sealed class ConformanceSlice : IDisposable
{
    public ConformanceSlice() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "sparrow-slice-" + Guid.NewGuid().ToString("N"));

    /// <summary>The repository's conformance/ folder.</summary>
    public static string Real => RepoPaths.Of("conformance");

    /// <summary>Runs a suite over the real conformance/ folder; every manifest line must read.</summary>
    public static SuiteResult RunReal(IConformanceSuite suite)
    {
        using var work = new ConformanceSlice();
        return RunIn(suite, Real, work.Root);
    }

    /// <summary>No regressions (each one printed with expected and actual) and no stale manifest entries.</summary>
    public static void AssertClean(SuiteResult result)
    {
        Assert.True(result.Regressions.Count == 0, string.Join("\n\n", result.Regressions.Select(c => $"{c.Id}: {c.Detail}\nexpected\n{c.Expected}\nactual\n{c.Actual}")));
        Assert.Empty(result.StaleEntries);
    }

    public void Copy(string relative) => Copy(relative, relative);

    public void Copy(string from, string to)
    {
        var target = Path.Combine(Root, to);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(Path.Combine(Real, from), target, overwrite: true);
    }

    public void Write(string relative, string text)
    {
        var target = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllText(target, text);
    }

    public SuiteResult Run(IConformanceSuite suite) => RunIn(suite, Root, Path.Combine(Root, "out"));

    /// <summary>Writes the report for <paramref name="result"/> and returns its HTML.</summary>
    public string Html(SuiteResult result)
    {
        var dir = Path.Combine(Root, "report");
        ConformanceReport.Write(dir, [result], "test");
        return File.ReadAllText(Path.Combine(dir, "index.html"));
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static SuiteResult RunIn(IConformanceSuite suite, string root, string artifacts)
    {
        var problems = new List<string>();
        var result = ConformanceRunner.Run([suite], root, artifacts, problems).Single();
        Assert.Empty(problems);
        return result;
    }
}
