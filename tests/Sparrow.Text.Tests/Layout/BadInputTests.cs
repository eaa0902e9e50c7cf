using System.Linq;
using Xunit;

namespace Sparrow.Text.Tests;

/// <summary>Bad text still renders: replacement characters or missing-glyph boxes, with a diagnostic.</summary>
public sealed class BadInputTests
{
    [Fact]
    public void Lone_surrogates_render_as_replacement_characters_with_a_diagnostic()
    {
        var sink = new RecordingSink();
        using var fonts = new FontSystem(sink);
        var p = new TextMeasurer(fonts, sink).GetParagraph("ab\uD800cd\uDFFF", new TextStyle { Font = FontQuery.Of("DejaVu Sans") });
        Assert.Equal("ab\uFFFDcd\uFFFD", p.Text);
        Assert.True(sink.Has(TextDiagnosticCodes.InvalidUtf16));
        var layout = p.Layout(300);
        Assert.Equal(6, layout.GlyphRuns.Sum(r => r.Glyphs.Length));
        Assert.DoesNotContain(layout.GlyphRuns.SelectMany(r => r.Glyphs.ToArray()), g => g == 0);
    }

    [Fact]
    public void A_character_no_font_has_is_a_notdef_box_with_a_diagnostic()
    {
        var sink = new RecordingSink();
        using var fonts = new FontSystem(sink);

        // U+10FFFD is a private-use character no installed font covers.
        var p = new TextMeasurer(fonts, sink).GetParagraph("x\U0010FFFDy", new TextStyle { Font = FontQuery.Of("DejaVu Sans") });
        var layout = p.Layout(300);
        Assert.True(sink.Has(TextDiagnosticCodes.GlyphMissing));
        var glyphs = layout.GlyphRuns.SelectMany(r => r.Glyphs.ToArray()).ToArray();
        Assert.Equal(3, glyphs.Length);
        Assert.Equal(0u, glyphs[1]);
        Assert.True(layout.Width > p.Layout(300).Width - 1 && layout.Width > 0);
    }

    [Fact]
    public void An_emoji_without_a_color_font_still_lands_on_some_face()
    {
        var sink = new RecordingSink();
        using var fonts = new FontSystem(sink);
        var layout = new TextMeasurer(fonts, sink).GetParagraph("ok 😀", new TextStyle()).Layout(300);
        Assert.Equal(1, layout.LineCount);
        if (fonts.ColorEmojiFace is { } emoji)
        {
            Assert.Contains(layout.GlyphRuns, r => r.Face.Face == emoji);
        }
        else
        {
            // No color emoji font installed (fonts-noto-color-emoji provides one): the fallback
            // chain finds a monochrome face that has it (DejaVu Sans here), never a box.
            Assert.DoesNotContain(layout.GlyphRuns.SelectMany(r => r.Glyphs.ToArray()), g => g == 0);
            Assert.False(sink.Has(TextDiagnosticCodes.GlyphMissing));
        }
    }
}
