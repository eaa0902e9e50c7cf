using System;
using System.Collections.Generic;
using System.IO;
using Sparrow.Host.Benchmarking;
using Xunit;

namespace Sparrow.Host.Tests.Benchmarking;

public class BenchmarkHistoryTests
{
    private static BenchmarkReport Report(string commit, params double[] samples) =>
        new(BenchmarkReport.CurrentSchema, commit, "test", new DateTimeOffset(2026, 11, 21, 0, 0, 0, TimeSpan.Zero), [new WorkloadResult("first-frame", "ms", samples)]);

    [Fact]
    public void Runs_append_as_lines_with_median_and_quartiles()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".jsonl");
        BenchmarkHistory.Append(path, Report("aaa", 1, 2, 3, 4, 5));
        BenchmarkHistory.Append(path, Report("bbb", 10, 20, 30));
        Assert.Equal(2, File.ReadAllLines(path).Length);
        var problems = new List<string>();
        var entries = BenchmarkHistory.Load(path, problems);
        Assert.Empty(problems);
        Assert.Equal(new HistoryPoint("first-frame", "ms", 3, 2, 4, 5), entries[0].Workloads[0]);
        Assert.Equal(20, entries[1].Workloads[0].Median);
    }

    [Fact]
    public void A_torn_line_is_skipped_and_named()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".jsonl");
        BenchmarkHistory.Append(path, Report("aaa", 1));
        File.AppendAllText(path, "{\"commit\":\"tor");
        var problems = new List<string>();
        Assert.Single(BenchmarkHistory.Load(path, problems));
        Assert.StartsWith(path + ":2:", Assert.Single(problems), StringComparison.Ordinal);
    }

    [Fact]
    public void The_chart_has_one_svg_per_workload_with_every_run()
    {
        var entries = new[] { BenchmarkHistory.Summarise(Report("aaaaaaaaaaaa", 1, 2, 3)), BenchmarkHistory.Summarise(Report("bbbbbbbbbbbb", 2, 3, 4)) };
        var html = HistoryChart.Render(entries, "History <test>");
        Assert.Equal(1, CountOf(html, "<svg"));
        Assert.Equal(2, CountOf(html, "<circle"));
        Assert.Contains("History &lt;test&gt;", html, StringComparison.Ordinal);
        Assert.Contains("bbbbbbbbbb 2026-11-21 00:00: median 3 ms", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
