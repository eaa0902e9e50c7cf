using Xunit;

namespace Sparrow.Paint.Tests;

/// <summary>
/// Glyph sprites and text decorations. DejaVu Sans at 16 px: ascent 15, line height 19; "Hi" is
/// 16.48 px wide with the "i" pen at 12.03. Glyph bitmaps come from this machine's FreeType.
/// </summary>
public sealed class TextTests
{
    [Fact]
    public void Glyphs_paint_in_the_element_color_between_its_decorations()
    {
        using var f = new PaintFixture();
        f.El(2, "text", style: "color: #ff0000; text-decoration: underline overline line-through").Text(3, "Hi", 2);
        f.Box(2, 10, 20, 30, 19).LayOutText(2);

        // Underline a 1 px gap below the baseline (35), overline at the ascent, line-through a third
        // of the ascent up (29.5, snapped to 30); thickness max(1, 16 / 10) floored to device pixels.
        DumpAssert.Equal("""
            scene 100x100
              quad (10,36 16.48x1) bg=#ff0000
              quad (10,20 16.48x1) bg=#ff0000
              glyph (11,23 10x12) tile=t1:(0,0 10x12) color=#ff0000
              glyph (23,23 2x12) tile=t1:(10,0 2x12) color=#ff0000
              quad (10,30 16.48x1) bg=#ff0000
            """, f.Paint());
    }

    [Fact]
    public void At_two_device_pixels_per_px_glyphs_are_rasterised_at_twice_the_size()
    {
        using var f = new PaintFixture();
        f.El(2, "text", style: "color: #ff0000").Text(3, "Hi", 2);
        f.Box(2, 10, 20, 30, 19).LayOutText(2);

        // Above ratio 1 glyphs are unhinted, as Chromium's: the outlines keep their fractional top and
        // bottom, one device row taller than the hinted 23 and 24.
        DumpAssert.Equal("""
            scene 200x200
              glyph (11.5,23 9x12) tile=t1:(0,0 18x24) color=#ff0000 transform=[2 0 0 2 0 0]
              glyph (23.5,22.5 1.5x12.5) tile=t1:(18,0 3x25) color=#ff0000 transform=[2 0 0 2 0 0]
            """, f.Paint(2));
    }

    [Fact]
    public void A_text_node_paints_with_its_element_style_and_block_decorations_reach_it()
    {
        using var f = new PaintFixture();
        f.Css(".deco { color: #0000ff; text-decoration: underline dashed #00ff00; }");
        f.El(2, "view", classes: "deco").Text(3, "Hi", 2);
        f.Box(2, 10, 20, 80, 19).Box(3, 0, 0, 16.48f, 19).LayOutText(3);

        DumpAssert.Equal("""
            scene 100x100
              quad (10,36 16.48x1) border=1,0,0,0 #00ff00,#00000000,#00000000,#00000000 dashed,dashed,dashed,dashed
              glyph (11,23 10x12) tile=t1:(0,0 10x12) color=#0000ff
              glyph (23,23 2x12) tile=t1:(10,0 2x12) color=#0000ff
            """, f.Paint());
    }

    [Fact]
    public void Decorations_do_not_reach_into_out_of_flow_boxes_or_inline_blocks()
    {
        using var f = new PaintFixture();
        f.Css(".deco { text-decoration: underline; } .abs { position: absolute; } .ib { display: inline-block; }");
        f.El(2, "view", classes: "deco").El(3, "view", 2, classes: "abs").Text(4, "Hi", 3).El(5, "view", 2, classes: "ib").Text(6, "Hi", 5);
        f.Box(2, 0, 0, 80, 80).Box(3, 0, 0, 40, 19).Box(4, 0, 0, 16.48f, 19).Box(5, 0, 40, 40, 19).Box(6, 0, 0, 16.48f, 19)
            .LayOutText(4).LayOutText(6);

        var dump = f.Paint();
        Assert.DoesNotContain("quad", dump, System.StringComparison.Ordinal);
        Assert.Equal(4, f.Painter.Stats.Glyphs);
    }

    [Fact]
    public void A_second_frame_rasterises_nothing_and_an_evicted_tile_is_rasterised_again()
    {
        using var f = new PaintFixture();
        f.El(2, "text").Text(3, "Hi Hi", 2);
        f.Box(2, 0, 0, 90, 19).LayOutText(2);

        // The second "Hi" starts between pixels (16.48 + a 5.09 px space), so it gets other subpixel bins.
        f.Paint();
        var inserted = f.GlyphAtlas.Inserts;
        Assert.Equal(inserted + 1, f.Painter.Stats.GlyphsRasterized); // the space rasterises empty: no tile
        Assert.Equal(4, f.Painter.Stats.Glyphs);

        f.Paint();
        Assert.Equal(0, f.Painter.Stats.GlyphsRasterized);
        Assert.Equal(inserted, f.GlyphAtlas.Inserts);

        f.GlyphAtlas.Evict();
        f.Paint();
        Assert.Equal(inserted, f.Painter.Stats.GlyphsRasterized);
        Assert.Equal(2 * inserted, f.GlyphAtlas.Inserts);
    }

    [Fact]
    public void A_full_atlas_drops_glyphs_without_failing()
    {
        using var f = new PaintFixture();
        f.GlyphAtlas.Full = true;
        f.El(2, "text", style: "background-color: #eeeeee").Text(3, "Hi", 2);
        f.Box(2, 0, 0, 90, 19).LayOutText(2);

        DumpAssert.Equal("""
            scene 100x100
              quad (0,0 90x19) bg=#eeeeee
            """, f.Paint());
        Assert.Equal(2, f.Painter.Stats.GlyphsDropped);
    }

    [Fact]
    public void A_pen_between_pixels_uses_another_subpixel_bin()
    {
        using var f = new PaintFixture();
        f.El(2, "text").Text(3, "H", 2).El(4, "text").Text(5, "H", 4);
        f.Box(2, 10, 0, 20, 19).Box(4, 10.5f, 20, 20, 19).LayOutText(2).LayOutText(4);

        f.Paint();
        Assert.Equal(2, f.GlyphAtlas.Inserts);
    }

    [Fact]
    public void Transparent_or_hidden_text_paints_no_glyphs()
    {
        using var f = new PaintFixture();
        f.El(2, "text", style: "color: transparent").Text(3, "Hi", 2).El(4, "text", style: "visibility: hidden").Text(5, "Hi", 4);
        f.Box(2, 0, 0, 90, 19).Box(4, 0, 20, 90, 19).LayOutText(2).LayOutText(4);

        DumpAssert.Equal("scene 100x100", f.Paint());
    }

    [Fact]
    public void Text_is_clipped_by_an_overflow_ancestor()
    {
        using var f = new PaintFixture();
        f.El(2, "view", style: "overflow: hidden").El(3, "text", 2, style: "color: #000000").Text(4, "Hi", 3);
        f.Box(2, 0, 0, 15, 19).Box(3, 0, 0, 30, 19).LayOutText(3);

        DumpAssert.Equal("""
            scene 100x100
              glyph (1,3 10x12) tile=t1:(0,0 10x12) color=#000000 scissor=(0,0 15x19)
              glyph (13,3 2x12) tile=t1:(10,0 2x12) color=#000000 scissor=(0,0 15x19)
            """, f.Paint());
    }
}
