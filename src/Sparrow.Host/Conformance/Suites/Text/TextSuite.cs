using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Sparrow.Text;

namespace Sparrow.Host.Conformance.Suites.Text;

/// <summary>
/// Text layout against headless Chromium with the same fonts (conformance/text): every case of
/// cases.json laid out by Sparrow.Text at its width and compared with expected.json. Tolerance:
/// line count exact; height within <see cref="Tolerance"/> px per line; widest line, first baseline,
/// min-content and max-content within <see cref="Tolerance"/> px. Width is not compared for cut cases
/// (ellipsis, line clamp): Chromium's line rectangles there are those of the uncut text.
/// The feature is read from the case name (<see cref="TextFeatures"/>).
/// </summary>
public sealed class TextSuite : IConformanceSuite
{
    public const float Tolerance = 0.5f;

    public string Name => "text";

    public string Oracle => "headless Chromium line boxes (conformance/text/expected.json)";

    public IEnumerable<CaseOutcome> Run(string conformanceRoot, string artifacts)
    {
        var dir = Path.Combine(conformanceRoot, Name);
        using var casesDoc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "cases.json")));
        using var expectedDoc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "expected.json")));
        var expected = expectedDoc.RootElement.GetProperty("cases").EnumerateArray().ToDictionary(e => e.GetProperty("name").GetString()!, StringComparer.Ordinal);
        using var fonts = new FontSystem();
        var measurer = new TextMeasurer(fonts);
        foreach (var c in casesDoc.RootElement.EnumerateArray().Select(TextCase.Read))
        {
            yield return expected.TryGetValue(c.Name, out var e)
                ? RunCase(c, e, measurer)
                : new CaseOutcome(c.Name, TextFeatures.Of(c.Name), false, "(no expectation: run conformance/text/tools/generate.py)", "(not run)");
        }
    }

    private static CaseOutcome RunCase(TextCase c, JsonElement e, TextMeasurer measurer)
    {
        measurer.DevicePixelRatio = c.Ratio;
        var p = c.Content is { } content ? measurer.GetParagraph(content, c.Style) : measurer.GetParagraph(c.Text, c.Style);
        var layout = p.Layout(c.Width);
        var want = new TextMetrics(
            e.GetProperty("lineCount").GetInt32(),
            e.GetProperty("lineWidths").EnumerateArray().Select(w => w.GetSingle()).ToArray(),
            e.GetProperty("width").GetSingle(),
            e.GetProperty("height").GetSingle(),
            e.GetProperty("baseline").GetSingle(),
            e.GetProperty("minContent").GetSingle(),
            e.GetProperty("maxContent").GetSingle());
        var got = new TextMetrics(
            layout.LineCount,
            layout.Lines.Select(l => l.Width).ToArray(),
            layout.Lines.Count > 0 ? layout.Lines.Max(l => l.Width) : 0,
            layout.Height,
            layout.FirstBaseline,
            p.MinContentWidth,
            p.MaxContentWidth);
        // Line boxes are whole device pixels: at a ratio above 1, half a device pixel is the tolerance for height and baseline.
        var vertical = Tolerance / Math.Max(1, c.Ratio);
        var problems = Compare(want, got, c.Cut, vertical);
        var ratio = c.Ratio == 1 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" at device pixel ratio {c.Ratio}");
        var tolerance = string.Create(CultureInfo.InvariantCulture, $"width {c.Width} px{ratio}; line count exact, height within {vertical} px per line, baseline within {vertical} px, widest line, min- and max-content within {Tolerance} px{(c.Cut ? "; width not compared (cut text)" : string.Empty)}");
        var detail = problems.Count == 0 ? tolerance : string.Join("; ", problems) + " (" + tolerance + ")";
        return new CaseOutcome(c.Name, TextFeatures.Of(c.Name), problems.Count == 0, want.ToString(), got.ToString(), detail);
    }

    private static List<string> Compare(TextMetrics want, TextMetrics got, bool cut, float vertical)
    {
        var problems = new List<string>();
        if (want.Lines != got.Lines)
        {
            problems.Add($"lines expected {want.Lines} actual {got.Lines}");
        }

        if (MathF.Abs(want.Height - got.Height) > vertical * Math.Max(1, want.Lines))
        {
            problems.Add($"height expected {F(want.Height)} actual {F(got.Height)}");
        }

        if (!cut)
        {
            // Chromium's line rectangles hold the text only; text-indent is in min/max-content.
            Check(problems, "width", want.Width, got.Width);
        }

        if (want.Lines > 0)
        {
            Check(problems, "baseline", want.Baseline, got.Baseline, vertical);
        }

        Check(problems, "min-content", want.MinContent, got.MinContent);
        Check(problems, "max-content", want.MaxContent, got.MaxContent);
        return problems;
    }

    private static void Check(List<string> problems, string what, float expected, float actual, float tolerance = Tolerance)
    {
        if (MathF.Abs(expected - actual) > tolerance)
        {
            problems.Add($"{what} expected {F(expected)} actual {F(actual)}");
        }
    }

    private static string F(float v) => v.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>What both sides are shown as in the report, one measurement per line.</summary>
    private sealed record TextMetrics(int Lines, float[] LineWidths, float Width, float Height, float Baseline, float MinContent, float MaxContent)
    {
        public override string ToString() => new StringBuilder()
            .Append("lines ").Append(Lines).Append(" (widths ").AppendJoin(", ", LineWidths.Select(F)).Append(")\n")
            .Append("widest line ").Append(F(Width)).Append('\n')
            .Append("height ").Append(F(Height)).Append('\n')
            .Append("first baseline ").Append(F(Baseline)).Append('\n')
            .Append("min-content ").Append(F(MinContent)).Append('\n')
            .Append("max-content ").Append(F(MaxContent))
            .ToString();
    }
}
