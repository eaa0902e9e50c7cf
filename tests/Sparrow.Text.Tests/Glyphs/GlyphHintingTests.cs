using System.Linq;
using Xunit;

namespace Sparrow.Text.Tests;

/// <summary>
/// Hinting follows the device pixel ratio as Chromium's does: light (vertical) hinting at 1, none
/// above it (GlyphRasterizer.Rasterize's <c>hinted</c>). Unhinted outlines keep their fractional top
/// and bottom edges, so their bitmaps differ and are cached apart.
/// </summary>
public sealed class GlyphHintingTests
{
    [Fact]
    public void An_unhinted_glyph_keeps_the_partial_rows_light_hinting_snaps_away()
    {
        using var fonts = new FontSystem();
        using var raster = new GlyphRasterizer();
        var face = new FaceMatch(fonts.PrimaryFace(FontQuery.Of("DejaVu Sans")).Face, false, false);
        uint glyph = face.Face.GlyphFor('x');

        // DejaVu Sans at 32 px (16 px at ratio 2): light hinting lands the x-height on a pixel edge,
        // so the top row is solid; without hinting the outline's top sits inside a row.
        var hinted = raster.Rasterize(face, glyph, 32, 0, hinted: true);
        var unhinted = raster.Rasterize(face, glyph, 32, 0, hinted: false);
        Assert.False(hinted.Pixels.SequenceEqual(unhinted.Pixels));
        Assert.Equal(hinted.Width, unhinted.Width); // hinting here is vertical only
        Assert.True(MaxOfRow(hinted, 0) == 255, "hinted: the top row is solid");
        Assert.True(MaxOfRow(unhinted, 0) < 255 || MaxOfRow(unhinted, unhinted.Height - 1) < 255, "unhinted: a partial row at the top or bottom");
    }

    [Fact]
    public void Hinted_and_unhinted_images_have_different_keys()
    {
        using var fonts = new FontSystem();
        var face = new FaceMatch(fonts.PrimaryFace(FontQuery.Of("DejaVu Sans")).Face, false, false);
        uint glyph = face.Face.GlyphFor('x');
        Assert.NotEqual(GlyphKey.For(face, glyph, 32, 0, hinted: true), GlyphKey.For(face, glyph, 32, 0, hinted: false));
        Assert.Equal(GlyphKey.For(face, glyph, 32, 0), GlyphKey.For(face, glyph, 32, 0, hinted: true));
    }

    private static int MaxOfRow(GlyphBitmap bitmap, int row) =>
        Enumerable.Range(0, bitmap.Width).Max(x => (int)bitmap.Pixels[(row * bitmap.Stride) + x]);
}
