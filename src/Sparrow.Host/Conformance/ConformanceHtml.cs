using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;

namespace Sparrow.Host.Conformance;

/// <summary>
/// The report a person reads: a summary per suite, then per feature group the failing cases with
/// expected and actual side by side (and the images for paint: reference, frame and difference; with
/// a second reference, both references around the frame and both differences under them), and the
/// passing ones folded away (a paint case's images still one click away). Static HTML, no script, no server.
/// </summary>
internal static class ConformanceHtml
{
    private const string Style = """
        body{font:14px system-ui,sans-serif;margin:24px;color:#222}table{border-collapse:collapse}
        td,th{padding:4px 10px;border-bottom:1px solid #ddd;text-align:left}.ok{color:#1a7f37}.bad{color:#cf222e;font-weight:600}
        .known{color:#9a6700}.new{color:#0969da}.pair{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:8px}
        .trio{display:grid;grid-template-columns:repeat(3,minmax(0,1fr));gap:8px;font-size:12px}
        pre{background:#f6f8fa;padding:8px;overflow:auto;white-space:pre-wrap;max-height:320px;margin:4px 0;font-size:12px}
        .case{border-left:4px solid #cf222e;padding-left:8px;margin:12px 0}.case.known{border-color:#d4a72c}
        img{image-rendering:pixelated;border:1px solid #ccc;max-width:100%}h3{margin-bottom:4px}
        """;

    public static string Render(IReadOnlyList<SuiteResult> results, string commit)
    {
        var html = new StringBuilder();
        html.Append("<!doctype html><html><head><meta charset=\"utf-8\"><title>Sparrow conformance</title><style>").Append(Style).Append("</style></head><body>");
        html.Append("<h1>Sparrow conformance</h1><p>Commit ").Append(E(commit)).Append(". A <span class=\"bad\">regression</span> is a failing case not in the suite's known-failures list; <span class=\"new\">newly passing</span> cases can be removed from it.</p>");
        html.Append("<table><tr><th>suite</th><th>oracle</th><th>passed</th><th>failed</th><th>regressions</th><th>newly passing</th></tr>");
        foreach (var r in results)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td><a href=\"#{E(r.Suite)}\">{E(r.Suite)}</a></td><td>{E(r.Oracle)}</td><td class=\"ok\">{r.Passed}</td><td>{r.Failed}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td class=\"{(r.Regressions.Count > 0 ? "bad" : "ok")}\">{r.Regressions.Count}</td><td class=\"new\">{r.NewlyPassing.Count}</td></tr>");
        }

        html.Append("</table>");
        foreach (var r in results)
        {
            AppendSuite(html, r);
        }

        return html.Append("</body></html>\n").ToString();
    }

    private static void AppendSuite(StringBuilder html, SuiteResult r)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h2 id=\"{E(r.Suite)}\">{E(r.Suite)} — {r.Passed}/{r.Cases.Count} pass</h2>");
        foreach (var stale in r.StaleEntries)
        {
            html.Append("<p class=\"known\">Stale known-failure entry (no such case): ").Append(E(stale)).Append("</p>");
        }

        foreach (var feature in r.Cases.GroupBy(c => c.Feature).OrderBy(g => g.Key, System.StringComparer.Ordinal))
        {
            var passed = feature.Count(c => c.Passed);
            html.Append(CultureInfo.InvariantCulture, $"<h3>{E(feature.Key)}: {passed}/{feature.Count()} pass</h3>");
            foreach (var c in feature.Where(c => !c.Passed))
            {
                var known = r.Known.Reasons.GetValueOrDefault(c.Id);
                html.Append("<div class=\"case").Append(known is null ? string.Empty : " known").Append("\"><b>").Append(E(c.Id)).Append("</b> ")
                    .Append(known is null ? "<span class=\"bad\">regression</span>" : "<span class=\"known\">known failure: " + E(known) + "</span>");
                if (c.Detail is not null)
                {
                    html.Append("<div>").Append(E(c.Detail)).Append("</div>");
                }

                html.Append("<div class=\"pair\"><div>expected<pre>").Append(E(c.Expected)).Append("</pre></div><div>actual<pre>").Append(E(c.Actual)).Append("</pre></div></div>");
                AppendImages(html, c);
                html.Append("</div>");
            }

            var ok = feature.Where(c => c.Passed).ToArray();
            if (ok.Length > 0)
            {
                html.Append("<details><summary>").Append(ok.Length.ToString(CultureInfo.InvariantCulture)).Append(" passing</summary><ul>");
                foreach (var c in ok)
                {
                    var note = r.Known.Reasons.ContainsKey(c.Id) ? " <span class=\"new\">(newly passing: remove from known failures)</span>" : string.Empty;
                    if (c.ExpectedImage is null || c.ActualImage is null)
                    {
                        html.Append("<li>").Append(E(c.Id)).Append(note).Append("</li>");
                        continue;
                    }

                    html.Append("<li><details><summary>").Append(E(c.Id)).Append(note).Append("</summary><div>").Append(E(c.Actual)).Append("</div>");
                    AppendImages(html, c);
                    html.Append("</details></li>");
                }

                html.Append("</ul></details>");
            }
        }
    }

    private static void AppendImages(StringBuilder html, CaseOutcome c)
    {
        if (c.ExpectedImage is null || c.ActualImage is null)
        {
            return;
        }

        if (c.AlternateExpectedImage is null)
        {
            html.Append("<div class=\"pair\"><img alt=\"expected\" src=\"").Append(E(c.ExpectedImage)).Append("\"><img alt=\"actual\" src=\"").Append(E(c.ActualImage)).Append("\"></div>");
            if (c.DiffImage is not null)
            {
                html.Append("<div>difference<br><img alt=\"difference\" src=\"").Append(E(c.DiffImage)).Append("\"></div>");
            }

            return;
        }

        // Two references: each over its own difference, the frame between them.
        var first = Folder(c.ExpectedImage);
        var second = Folder(c.AlternateExpectedImage);
        html.Append("<div class=\"trio\">");
        Figure(html, "expected (" + first + ")", c.ExpectedImage);
        Figure(html, "actual", c.ActualImage);
        Figure(html, "expected (" + second + ")", c.AlternateExpectedImage);
        Figure(html, "difference from " + first, c.DiffImage);
        html.Append("<div></div>");
        Figure(html, "difference from " + second, c.AlternateDiffImage);
        html.Append("</div>");
    }

    private static void Figure(StringBuilder html, string caption, string? image)
    {
        html.Append("<div>").Append(E(caption));
        if (image is not null)
        {
            html.Append("<br><img loading=\"lazy\" alt=\"").Append(E(caption)).Append("\" src=\"").Append(E(image)).Append("\">");
        }

        html.Append("</div>");
    }

    /// <summary>The folder an image lies in, which names the reference set (<c>references</c>, <c>references-gpu</c>).</summary>
    private static string Folder(string image) =>
        System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(image)) is { Length: > 0 } folder ? folder : image;

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
