namespace Sparrow.Text;

/// <summary>
/// A short string drawn after a line's content rather than taken from the text: the "…" of a
/// cut line (CSS Overflow 3 §5.1) or the hyphen shown at a soft hyphen (CSS Text 3 §5.4).
/// Shaped once per paragraph; <see cref="Width"/> includes letter-spacing.
/// </summary>
internal sealed class TrailingText(FaceMatch face, float width, uint[] glyphs, float[] advances)
{
    public FaceMatch Face { get; } = face;

    public float Width { get; } = width;

    public uint[] Glyphs { get; } = glyphs;

    public float[] Advances { get; } = advances;

    public static TrailingText Shape(FontSystem fonts, FaceMatch face, string text, TextStyle style)
    {
        var run = fonts.Shaper.Shape(face.Face, text, Interop.HarfBuzz.Tag('Z', 'y', 'y', 'y'), false, style.Language, style.Features);
        float scale = style.FontSize / face.Face.ShapingUnitsPerEm;
        var advances = new float[run.Count];
        float width = style.LetterSpacing;
        for (int i = 0; i < run.Count; i++)
        {
            advances[i] = run.Advance(i) * scale;
            width += advances[i];
        }

        return new TrailingText(face, width, run.GlyphIds(), advances);
    }
}
