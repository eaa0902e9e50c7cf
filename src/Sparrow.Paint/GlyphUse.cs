using Sparrow.Scene;

namespace Sparrow.Paint;

/// <summary>An atlas tile a frame's glyph sprites were placed from (<see cref="Color"/>: the color atlas); a replayed chunk asks for it again so the atlas keeps it.</summary>
internal readonly record struct GlyphUse(ulong Key, bool Color, AtlasTile Tile);
