using System.Linq;
using Xunit;

namespace Sparrow.Text.Tests;

public sealed class StyledTextTests
{
    private static readonly TextStyle Body = new() { Font = FontQuery.Of("DejaVu Sans") };
    private static readonly TextStyle Big = Body with { FontSize = 32 };

    [Fact]
    public void Runs_become_contiguous_spans_with_value_equality()
    {
        var a = StyledText.Create(("ab", Body), ("", Big), ("cde", Big));
        var b = StyledText.Create(("ab", Body), ("", Big), ("cde", Big));
        Assert.Equal("abcde", a.Text);
        Assert.Equal(new[] { 0, 2, 2 }, a.Spans.Select(s => s.Start).ToArray());
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, StyledText.Create(("ab", Body), ("cde", Body)));
        Assert.Equal(0, a.SpanAt(1));
        Assert.Equal(2, a.SpanAt(2));
        Assert.Equal(2, a.SpanAt(5));
    }

    [Fact]
    public void Each_span_shapes_at_its_own_size_and_the_line_grows_to_the_biggest()
    {
        using var fonts = new FontSystem();
        var m = new TextMeasurer(fonts);
        var p = m.GetParagraph(StyledText.Create(("small ", Body), ("BIG", Big)), Body);
        var layout = p.Layout(1000);
        Assert.Equal(1, layout.LineCount);

        // DejaVu Sans at 32px: ascent 30, descent 8 → the line is 38px, not 19.
        Assert.Equal(38, layout.Height);
        Assert.Equal(30, layout.FirstBaseline);
        float expected = m.MaxContentWidth("small", Body) + Space(m, Body) + m.MaxContentWidth("BIG", Big);
        Assert.Equal(expected, layout.Width, 2);
        Assert.Equal(new[] { 0, 1 }, layout.GlyphRuns.Select(r => r.StyleIndex).ToArray());
        Assert.Equal(new[] { 16f, 32f }, layout.GlyphRuns.Select(r => r.FontSize).ToArray());
    }

    [Fact]
    public void A_collapsed_space_belongs_to_the_span_of_its_first_white_space()
    {
        using var fonts = new FontSystem();
        var m = new TextMeasurer(fonts);
        var p = m.GetParagraph(StyledText.Create(("a  ", Body), ("  b", Big)), Body);
        Assert.Equal("a b", p.Text);
        float expected = m.MaxContentWidth("a", Body) + Space(m, Body) + m.MaxContentWidth("b", Big);
        Assert.Equal(expected, p.MaxContentWidth, 2);
    }

    /// <summary>A space's advance (a trailing space would be removed by white-space processing).</summary>
    private static float Space(TextMeasurer m, TextStyle style) =>
        m.MaxContentWidth("a b", style) - m.MaxContentWidth("a", style) - m.MaxContentWidth("b", style);

    [Fact]
    public void Styled_paragraphs_are_cached_by_value()
    {
        using var fonts = new FontSystem();
        var m = new TextMeasurer(fonts);
        var first = m.GetParagraph(StyledText.Create(("x", Body), ("y", Big)), Body);
        var again = m.GetParagraph(StyledText.Create(("x", Body), ("y", Big)), Body);
        Assert.Same(first, again);
        Assert.Equal(1, m.BuildCount);
    }
}
