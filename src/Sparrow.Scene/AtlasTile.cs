using Sparrow.Core;

namespace Sparrow.Scene;

/// <summary>
/// A rectangle of an atlas page: what a glyph or color atlas hands Paint for a sprite. <see cref="Rect"/>
/// is in texels (for <see cref="GlyphSprite.AtlasRect"/>), <see cref="Uv"/> the same area normalised to
/// the page (for <see cref="ImageSprite.Uv"/>).
/// </summary>
public readonly record struct AtlasTile(TextureId Texture, Rect Rect, Rect Uv = default);
