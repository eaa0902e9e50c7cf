using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Sparrow.Host.Conformance;
using Xunit;

namespace Sparrow.Host.Tests.Conformance;

public class ConformanceRunnerTests
{
    private sealed class FakeSuite(string name, params CaseOutcome[] cases) : IConformanceSuite
    {
        public string Name => name;

        public string Oracle => "hand-written";

        public IEnumerable<CaseOutcome> Run(string conformanceRoot, string artifacts) => cases;
    }

    private sealed class BrokenSuite : IConformanceSuite
    {
        public string Name => "broken";

        public string Oracle => "none";

        public IEnumerable<CaseOutcome> Run(string conformanceRoot, string artifacts) => throw new InvalidDataException("fixtures missing");
    }

    private static string Root(string manifest)
    {
        var root = Path.Combine(Path.GetTempPath(), "sparrow-conform-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "demo"));
        File.WriteAllText(Path.Combine(root, "demo", "known-failures.txt"), manifest);
        return root;
    }

    private static CaseOutcome Case(string id, bool passed) => new(id, id.Split('/')[0], passed, "want", passed ? "want" : "got");

    [Fact]
    public void Failures_not_in_the_manifest_are_regressions_and_listed_passes_are_newly_passing()
    {
        var root = Root("# known\nflex/b | wrap not done\nflex/c | gap not done\nflex/gone | renamed case\n");
        var problems = new List<string>();
        var result = ConformanceRunner.Run(
            [new FakeSuite("demo", Case("flex/a", true), Case("flex/b", false), Case("flex/c", true), Case("block/d", false))],
            root, Path.Combine(root, "out"), problems).Single();
        Assert.Empty(problems);
        Assert.Equal(2, result.Passed);
        Assert.Equal(["block/d"], result.Regressions.Select(c => c.Id).ToArray());
        Assert.Equal(["flex/c"], result.NewlyPassing.Select(c => c.Id).ToArray());
        Assert.Equal(["flex/gone"], result.StaleEntries.ToArray());
    }

    [Fact]
    public void A_manifest_line_without_a_reason_is_a_problem()
    {
        var root = Root("flex/b\n");
        var problems = new List<string>();
        ConformanceRunner.Run([new FakeSuite("demo", Case("flex/b", false))], root, Path.Combine(root, "out"), problems);
        Assert.Contains("known-failures.txt:1: a known failure needs", Assert.Single(problems), StringComparison.Ordinal);
    }

    [Fact]
    public void A_suite_that_throws_fails_without_stopping_the_others()
    {
        var root = Root(string.Empty);
        var results = ConformanceRunner.Run([new BrokenSuite(), new FakeSuite("demo", Case("flex/a", true))], root, Path.Combine(root, "out"), []);
        Assert.Equal("InvalidDataException: fixtures missing", Assert.Single(results[0].Regressions).Actual);
        Assert.Empty(results[1].Regressions);
    }

    [Fact]
    public void The_report_has_json_and_html_with_expected_and_actual_side_by_side()
    {
        var root = Root("flex/b | wrap not done\n");
        var results = ConformanceRunner.Run(
            [new FakeSuite("demo", Case("flex/a", true), Case("flex/b", false), Case("block/<d>", false) with { ExpectedImage = "demo/e.png", ActualImage = "demo/a.png", DiffImage = "demo/d.png" })],
            root, Path.Combine(root, "out"), []);
        var dir = Path.Combine(root, "report");
        ConformanceReport.Write(dir, results, "abc123");
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "results.json")));
        var suite = json.RootElement.GetProperty("suites")[0];
        Assert.Equal(1, suite.GetProperty("passed").GetInt32());
        Assert.Equal("block/<d>", suite.GetProperty("regressions")[0].GetString());
        Assert.Equal("wrap not done", suite.GetProperty("cases")[1].GetProperty("knownFailure").GetString());
        var html = File.ReadAllText(Path.Combine(dir, "index.html"));
        Assert.Contains("block/&lt;d&gt;", html, StringComparison.Ordinal);
        Assert.Contains("known failure: wrap not done", html, StringComparison.Ordinal);
        Assert.Contains("<img alt=\"difference\" src=\"demo/d.png\">", html, StringComparison.Ordinal);
        Assert.Contains("expected<pre>want</pre>", html, StringComparison.Ordinal);
        Assert.Contains("actual<pre>got</pre>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
    }
}
