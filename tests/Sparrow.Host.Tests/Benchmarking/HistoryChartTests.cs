using System;
using Sparrow.Host.Benchmarking;
using Xunit;

namespace Sparrow.Host.Tests.Benchmarking;

/// <summary>The history page: its summary table flags the last run's change, and runs from another machine are told apart.</summary>
public sealed class HistoryChartTests
{
    private static HistoryEntry Entry(string commit, string machine, double scroll, double layout) =>
        new(commit, new DateTimeOffset(2026, 11, 21, 0, 0, 0, TimeSpan.Zero), machine,
            [new HistoryPoint("feed-scroll", "ms/frame", scroll, scroll - 0.1, scroll + 0.1, 10), new HistoryPoint("replay-layout", "ms", layout, layout - 1, layout + 1, 10)]);

    [Fact]
    public void The_summary_marks_a_slower_last_run_and_a_faster_one()
    {
        var html = HistoryChart.Render([Entry("a1", "box", 1.0, 20), Entry("b2", "box", 1.5, 10)], "h");
        Assert.Contains("<td class=\"n bad\">+50.0%</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"n ok\">-50.0%</td>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#feed-scroll\">feed-scroll</a>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"replay-layout\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_small_change_is_not_flagged_and_another_machine_is_hollow()
    {
        var html = HistoryChart.Render([Entry("a1", "laptop", 1.0, 20), Entry("b2", "box", 1.02, 20)], "h");
        Assert.Contains("<td class=\"n muted\">+2.0%</td>", html, StringComparison.Ordinal);
        Assert.Contains("class=\"dot other\"", html, StringComparison.Ordinal);
        Assert.Contains("on laptop</title>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_history_still_renders_a_page()
    {
        var html = HistoryChart.Render([], "empty");
        Assert.Contains("<p>0 runs.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg", html, StringComparison.Ordinal);
    }
}
