using System;

namespace Sparrow.Text;

/// <summary>
/// Glyphs of one face on one line, positioned for drawing: pen positions in px relative to the
/// paragraph's top-left (x from the line's left edge after alignment, y at the baseline). The
/// renderer rasterises them through <see cref="GlyphRasterizer"/> into its own atlas.
/// <see cref="StyleIndex"/> says whose style (colour, decoration) paints them: a span of the
/// paragraph's <see cref="StyledText"/>, or <see cref="BlockStyle"/> for the "…" or a hyphen
/// the paragraph added.
/// </summary>
public sealed class GlyphRun(FaceMatch face, float fontSize, uint[] glyphs, float[] x, float[] y, int styleIndex)
{
    public const int BlockStyle = -1;

    public int StyleIndex { get; } = styleIndex;

    public FaceMatch Face { get; } = face;

    public float FontSize { get; } = fontSize;

    public ReadOnlyMemory<uint> Glyphs { get; } = glyphs;

    public ReadOnlyMemory<float> X { get; } = x;

    public ReadOnlyMemory<float> Y { get; } = y;
}
