namespace Sparrow.Text;

/// <summary>Pixel format of a rasterised glyph.</summary>
public enum GlyphFormat : byte
{
    /// <summary>One byte of coverage (alpha) per pixel; the renderer tints it with the text colour.</summary>
    Coverage8 = 0,

    /// <summary>Four bytes per pixel, R G B A, premultiplied (color emoji); drawn as is.</summary>
    Rgba8Premultiplied = 1,
}
