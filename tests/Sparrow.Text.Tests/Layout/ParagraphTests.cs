using System.Linq;
using Xunit;

namespace Sparrow.Text.Tests;

public sealed class ParagraphTests
{
    private static readonly TextStyle DejaVu = new() { Font = FontQuery.Of("DejaVu Sans") };

    [Fact]
    public void Max_content_is_one_line_and_min_content_the_longest_word()
    {
        using var fonts = new FontSystem();
        var p = new TextMeasurer(fonts).GetParagraph("a bb ccc", DejaVu);
        var ccc = new TextMeasurer(fonts).GetParagraph("ccc", DejaVu);
        Assert.Equal(ccc.MaxContentWidth, p.MinContentWidth, 3);
        Assert.Equal(1, p.Layout(p.MaxContentWidth).LineCount);
        Assert.Equal(3, p.Layout(p.MinContentWidth).LineCount);
    }

    [Fact]
    public void Height_is_lines_times_line_height_and_the_baseline_is_the_first_ascent()
    {
        using var fonts = new FontSystem();
        var p = new TextMeasurer(fonts).GetParagraph("one two three", DejaVu with { LineHeight = LineHeight.Pixels(30) });
        var layout = p.Layout(40);
        Assert.Equal(3, layout.LineCount);
        Assert.Equal(90, layout.Height);

        // DejaVu Sans 16px: ascent 15, descent 4, so 11px of leading, floor(5.5) above.
        Assert.Equal(15 + 5, layout.FirstBaseline);
    }

    [Fact]
    public void A_line_with_chinese_is_taller_under_line_height_normal()
    {
        using var fonts = new FontSystem();
        var layout = new TextMeasurer(fonts).GetParagraph("Latin only 中文", DejaVu).Layout(80);
        Assert.Equal(new[] { 19f, 24f }, layout.Lines.Select(l => l.Height).ToArray());
    }

    [Fact]
    public void Nowrap_ellipsis_cuts_the_line_to_fit_with_an_ellipsis()
    {
        using var fonts = new FontSystem();
        var p = new TextMeasurer(fonts).GetParagraph("The quick brown fox jumps", DejaVu with { WhiteSpace = WhiteSpace.NoWrap, Ellipsis = true });
        var layout = p.Layout(100);
        Assert.Equal(1, layout.LineCount);
        Assert.True(layout.Lines[0].Ellipsis);
        Assert.InRange(layout.Width, 50, 100);
        Assert.Contains(layout.GlyphRuns, r => r.Glyphs.Length == 1);
    }

    [Fact]
    public void Line_clamp_keeps_n_lines_and_marks_the_last()
    {
        using var fonts = new FontSystem();
        var p = new TextMeasurer(fonts).GetParagraph("one two three four five six seven", DejaVu with { LineClamp = 2 });
        var layout = p.Layout(60);
        Assert.Equal(2, layout.LineCount);
        Assert.False(layout.Lines[0].Ellipsis);
        Assert.True(layout.Lines[1].Ellipsis);
        Assert.Equal(38, layout.Height);
    }

    [Fact]
    public void Justify_fills_every_line_but_the_last()
    {
        using var fonts = new FontSystem();
        var layout = new TextMeasurer(fonts).GetParagraph("aa bb cc dd ee ff gg", DejaVu with { TextAlign = TextAlign.Justify }).Layout(70);
        Assert.True(layout.LineCount > 1);
        Assert.All(layout.Lines.Take(layout.LineCount - 1), l => Assert.Equal(70, l.Width));
        Assert.True(layout.Lines[^1].Width < 70);
    }

    [Fact]
    public void Center_and_right_alignment_offset_the_line()
    {
        using var fonts = new FontSystem();
        var m = new TextMeasurer(fonts);
        float w = m.MaxContentWidth("abc", DejaVu);
        Assert.Equal((200 - w) / 2, m.GetParagraph("abc", DejaVu with { TextAlign = TextAlign.Center }).Layout(200).Lines[0].X, 3);
        Assert.Equal(200 - w, m.GetParagraph("abc", DejaVu with { TextAlign = TextAlign.Right }).Layout(200).Lines[0].X, 3);
    }

    [Fact]
    public void Letter_spacing_is_added_after_every_grapheme()
    {
        using var fonts = new FontSystem();
        var m = new TextMeasurer(fonts);
        float plain = m.MaxContentWidth("e\u0301ab", DejaVu);
        float spaced = m.MaxContentWidth("e\u0301ab", DejaVu with { LetterSpacing = 2 });
        Assert.Equal(plain + 6, spaced, 3);
    }

    [Fact]
    public void Overflow_wrap_anywhere_breaks_a_long_word_and_lowers_min_content()
    {
        using var fonts = new FontSystem();
        var m = new TextMeasurer(fonts);
        var normal = m.GetParagraph("abcdefghijkl", DejaVu);
        var anywhere = m.GetParagraph("abcdefghijkl", DejaVu with { OverflowWrap = OverflowWrap.Anywhere });
        Assert.Equal(1, normal.Layout(40).LineCount);
        Assert.True(anywhere.Layout(40).LineCount > 2);
        Assert.True(anywhere.MinContentWidth < 15);
    }

    [Fact]
    public void Preserved_newlines_are_forced_breaks()
    {
        using var fonts = new FontSystem();
        var layout = new TextMeasurer(fonts).GetParagraph("a\nb\n\nc", DejaVu with { WhiteSpace = WhiteSpace.Pre }).Layout(500);
        Assert.Equal(4, layout.LineCount);
    }

    [Fact]
    public void An_undefined_width_is_max_content_and_a_negative_one_zero()
    {
        using var fonts = new FontSystem();
        var p = new TextMeasurer(fonts).GetParagraph("a b c", DejaVu);
        Assert.Equal(1, p.Layout(float.NaN).LineCount);
        Assert.Equal(3, p.Layout(-5).LineCount);
        Assert.Equal(p.MinContentWidth, p.Layout(float.NegativeInfinity).Width);
        Assert.Equal(p.MaxContentWidth, p.Layout(float.PositiveInfinity).Width);
    }

    [Fact]
    public void A_line_broken_at_a_soft_hyphen_shows_a_hyphen()
    {
        using var fonts = new FontSystem();
        var p = new TextMeasurer(fonts).GetParagraph("extra\u00ADordinary", DejaVu);
        var whole = p.Layout(float.PositiveInfinity);
        var broken = p.Layout(60);
        Assert.Equal(2, broken.LineCount);
        var face = p.Primary.Face;
        uint hyphen = face.GlyphFor(0x2010);
        Assert.Contains(broken.GlyphRuns, r => r.Glyphs.Length == 1 && r.Glyphs.Span[0] == hyphen);
        Assert.DoesNotContain(whole.GlyphRuns, r => r.Glyphs.Length == 1 && r.Glyphs.Span[0] == hyphen);
        Assert.True(broken.Lines[0].Width > new TextMeasurer(fonts).MaxContentWidth("extra", DejaVu) + 3);
    }

    [Fact]
    public void Empty_text_has_no_lines_and_no_height()
    {
        using var fonts = new FontSystem();
        var layout = new TextMeasurer(fonts).GetParagraph(string.Empty, DejaVu).Layout(100);
        Assert.Equal(0, layout.LineCount);
        Assert.Equal(0, layout.Height);
    }

    [Fact]
    public void Glyph_runs_cover_every_visible_character_once()
    {
        using var fonts = new FontSystem();
        var layout = new TextMeasurer(fonts).GetParagraph("Hi 你好", DejaVu).Layout(500);
        Assert.Equal(2, layout.GlyphRuns.Count);
        Assert.Equal(5, layout.GlyphRuns.Sum(r => r.Glyphs.Length));
        Assert.Equal("Noto Sans CJK SC", layout.GlyphRuns[1].Face.Face.Family);
        Assert.True(layout.GlyphRuns[1].X.Span[0] > layout.GlyphRuns[0].X.Span[^1]);
    }
}
