using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;

namespace Sparrow.Host.Benchmarking;

/// <summary>
/// A static HTML page (no script, no server) with one SVG chart per workload: the median of each
/// run in history order, the interquartile range as a band, and each run's commit on hover.
/// </summary>
public static class HistoryChart
{
    private const int Width = 720;
    private const int Height = 220;
    private const int Margin = 48;

    public static string Render(IReadOnlyList<HistoryEntry> entries, string title)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var html = new StringBuilder();
        html.Append("<!doctype html><html><head><meta charset=\"utf-8\"><title>").Append(WebUtility.HtmlEncode(title)).Append("</title>")
            .Append("<style>body{font:14px system-ui,sans-serif;margin:24px;color:#222}h2{font-size:16px;margin:24px 0 4px}")
            .Append(".band{fill:#cfe3ff}.line{fill:none;stroke:#1f6feb;stroke-width:2}.dot{fill:#1f6feb}.axis{stroke:#888}.label{font-size:11px;fill:#555}</style></head><body>")
            .Append("<h1>").Append(WebUtility.HtmlEncode(title)).Append("</h1>")
            .Append(CultureInfo.InvariantCulture, $"<p>{entries.Count} runs. Line: median; band: 25th–75th percentile. Lower is better.</p>");
        foreach (var name in entries.SelectMany(e => e.Workloads).Select(w => w.Name).Distinct(StringComparer.Ordinal))
        {
            var points = entries.Select((e, i) => (Index: i, Entry: e, Point: e.Workloads.FirstOrDefault(w => w.Name == name)))
                .Where(p => p.Point is not null).ToArray();
            html.Append("<h2>").Append(WebUtility.HtmlEncode(name)).Append("</h2>");
            AppendChart(html, points.Select(p => (p.Index, p.Entry, p.Point!)).ToArray(), Math.Max(1, entries.Count - 1));
        }

        return html.Append("</body></html>\n").ToString();
    }

    private static void AppendChart(StringBuilder html, (int Index, HistoryEntry Entry, HistoryPoint Point)[] points, int lastIndex)
    {
        var max = points.Max(p => p.Point.Q3) * 1.1;
        max = max > 0 ? max : 1;
        string X(int index) => (Margin + ((Width - (2.0 * Margin)) * index / lastIndex)).ToString("0.#", CultureInfo.InvariantCulture);
        string Y(double value) => (Height - Margin + ((Margin - Height + 20.0) * value / max)).ToString("0.#", CultureInfo.InvariantCulture);
        html.Append(CultureInfo.InvariantCulture, $"<svg width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" role=\"img\">");
        html.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{Margin}\" y1=\"{Height - Margin}\" x2=\"{Width - Margin}\" y2=\"{Height - Margin}\"/>");
        html.Append(CultureInfo.InvariantCulture, $"<text class=\"label\" x=\"4\" y=\"24\">{max:0.##} {WebUtility.HtmlEncode(points[0].Point.Unit)}</text>");
        html.Append(CultureInfo.InvariantCulture, $"<text class=\"label\" x=\"4\" y=\"{Height - Margin}\">0</text>");
        var upper = points.Select(p => $"{X(p.Index)},{Y(p.Point.Q3)}");
        var lower = Enumerable.Reverse(points).Select(p => $"{X(p.Index)},{Y(p.Point.Q1)}");
        html.Append("<polygon class=\"band\" points=\"").AppendJoin(' ', upper.Concat(lower)).Append("\"/>");
        html.Append("<polyline class=\"line\" points=\"").AppendJoin(' ', points.Select(p => $"{X(p.Index)},{Y(p.Point.Median)}")).Append("\"/>");
        foreach (var (index, entry, point) in points)
        {
            var commit = entry.Commit.Length > 10 ? entry.Commit[..10] : entry.Commit;
            html.Append(CultureInfo.InvariantCulture, $"<circle class=\"dot\" cx=\"{X(index)}\" cy=\"{Y(point.Median)}\" r=\"3\"><title>{WebUtility.HtmlEncode(commit)} {entry.Date:yyyy-MM-dd HH:mm}: median {point.Median:0.###} {WebUtility.HtmlEncode(point.Unit)} (IQR {point.Q1:0.###}–{point.Q3:0.###}, {point.Runs} runs)</title></circle>");
            html.Append(CultureInfo.InvariantCulture, $"<text class=\"label\" x=\"{X(index)}\" y=\"{Height - Margin + 16}\" text-anchor=\"middle\">{WebUtility.HtmlEncode(commit[..Math.Min(7, commit.Length)])}</text>");
        }

        html.Append("</svg>");
    }
}
