using System.Linq;
using Sparrow.Layout;
using Xunit;

namespace Sparrow.Text.Tests;

/// <summary>Atomic inline boxes as U+FFFC placeholders in a paragraph (Paragraph.Placeholders.cs).</summary>
public sealed class PlaceholderTests
{
    private static readonly TextStyle Body = new() { Font = FontQuery.Of("DejaVu Sans") };

    [Fact]
    public void A_placeholder_takes_its_width_raises_its_line_and_draws_nothing()
    {
        using var fonts = new FontSystem();
        var m = new TextMeasurer(fonts);
        var p = m.CreateParagraph(StyledText.CreateMixed(("ab ", Body), (null, Body), (" cd", Body)), Body);
        Assert.Equal(1, p.PlaceholderCount);
        var plain = p.Layout(1000);
        var placeholders = new InlinePlaceholders();
        placeholders.Reset(1);
        placeholders.Set(0, 40, 50, 48);
        p.SetPlaceholders(placeholders);
        var layout = p.Layout(1000);

        // 40 px wider than with an empty placeholder; the line's ascent is the box's 48 px, its descent the
        // font's (deeper than the box's 2 px).
        Assert.Equal(plain.Width + 40, layout.Width, 3);
        Assert.Equal(48, layout.FirstBaseline);
        Assert.Equal(48 + (plain.Height - plain.FirstBaseline), layout.Height, 3);
        var (x, y) = layout.PlaceholderPosition(0);
        Assert.Equal(m.GetParagraph("ab x", Body).MaxContentWidth - m.GetParagraph("x", Body).MaxContentWidth, x, 2);
        Assert.Equal(0, y);

        // Four glyphs and two spaces: nothing for U+FFFC; "cd" starts after the box.
        var glyphs = layout.GlyphRuns.Sum(r => r.Glyphs.Length);
        Assert.Equal(6, glyphs);
        Assert.True(layout.GlyphRuns.Last().X.Span[^2] >= x + 40, "text after the box starts past it");
    }

    [Fact]
    public void Lines_break_before_and_after_a_placeholder_and_it_moves_with_its_line()
    {
        using var fonts = new FontSystem();
        var m = new TextMeasurer(fonts);
        var p = m.CreateParagraph(StyledText.CreateMixed(("word", Body), (null, Body), ("word", Body)), Body);
        var placeholders = new InlinePlaceholders();
        placeholders.Reset(1);
        placeholders.Set(0, 30, 10, 10);
        p.SetPlaceholders(placeholders);
        var word = m.GetParagraph("word", Body).MaxContentWidth;

        // No spaces, yet three pieces: U+FFFC (UAX #14 class CB) breaks on both sides.
        Assert.Equal(word, p.MinContentWidth, 3);
        var layout = p.Layout(word + 31);
        Assert.Equal(2, layout.LineCount);
        // The box's top is its 10 px ascent above the line's baseline (the font's ascent is taller).
        Assert.Equal((word, layout.Lines[0].Baseline - 10), layout.PlaceholderPosition(0));

        // A new size drops the cached layouts.
        placeholders.Set(0, 60, 10, 10);
        p.SetPlaceholders(placeholders);
        Assert.Equal(60, p.MinContentWidth, 3);
        Assert.Equal(3, p.Layout(word + 31).LineCount);
        Assert.Equal(0, p.Layout(word + 31).PlaceholderPosition(0).X);
    }
}
