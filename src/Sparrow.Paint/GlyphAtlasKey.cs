using Sparrow.Text;

namespace Sparrow.Paint;

/// <summary>
/// Packs the Text stage's <see cref="GlyphKey"/> into the 64-bit key atlases take: glyph id (16 bits,
/// all OpenType allows), size in 1/64 px (22 bits, up to 65,535 px), subpixel bin (2 bits), synthesis
/// and hinting flags (3 bits) and face id (21 bits).
/// </summary>
internal static class GlyphAtlasKey
{
    public static ulong Pack(in GlyphKey key) =>
        (key.GlyphId & 0xffffUL)
        | (((ulong)key.Size64 & 0x3fffff) << 16)
        | (((ulong)key.SubpixelBin & 0x3) << 38)
        | (((ulong)key.Synthesis & 0x7) << 40)
        | (((ulong)key.FaceId & 0x1fffff) << 43);
}
