using System;

namespace Sparrow.Text;

/// <summary>How a grapheme cluster asks to be shown (UTS #51 §4), which decides whether the color emoji face joins its fallback.</summary>
internal enum EmojiPresentation
{
    /// <summary>Ordinary text, or an emoji with default text presentation (☀, ♥, ✔ without U+FE0F).</summary>
    Default,

    /// <summary>Text presentation asked for with U+FE0E.</summary>
    Text,

    /// <summary>
    /// Emoji presentation: an Emoji_Presentation base (😀, 🎉), U+FE0F, an emoji modifier
    /// (skin tone), a flag (regional indicator pair), a tag sequence or an emoji ZWJ sequence.
    /// </summary>
    Emoji,
}

internal static class EmojiPresentations
{
    /// <summary>
    /// The presentation of one grapheme cluster, as Chromium's emoji segmentation
    /// (SymbolsIterator, FontFallbackPriority) classifies an emoji sequence.
    /// </summary>
    public static EmojiPresentation Of(ReadOnlySpan<int> cluster)
    {
        int first = cluster[0];
        if (first < 0x80 && cluster.Length == 1)
        {
            return EmojiPresentation.Default;
        }

        bool zwj = false;
        bool pictographic = UnicodeTables.IsExtendedPictographic(first);
        for (int i = 1; i < cluster.Length; i++)
        {
            int cp = cluster[i];
            switch (cp)
            {
                case 0xFE0E:
                    return EmojiPresentation.Text;
                case 0xFE0F:
                case >= 0x1F3FB and <= 0x1F3FF: // emoji modifiers (skin tones)
                case >= 0xE0020 and <= 0xE007F: // tag sequences (subdivision flags)
                    return EmojiPresentation.Emoji;
                case 0x200D:
                    zwj = true;
                    break;
                case >= 0x1F1E6 and <= 0x1F1FF when first is >= 0x1F1E6 and <= 0x1F1FF:
                    return EmojiPresentation.Emoji;
            }
        }

        if (UnicodeTables.IsEmojiPresentation(first) || (zwj && pictographic))
        {
            return EmojiPresentation.Emoji;
        }

        return EmojiPresentation.Default;
    }
}
