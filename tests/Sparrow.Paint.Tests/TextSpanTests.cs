using System.Linq;
using Xunit;

namespace Sparrow.Paint.Tests;

/// <summary>
/// Paragraphs with spans (one per text node of an inline formatting context): each glyph run paints
/// in its span element's color and with that element's decorations, over its own part of the line.
/// DejaVu Sans at 16 px.
/// </summary>
public sealed class TextSpanTests
{
    [Fact]
    public void Each_span_paints_in_its_own_elements_color()
    {
        using var f = new PaintFixture(200, 100);
        f.Css(".p { color: #000000; } .red { color: #ff0000; }");
        f.El(2, "view", classes: "p").Text(3, "Hi ", 2).El(4, "text", 2, classes: "red").Text(5, "Hi", 4).Text(6, " Hi", 2);
        f.Box(2, 0, 0, 200, 19).LayOutSpans(2, 3, 5, 6);

        var colors = GlyphColors(f.Paint());
        Assert.Equal(["#000000", "#000000", "#ff0000", "#ff0000", "#000000", "#000000"], colors);
    }

    [Fact]
    public void A_decorated_span_underlines_only_its_own_part_of_the_line_in_its_color()
    {
        using var f = new PaintFixture(200, 100);
        f.Css(".u { color: #0000ff; text-decoration: underline; }");
        f.El(2, "view").Text(3, "Hi ", 2).El(4, "text", 2, classes: "u").Text(5, "Hi", 4).Text(6, " Hi", 2);
        f.Box(2, 0, 0, 200, 19).LayOutSpans(2, 3, 5, 6);

        // The span's run starts at its first glyph's pen ("Hi " is 16.48 + 5.09 px) and ends where
        // the next run (" Hi") starts: 16.48 px of "Hi". Underline a 1 px gap below the baseline (15).
        var layout = f.Texts[f.Node(2)]!;
        var run = layout.GlyphRuns.Single(r => r.StyleIndex == 1);
        var next = layout.GlyphRuns.Single(r => r.StyleIndex == 2);
        Assert.Equal(16.48f, next.X.Span[0] - run.X.Span[0], 2);
        var quads = f.Paint().Split('\n').Where(l => l.TrimStart().StartsWith("quad", System.StringComparison.Ordinal)).ToArray();
        var expected = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"quad ({run.X.Span[0]:0.##},16 16.48x1) bg=#0000ff");
        Assert.Equal([expected], quads.Select(q => q.Trim()).ToArray());
    }

    [Fact]
    public void A_span_decoration_is_cut_at_the_line_end_when_the_span_wraps()
    {
        using var f = new PaintFixture(200, 100);
        f.Css(".s { text-decoration: line-through; color: #00ff00; }");
        f.El(2, "view").Text(3, "Hi ", 2).El(4, "text", 2, classes: "s").Text(5, "Hi Hi", 4);
        f.Box(2, 0, 0, 40, 38).LayOutSpans(2, 3, 5);

        var layout = f.Texts[f.Node(2)]!;
        Assert.Equal(2, layout.LineCount);
        var quads = f.Paint().Split('\n').Where(l => l.TrimStart().StartsWith("quad", System.StringComparison.Ordinal)).ToArray();

        // One piece on each line, in the span's color: the end of line one ("Hi" after "Hi ") and the
        // whole of line two; neither crosses into the unstyled "Hi ".
        Assert.Equal(2, quads.Length);
        Assert.All(quads, q => Assert.Contains("bg=#00ff00", q, System.StringComparison.Ordinal));
        Assert.Contains("(21.56,10 16.48x1)", quads[0], System.StringComparison.Ordinal);
        Assert.Contains("(0,29 ", quads[1], System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_hidden_span_paints_no_glyphs_but_keeps_its_room()
    {
        using var f = new PaintFixture(200, 100);
        f.Css(".h { visibility: hidden; color: #ff0000; }");
        f.El(2, "view").Text(3, "Hi ", 2).El(4, "text", 2, classes: "h").Text(5, "Hi", 4).Text(6, " Hi", 2);
        f.Box(2, 0, 0, 200, 19).LayOutSpans(2, 3, 5, 6);

        var colors = GlyphColors(f.Paint());
        Assert.Equal(4, colors.Length);
        Assert.DoesNotContain("#ff0000", colors);
    }

    private static string[] GlyphColors(string dump) =>
        dump.Split('\n').Where(l => l.TrimStart().StartsWith("glyph", System.StringComparison.Ordinal))
            .Select(l => l[(l.IndexOf("color=", System.StringComparison.Ordinal) + 6)..].Split(' ')[0].Trim()).ToArray();
}
