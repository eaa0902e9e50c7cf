namespace Sparrow.Text;

/// <summary>
/// A rasterised glyph: <see cref="Width"/> × <see cref="Height"/> pixels, rows of
/// <see cref="Stride"/> bytes, placed with its top-left at (pen x + <see cref="Left"/>,
/// baseline y − <see cref="Top"/>), at the size asked for: glyphs of bitmap-only color fonts
/// (Noto Color Emoji's 109 ppem strike) are already scaled from their strike, as Skia does, so
/// <see cref="Scale"/> is 1 (kept for a renderer that draws it scaled). An empty glyph (a space)
/// has no pixels.
/// </summary>
public sealed class GlyphBitmap(int width, int height, int stride, int left, int top, GlyphFormat format, byte[] pixels, float scale)
{
    public int Width { get; } = width;

    public int Height { get; } = height;

    public int Stride { get; } = stride;

    public int Left { get; } = left;

    public int Top { get; } = top;

    public GlyphFormat Format { get; } = format;

    public byte[] Pixels { get; } = pixels;

    public float Scale { get; } = scale;

    public bool IsEmpty => Width == 0 || Height == 0;
}
