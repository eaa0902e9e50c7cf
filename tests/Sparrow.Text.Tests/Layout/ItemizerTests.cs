using System.Collections.Generic;
using Xunit;

namespace Sparrow.Text.Tests;

public sealed class ItemizerTests
{
    private static List<TextItem> Items(FontSystem fonts, string text, TextStyle style)
    {
        var t = CodePointText.Decode(text);
        var graphemes = new bool[t.Count + 1];
        GraphemeBreaker.Compute(t.Span, graphemes);
        return Itemizer.Itemize(fonts, t, graphemes, style);
    }

    [Fact]
    public void Latin_digits_and_chinese_split_by_face_and_script()
    {
        using var fonts = new FontSystem();
        var items = Items(fonts, "Price 99 元，含税", new TextStyle { Font = FontQuery.Of("DejaVu Sans") });

        // "Price 99 " (Latin, DejaVu), "元，含税" (Han, Noto Sans CJK SC: DejaVu has no 元).
        Assert.Equal(2, items.Count);
        Assert.Equal("DejaVu Sans", items[0].Face.Face.Family);
        Assert.Equal((0, 9), (items[0].Start, items[0].End));
        Assert.Equal("Noto Sans CJK SC", items[1].Face.Face.Family);
        Assert.False(items[1].RightToLeft);
    }

    [Fact]
    public void A_right_to_left_script_makes_a_right_to_left_run_shaped_in_visual_order()
    {
        using var fonts = new FontSystem();
        var style = new TextStyle { Font = FontQuery.Of("DejaVu Sans") };
        var items = Items(fonts, "abc שלום", style);
        Assert.Equal(2, items.Count);
        Assert.True(items[1].RightToLeft);

        var p = new TextMeasurer(fonts).GetParagraph("abc שלום", style);
        var layout = p.Layout(500);
        Assert.Equal(2, layout.GlyphRuns.Count);

        // HarfBuzz returns RTL glyphs left to right on screen: the last letter (ם) comes first.
        var hebrew = layout.GlyphRuns[1];
        Assert.Equal(p.Primary.Face.GlyphFor('ם'), hebrew.Glyphs.Span[0]);
        Assert.True(hebrew.X.Span[0] < hebrew.X.Span[^1]);
    }

    [Fact]
    public void Combining_marks_stay_in_their_base_cluster_face()
    {
        using var fonts = new FontSystem();
        var items = Items(fonts, "e\u0301中\u0301", new TextStyle { Font = FontQuery.Of("DejaVu Sans") });
        Assert.Equal((0, 2), (items[0].Start, items[0].End));
        Assert.Equal((2, 4), (items[1].Start, items[1].End));
    }
}
