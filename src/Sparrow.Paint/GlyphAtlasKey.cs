using Sparrow.Text;

namespace Sparrow.Paint;

/// <summary>
/// Packs the Text stage's <see cref="GlyphKey"/> into the 64-bit key atlases take: glyph id (16 bits,
/// all OpenType allows), size in 1/64 px (22 bits, up to 65,535 px), subpixel bin (2 bits), synthesis
/// (2 bits) and face id (22 bits).
/// </summary>
internal static class GlyphAtlasKey
{
    public static ulong Pack(in GlyphKey key) =>
        (key.GlyphId & 0xffffUL)
        | (((ulong)key.Size64 & 0x3fffff) << 16)
        | (((ulong)key.SubpixelBin & 0x3) << 38)
        | (((ulong)key.Synthesis & 0x3) << 40)
        | (((ulong)key.FaceId & 0x3fffff) << 42);
}
