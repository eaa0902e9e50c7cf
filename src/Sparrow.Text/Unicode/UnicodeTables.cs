using System.Runtime.CompilerServices;

namespace Sparrow.Text;

/// <summary>
/// Lookups into the property table generated at build time (UnicodeTables.g.cs in obj/, from
/// Generator/generate_unicode_tables.py). One packed ushort per code point: Line_Break,
/// Grapheme_Cluster_Break and the flags the rules need (Extended_Pictographic, East_Asian_Width
/// F/W/H, General_Category Cn, Mn/Mc, Emoji_Presentation).
/// </summary>
internal static partial class UnicodeTables
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Get(int codePoint)
    {
        if ((uint)codePoint > 0x10FFFF)
        {
            codePoint = 0xFFFD;
        }

        int block = Stage1[codePoint >> Shift];
        return Stage2[(block << Shift) | (codePoint & Mask)];
    }

    public static LineBreakClass LineBreak(int codePoint) => (LineBreakClass)(Get(codePoint) & LineBreakMask);

    public static GraphemeClusterBreak Grapheme(int codePoint) =>
        (GraphemeClusterBreak)((Get(codePoint) >> GraphemeShift) & GraphemeMask);

    public static bool IsExtendedPictographic(int codePoint) => (Get(codePoint) & ExtendedPictographicBit) != 0;

    /// <summary>Emoji_Presentation (UTS #51 §4): shown as emoji by default, without U+FE0F.</summary>
    public static bool IsEmojiPresentation(int codePoint) => (Get(codePoint) & EmojiPresentationBit) != 0;

    /// <summary>East_Asian_Width is F, W or H (UAX #14 LB30 excludes these OP/CP).</summary>
    public static bool IsWide(int codePoint) => (Get(codePoint) & WideBit) != 0;

    public static bool IsUnassigned(int codePoint) => (Get(codePoint) & UnassignedBit) != 0;

    public static bool IsMark(int codePoint) => (Get(codePoint) & MarkBit) != 0;
}
