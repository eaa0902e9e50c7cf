using System;
using Xunit;

namespace Sparrow.Text.Tests;

/// <summary>
/// Fallback to and measurement of the color emoji font (Noto Color Emoji, a bitmap-only CBDT font
/// with one 109 ppem strike of 136 px wide bitmaps) against widths measured in headless Chromium
/// 156 (getBoundingClientRect of a span in DejaVu Sans, lang zh-CN; LayoutUnit, 1/64 px).
/// </summary>
public sealed class ColorEmojiTests
{
    private const float LayoutUnit = 1 / 64f;

    private static FontFace Emoji(FontSystem fonts) =>
        fonts.ColorEmojiFace ?? throw new InvalidOperationException("Noto Color Emoji is not installed: run ./dev setup (fonts-noto-color-emoji).");

    [Fact]
    public void Noto_color_emoji_is_a_bitmap_font_measured_from_its_strike()
    {
        using var fonts = new FontSystem();
        var emoji = Emoji(fonts);
        Assert.True(emoji.IsColorBitmapFont);
        Assert.Equal(2048, emoji.UnitsPerEm);
        Assert.Equal(109 * 64, emoji.ShapingUnitsPerEm);

        // hmtx says 2550/2048 em; the strike's bitmap advance is 136 px at 109 ppem.
        uint grin = emoji.GlyphFor(0x1F600);
        Assert.Equal(136 * 64, emoji.AdvanceOf(grin));

        // Outline fonts are unchanged.
        var dejavu = fonts.PrimaryFace(FontQuery.Of("DejaVu Sans")).Face;
        Assert.False(dejavu.IsColorBitmapFont);
        Assert.Equal(dejavu.UnitsPerEm, dejavu.ShapingUnitsPerEm);
    }

    [Theory]
    [InlineData(8, 9.984375)]
    [InlineData(13, 16.234375)]
    [InlineData(16, 19.96875)]
    [InlineData(100, 124.78125)]
    [InlineData(200, 249.546875)]
    public void Emoji_advance_scales_from_the_strike_like_chromium(float size, float chromium)
    {
        using var fonts = new FontSystem();
        var measurer = new TextMeasurer(fonts);
        float width = measurer.MaxContentWidth("🎉", new TextStyle { Font = FontQuery.Of("DejaVu Sans"), FontSize = size });
        Assert.InRange(width, chromium - LayoutUnit, chromium + LayoutUnit);
    }

    // Which face Chromium picks for each cluster with font-family: DejaVu Sans, and its width.
    [Theory]
    [InlineData("😀", "DejaVu Sans", 16.6875)]                   // Emoji_Presentation, but the family has it
    [InlineData("😀\uFE0F", "Noto Color Emoji", 19.96875)]       // DejaVu has no (1F600, FE0F) in cmap 14
    [InlineData("😀\uFE0E", "DejaVu Sans", 16.6875)]             // text presentation asked for
    [InlineData("☀", "DejaVu Sans", 14.34375)]                   // text-default emoji
    [InlineData("☀\uFE0F", "Noto Color Emoji", 19.96875)]
    [InlineData("❤", "DejaVu Sans", 13.40625)]
    [InlineData("❤\uFE0F", "Noto Color Emoji", 19.96875)]
    [InlineData("©\uFE0F", "Noto Color Emoji", 19.96875)]
    [InlineData("★\uFE0F", "DejaVu Sans", 14.34375)]             // no font maps (2605, FE0F): selector ignored
    [InlineData("1\uFE0F\u20E3", "Noto Color Emoji", 19.96875)]  // keycap
    [InlineData("☝", "DejaVu Sans", 9.75)]
    [InlineData("☝🏽", "Noto Color Emoji", 19.96875)]           // modifier sequence stays whole
    [InlineData("👍🏽", "Noto Color Emoji", 19.96875)]
    [InlineData("🇨🇳", "Noto Color Emoji", 19.96875)]             // flag: one ligature glyph
    [InlineData("👨‍👩‍👧", "Noto Color Emoji", 19.96875)]           // ZWJ sequence: one ligature glyph
    [InlineData("🎉", "Noto Color Emoji", 19.96875)]
    public void Emoji_clusters_fall_back_like_chromium(string text, string family, float chromium)
    {
        using var fonts = new FontSystem();
        Emoji(fonts);
        var style = new TextStyle { Font = FontQuery.Of("DejaVu Sans") };
        var paragraph = new TextMeasurer(fonts).GetParagraph(text, style);
        var runs = paragraph.Layout(1000).GlyphRuns;
        Assert.Single(runs);
        Assert.Equal(family, runs[0].Face.Face.Family);
        if (family == "Noto Color Emoji")
        {
            // One visible glyph: sequences ligate; a selector the font does not map becomes
            // HarfBuzz's invisible zero-width glyph.
            var glyphs = runs[0].Glyphs.Span;
            Assert.True(glyphs.Length == 1 || (text.EndsWith('\uFE0F') && glyphs.Length == 2), $"glyphs {string.Join(",", glyphs.ToArray())}");
            Assert.DoesNotContain(0u, glyphs.ToArray());
        }

        Assert.InRange(paragraph.MaxContentWidth, chromium - LayoutUnit, chromium + LayoutUnit);
    }

    [Fact]
    public void Emoji_presentation_classifies_sequences()
    {
        static EmojiPresentation Of(string s) => EmojiPresentations.Of(CodePointText.Decode(s).Span);
        Assert.Equal(EmojiPresentation.Emoji, Of("😀"));
        Assert.Equal(EmojiPresentation.Default, Of("☀"));
        Assert.Equal(EmojiPresentation.Emoji, Of("☀\uFE0F"));
        Assert.Equal(EmojiPresentation.Text, Of("😀\uFE0E"));
        Assert.Equal(EmojiPresentation.Emoji, Of("☝🏽"));
        Assert.Equal(EmojiPresentation.Emoji, Of("🇨🇳"));
        Assert.Equal(EmojiPresentation.Emoji, Of("🏴\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F"));
        Assert.Equal(EmojiPresentation.Default, Of("a"));
        Assert.Equal(EmojiPresentation.Default, Of("1\u20E3"));
    }

    [Fact]
    public void Emoji_line_metrics_come_from_the_strike()
    {
        using var fonts = new FontSystem();
        var m = Emoji(fonts).Metrics.At(16);

        // Strike hori ascender 101, descender -27 at 109 ppem: 14.83 → 15, 3.96 → 4 (Chromium's rounding).
        Assert.Equal(15, m.Ascent);
        Assert.Equal(4, m.Descent);
        Assert.Equal(0, m.LineGap);
    }
}
