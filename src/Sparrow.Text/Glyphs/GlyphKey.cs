namespace Sparrow.Text;

/// <summary>
/// Identifies one glyph image for the renderer's atlas: face, glyph, size in 1/64 px, horizontal
/// subpixel bin and rasterisation flags (bit 0 synthetic bold, bit 1 synthetic oblique, bit 2
/// unhinted: <see cref="GlyphRasterizer.Rasterize"/> with hinting off).
/// </summary>
public readonly record struct GlyphKey(int FaceId, uint GlyphId, int Size64, byte SubpixelBin, byte Synthesis)
{
    public static GlyphKey For(FaceMatch face, uint glyph, float size, int bin, bool hinted = true) =>
        new(face.Face.Id, glyph, (int)System.MathF.Round(size * 64), (byte)bin, (byte)((face.SyntheticBold ? 1 : 0) | (face.SyntheticOblique ? 2 : 0) | (hinted ? 0 : 4)));
}
