using System;

namespace Sparrow.Scene;

/// <summary>
/// The contract Paint uses to place rasterised glyphs (and small color images) in an atlas before
/// it emits sprites; the Gpu stage implements it (<c>GlyphAtlas</c>), tests use a fake. Keys are the
/// caller's (for glyphs: font, glyph id, size and subpixel offset packed by the Text stage).
/// Tiles stay valid until the frame after they were last asked for; older ones may be evicted.
/// </summary>
public interface ITileAtlas
{
    /// <summary>The tile for <paramref name="key"/> if it is resident; marks it used this frame.</summary>
    bool TryGetTile(ulong key, out AtlasTile tile);

    /// <summary>
    /// Stores <paramref name="pixels"/> (<paramref name="width"/> × <paramref name="height"/>, rows packed,
    /// one byte per texel for coverage atlases, four premultiplied RGBA bytes for color atlases).
    /// False when it does not fit even after evicting tiles unused this frame.
    /// </summary>
    bool TryInsert(ulong key, int width, int height, ReadOnlySpan<byte> pixels, out AtlasTile tile);
}
