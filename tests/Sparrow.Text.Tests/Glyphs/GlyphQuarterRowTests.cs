using System.Linq;
using Xunit;

namespace Sparrow.Text.Tests;

/// <summary>
/// Unhinted glyphs (device pixel ratio above 1) are filled as Skia's analytic anti-aliasing fills
/// them in Chromium: outline points on quarter pixel rows, x exact (GlyphRasterizer.SnapToQuarterRows).
/// </summary>
public sealed class GlyphQuarterRowTests
{
    [Fact]
    public void An_unhinted_horizontal_edge_covers_its_row_in_quarters()
    {
        using var fonts = new FontSystem();
        using var raster = new GlyphRasterizer();
        var face = new FaceMatch(fonts.PrimaryFace(FontQuery.Of("DejaVu Sans")).Face, false, false);

        // DejaVu Sans's cap height is 1493 of 2048 units: 23.33 px at 32 px, so the bar of 'T'
        // covers its top row by 0.33 as an exact area, by 0.25 on the quarter row Skia snaps to.
        var t = raster.Rasterize(face, face.Face.GlyphFor('T'), 32, 0, hinted: false);
        int top = Enumerable.Range(0, t.Width).Max(x => (int)t.Pixels[x]);
        Assert.InRange(top, 62, 66);
        Assert.Equal(24, t.Top);
    }

    [Fact]
    public void Hinted_glyphs_are_left_to_the_hinter()
    {
        using var fonts = new FontSystem();
        using var raster = new GlyphRasterizer();
        var face = new FaceMatch(fonts.PrimaryFace(FontQuery.Of("DejaVu Sans")).Face, false, false);
        var t = raster.Rasterize(face, face.Face.GlyphFor('T'), 32, 0, hinted: true);
        Assert.Equal(255, Enumerable.Range(0, t.Width).Max(x => (int)t.Pixels[x]));
    }
}
