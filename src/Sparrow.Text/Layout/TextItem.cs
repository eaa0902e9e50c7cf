namespace Sparrow.Text;

/// <summary>
/// A run of a paragraph that shares one face, script, direction and style (the unit HarfBuzz
/// shapes), from code point <see cref="Start"/> to <see cref="End"/>, and its shaped glyphs.
/// </summary>
internal sealed class TextItem(int start, int end, FaceMatch face, uint script, bool rightToLeft, int styleIndex)
{
    /// <summary>Index into the paragraph's span styles (font size, language, features come from it).</summary>
    public int StyleIndex { get; } = styleIndex;

    public int Start { get; } = start;

    public int End { get; set; } = end;

    public FaceMatch Face { get; } = face;

    public uint Script { get; } = script;

    public bool RightToLeft { get; } = rightToLeft;

    public ShapedRun? Run { get; set; }

    /// <summary>The code point index (in the paragraph) of each glyph's cluster.</summary>
    public int[] GlyphCodePoints { get; set; } = [];
}
