using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;

namespace Sparrow.Host.Benchmarking;

/// <summary>
/// A static HTML page (no script, no server) in the conformance report's style: a summary table,
/// one row per workload (latest median, change from the previous run, best and worst median
/// recorded), then one SVG chart per workload: the median of each run in history order, the
/// interquartile range as a band, and each run's commit, date and machine on hover. Runs on
/// another machine than the latest are drawn hollow: their times are not comparable.
/// </summary>
public static class HistoryChart
{
    private const int Width = 720;
    private const int Height = 220;
    private const int Margin = 48;

    /// <summary>A change between the last two runs larger than this (either way) is highlighted.</summary>
    private const double Notable = 0.05;

    private const string Style = """
        body{font:14px system-ui,sans-serif;margin:24px;color:#222}table{border-collapse:collapse}
        td,th{padding:4px 10px;border-bottom:1px solid #ddd;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        .ok{color:#1a7f37}.bad{color:#cf222e;font-weight:600}.muted{color:#777}h2{font-size:16px;margin:24px 0 4px}
        .band{fill:#cfe3ff}.line{fill:none;stroke:#1f6feb;stroke-width:2}.dot{fill:#1f6feb}.other{fill:#fff;stroke:#1f6feb}
        .axis{stroke:#888}.label{font-size:11px;fill:#555}
        """;

    public static string Render(IReadOnlyList<HistoryEntry> entries, string title)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var html = new StringBuilder();
        html.Append("<!doctype html><html><head><meta charset=\"utf-8\"><title>").Append(E(title)).Append("</title><style>").Append(Style).Append("</style></head><body>")
            .Append("<h1>").Append(E(title)).Append("</h1>")
            .Append(CultureInfo.InvariantCulture, $"<p>{entries.Count} runs");
        if (entries.Count > 0)
        {
            var last = entries[^1];
            html.Append(CultureInfo.InvariantCulture, $"; latest {E(Short(last.Commit))} on {last.Date:yyyy-MM-dd HH:mm}, {E(last.Machine)}");
        }

        html.Append(". Line: median; band: 25th–75th percentile; hollow points: another machine. Lower is better.</p>");
        var names = entries.SelectMany(e => e.Workloads).Select(w => w.Name).Distinct(StringComparer.Ordinal).ToArray();
        AppendSummary(html, entries, names);
        foreach (var name in names)
        {
            var points = entries.Select((e, i) => (Index: i, Entry: e, Point: e.Workloads.FirstOrDefault(w => w.Name == name)))
                .Where(p => p.Point is not null && double.IsFinite(p.Point.Median)).Select(p => (p.Index, p.Entry, p.Point!)).ToArray();
            html.Append("<h2 id=\"").Append(E(name)).Append("\">").Append(E(name)).Append("</h2>");
            if (points.Length == 0)
            {
                html.Append("<p class=\"muted\">no finite samples recorded</p>");
                continue;
            }

            AppendChart(html, points, Math.Max(1, entries.Count - 1), entries[^1].Machine);
        }

        return html.Append("</body></html>\n").ToString();
    }

    private static void AppendSummary(StringBuilder html, IReadOnlyList<HistoryEntry> entries, string[] names)
    {
        html.Append("<table><tr><th>workload</th><th>runs</th><th>latest median</th><th>previous</th><th>change</th><th>best</th><th>worst</th></tr>");
        foreach (var name in names)
        {
            var series = entries.Select(e => e.Workloads.FirstOrDefault(w => w.Name == name)).OfType<HistoryPoint>().Where(p => double.IsFinite(p.Median)).ToArray();
            if (series.Length == 0)
            {
                continue;
            }

            var latest = series[^1];
            var previous = series.Length > 1 ? series[^2] : null;
            var change = previous is null || previous.Median == 0 ? double.NaN : (latest.Median / previous.Median) - 1;
            var css = double.IsNaN(change) || Math.Abs(change) <= Notable ? "muted" : change > 0 ? "bad" : "ok";
            html.Append(CultureInfo.InvariantCulture, $"<tr><td><a href=\"#{E(name)}\">{E(name)}</a></td><td class=\"n\">{series.Length}</td><td class=\"n\">{Value(latest.Median, latest.Unit)}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td class=\"n\">{(previous is null ? "-" : Value(previous.Median, previous.Unit))}</td><td class=\"n {css}\">{(double.IsNaN(change) ? "-" : change.ToString("+0.0%;-0.0%;0.0%", CultureInfo.InvariantCulture))}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td class=\"n\">{Value(series.Min(p => p.Median), latest.Unit)}</td><td class=\"n\">{Value(series.Max(p => p.Median), latest.Unit)}</td></tr>");
        }

        html.Append("</table>");
    }

    private static void AppendChart(StringBuilder html, (int Index, HistoryEntry Entry, HistoryPoint Point)[] points, int lastIndex, string machine)
    {
        var max = points.Max(p => double.IsFinite(p.Point.Q3) ? Math.Max(p.Point.Q3, p.Point.Median) : p.Point.Median) * 1.1;
        max = max > 0 ? max : 1;
        string X(int index) => (Margin + ((Width - (2.0 * Margin)) * index / lastIndex)).ToString("0.#", CultureInfo.InvariantCulture);
        string Y(double value) => (Height - Margin + ((Margin - Height + 20.0) * (double.IsFinite(value) ? value : 0) / max)).ToString("0.#", CultureInfo.InvariantCulture);
        html.Append(CultureInfo.InvariantCulture, $"<svg width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" role=\"img\">");
        html.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{Margin}\" y1=\"{Height - Margin}\" x2=\"{Width - Margin}\" y2=\"{Height - Margin}\"/>");
        html.Append(CultureInfo.InvariantCulture, $"<text class=\"label\" x=\"4\" y=\"24\">{max:0.##} {E(points[0].Point.Unit)}</text>");
        html.Append(CultureInfo.InvariantCulture, $"<text class=\"label\" x=\"4\" y=\"{Height - Margin}\">0</text>");
        var upper = points.Select(p => $"{X(p.Index)},{Y(p.Point.Q3)}");
        var lower = Enumerable.Reverse(points).Select(p => $"{X(p.Index)},{Y(p.Point.Q1)}");
        html.Append("<polygon class=\"band\" points=\"").AppendJoin(' ', upper.Concat(lower)).Append("\"/>");
        html.Append("<polyline class=\"line\" points=\"").AppendJoin(' ', points.Select(p => $"{X(p.Index)},{Y(p.Point.Median)}")).Append("\"/>");
        foreach (var (index, entry, point) in points)
        {
            var commit = entry.Commit.Length > 10 ? entry.Commit[..10] : entry.Commit;
            var css = entry.Machine == machine ? "dot" : "dot other";
            html.Append(CultureInfo.InvariantCulture, $"<circle class=\"{css}\" cx=\"{X(index)}\" cy=\"{Y(point.Median)}\" r=\"3\"><title>{E(commit)} {entry.Date:yyyy-MM-dd HH:mm}: median {point.Median:0.###} {E(point.Unit)} (IQR {point.Q1:0.###}–{point.Q3:0.###}, {point.Runs} runs) on {E(entry.Machine)}</title></circle>");
            html.Append(CultureInfo.InvariantCulture, $"<text class=\"label\" x=\"{X(index)}\" y=\"{Height - Margin + 16}\" text-anchor=\"middle\">{E(Short(commit))}</text>");
        }

        html.Append("</svg>");
    }

    private static string Short(string commit) => commit[..Math.Min(7, commit.Length)];

    private static string Value(double v, string unit) => v.ToString("0.###", CultureInfo.InvariantCulture) + " " + E(unit);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
