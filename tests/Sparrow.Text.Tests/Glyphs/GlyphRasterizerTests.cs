using System.Linq;
using Xunit;

namespace Sparrow.Text.Tests;

public sealed class GlyphRasterizerTests
{
    private static (FaceMatch Face, uint Glyph) GlyphA(FontSystem fonts, bool bold = false, bool oblique = false)
    {
        var face = fonts.PrimaryFace(FontQuery.Of("DejaVu Sans")).Face;
        return (new FaceMatch(face, bold, oblique), face.GlyphFor('A'));
    }

    [Fact]
    public void A_glyph_rasterises_to_coverage_with_its_bearing()
    {
        using var fonts = new FontSystem();
        using var raster = new GlyphRasterizer();
        var (face, glyph) = GlyphA(fonts);
        var bm = raster.Rasterize(face, glyph, 16, 0);
        Assert.Equal(GlyphFormat.Coverage8, bm.Format);
        Assert.InRange(bm.Width, 8, 14);
        Assert.InRange(bm.Height, 10, 14);
        Assert.InRange(bm.Top, 10, 14);
        Assert.Contains(bm.Pixels, p => p == 255);
    }

    [Fact]
    public void Subpixel_bins_give_different_images()
    {
        using var fonts = new FontSystem();
        using var raster = new GlyphRasterizer();
        var (face, glyph) = GlyphA(fonts);
        var images = Enumerable.Range(0, GlyphRasterizer.SubpixelBins).Select(b => raster.Rasterize(face, glyph, 16, b).Pixels).ToArray();
        Assert.False(images[0].SequenceEqual(images[2]));
    }

    [Fact]
    public void Synthetic_bold_adds_ink_and_oblique_slants()
    {
        using var fonts = new FontSystem();
        using var raster = new GlyphRasterizer();
        var (plain, glyph) = GlyphA(fonts);
        int Ink(GlyphBitmap b) => b.Pixels.Sum(p => p);
        var regular = raster.Rasterize(plain, glyph, 16, 0);
        var bold = raster.Rasterize(GlyphA(fonts, bold: true).Face, glyph, 16, 0);
        var (obliqueFace, _) = GlyphA(fonts, oblique: true);

        // An upright "H" gets wider when its top is pushed right ("A" would not: its apex is inside).
        uint h = plain.Face.GlyphFor('H');
        var upright = raster.Rasterize(plain, h, 16, 0);
        var oblique = raster.Rasterize(obliqueFace, h, 16, 0);
        Assert.True(Ink(bold) > Ink(regular) * 1.1, $"bold ink {Ink(bold)} {bold.Width}x{bold.Height}, regular {Ink(regular)} {regular.Width}x{regular.Height}");
        Assert.True(oblique.Width >= upright.Width + 2);
    }

    [Fact]
    public void Subpixel_bin_splits_a_pen_position()
    {
        Assert.Equal(2, GlyphRasterizer.SubpixelBin(10.6f, out int x));
        Assert.Equal(10, x);
        Assert.Equal(0, GlyphRasterizer.SubpixelBin(-1f, out x));
        Assert.Equal(-1, x);
    }

    [Theory]
    [InlineData(10.0f, 10, 0)]
    [InlineData(10.1f, 10, 0)]
    [InlineData(10.125f, 10, 1)]
    [InlineData(10.3f, 10, 1)]
    [InlineData(10.4f, 10, 2)]
    [InlineData(10.8f, 10, 3)]
    [InlineData(10.875f, 11, 0)]
    [InlineData(10.9f, 11, 0)]
    [InlineData(-0.1f, 0, 0)]
    [InlineData(-0.2f, -1, 3)]
    public void Pen_positions_round_to_the_nearest_quarter_pixel_as_skia(float x, int pixel, int bin)
    {
        // Skia adds half a bin (1/8 px) before splitting into pixel and bin, so a pen at 10.9
        // draws the unshifted glyph at pixel 11 rather than the 3/4-shifted one at pixel 10.
        Assert.Equal(bin, GlyphRasterizer.SubpixelBin(x, out int px));
        Assert.Equal(pixel, px);
    }

    [Fact]
    public void Keys_tell_sizes_bins_and_synthesis_apart()
    {
        using var fonts = new FontSystem();
        var (face, glyph) = GlyphA(fonts);
        Assert.NotEqual(GlyphKey.For(face, glyph, 16, 0), GlyphKey.For(face, glyph, 16, 1));
        Assert.NotEqual(GlyphKey.For(face, glyph, 16, 0), GlyphKey.For(face with { SyntheticBold = true }, glyph, 16, 0));
        Assert.Equal(GlyphKey.For(face, glyph, 16, 0), GlyphKey.For(face, glyph, 16f, 0));
    }
}
