using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Xunit;
using Xunit.Abstractions;

namespace Sparrow.Text.Tests;

/// <summary>
/// The runner for conformance/text: every case of cases.json laid out by Sparrow.Text and
/// compared with headless Chromium's numbers in expected.json (tools/generate.py). Tolerance:
/// 0.5 px per line for height, 0.5 px for widths and the first baseline; line counts exact. Width is not compared for
/// cut cases (ellipsis, line clamp): Chromium's line rects there are those of the uncut text.
/// Cases in known-failures.txt may fail; the test fails on any other failure and prints counts.
/// </summary>
public sealed class ChromiumTextConformanceTests(ITestOutputHelper output)
{
    private const float Tolerance = 0.5f;

    [Fact]
    public void Cases_match_headless_Chromium_within_half_a_pixel_per_line()
    {
        string suite = SuiteDirectory();
        using var casesDoc = JsonDocument.Parse(File.ReadAllText(Path.Combine(suite, "cases.json")));
        using var expectedDoc = JsonDocument.Parse(File.ReadAllText(Path.Combine(suite, "expected.json")));
        var expected = expectedDoc.RootElement.GetProperty("cases").EnumerateArray().ToDictionary(e => e.GetProperty("name").GetString()!);
        var known = KnownFailures(Path.Combine(suite, "known-failures.txt"));

        using var fonts = new FontSystem();
        var measurer = new TextMeasurer(fonts);
        int passed = 0;
        var unexpected = new List<string>();
        var fixedKnown = new List<string>();
        var report = new StringBuilder();
        foreach (var c in casesDoc.RootElement.EnumerateArray().Select(TextCase.Read))
        {
            var e = expected[c.Name];
            var p = c.Content is { } content ? measurer.GetParagraph(content, c.Style) : measurer.GetParagraph(c.Text, c.Style);
            var layout = p.Layout(c.Width);
            var problems = Compare(c, e, layout, p);
            if (problems.Count == 0)
            {
                passed++;
                if (known.ContainsKey(c.Name))
                {
                    fixedKnown.Add(c.Name);
                }

                continue;
            }

            string line = $"{c.Name}: {string.Join("; ", problems)}";
            report.AppendLine((known.ContainsKey(c.Name) ? "  known   " : "  FAILED  ") + line);
            if (!known.ContainsKey(c.Name))
            {
                unexpected.Add(line);
            }
        }

        int total = expected.Count;
        output.WriteLine($"Chromium text conformance: {passed}/{total} passed, {known.Count} known failures listed, {unexpected.Count} unexpected failures");
        output.WriteLine(report.ToString());
        foreach (string name in fixedKnown)
        {
            output.WriteLine($"  listed as known failure but passes now: {name}");
        }

        Assert.True(unexpected.Count == 0, $"{unexpected.Count} unexpected failures ({passed}/{total} passed):\n" + string.Join("\n", unexpected));
    }

    private static List<string> Compare(TextCase c, JsonElement e, TextLayout layout, Paragraph p)
    {
        var problems = new List<string>();
        int lines = e.GetProperty("lineCount").GetInt32();
        float height = e.GetProperty("height").GetSingle();
        if (layout.LineCount != lines)
        {
            problems.Add($"lines expected {lines} actual {layout.LineCount}");
        }

        if (MathF.Abs(layout.Height - height) > Tolerance * Math.Max(1, lines))
        {
            problems.Add($"height expected {F(height)} actual {F(layout.Height)}");
        }

        if (!c.Cut)
        {
            // Chromium's line rectangles hold the text only; text-indent is in min/max-content.
            Check(problems, "width", e.GetProperty("width").GetSingle(), layout.Lines.Count > 0 ? layout.Lines.Max(l => l.Width) : 0);
        }

        if (lines > 0)
        {
            Check(problems, "baseline", e.GetProperty("baseline").GetSingle(), layout.FirstBaseline);
        }

        Check(problems, "min-content", e.GetProperty("minContent").GetSingle(), p.MinContentWidth);
        Check(problems, "max-content", e.GetProperty("maxContent").GetSingle(), p.MaxContentWidth);
        return problems;
    }

    private static void Check(List<string> problems, string what, float expected, float actual)
    {
        if (MathF.Abs(expected - actual) > Tolerance)
        {
            problems.Add($"{what} expected {F(expected)} actual {F(actual)}");
        }
    }

    private static string F(float v) => v.ToString("0.###", CultureInfo.InvariantCulture);

    private static Dictionary<string, string> KnownFailures(string path) =>
        File.ReadAllLines(path)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('|', 2))
            .ToDictionary(p => p[0].Trim(), p => p.Length > 1 ? p[1].Trim() : string.Empty);

    internal static string SuiteDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "conformance", "text");
            if (File.Exists(Path.Combine(candidate, "cases.json")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("conformance/text not found above " + AppContext.BaseDirectory);
    }
}
