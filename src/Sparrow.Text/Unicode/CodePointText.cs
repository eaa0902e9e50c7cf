using System;
using System.Text;

namespace Sparrow.Text;

/// <summary>
/// UTF-16 text decoded to code points, with the UTF-16 offset of each. Lone surrogates become
/// U+FFFD (Unicode §3.9 "best practice for U+FFFD substitution"; what a browser's text decoder
/// does), and <see cref="ReplacedCount"/> says how many there were so the caller can report them.
/// </summary>
internal sealed class CodePointText
{
    private CodePointText(int[] codePoints, int[] offsets, int count, string text, int replaced)
    {
        CodePoints = codePoints;
        Offsets = offsets;
        Count = count;
        Text = text;
        ReplacedCount = replaced;
    }

    /// <summary>Code points; <c>[Count]</c> is a sentinel 0.</summary>
    public int[] CodePoints { get; }

    /// <summary>UTF-16 offset of each code point; <c>[Count]</c> is the text length.</summary>
    public int[] Offsets { get; }

    public int Count { get; }

    /// <summary>The text with every lone surrogate replaced by U+FFFD.</summary>
    public string Text { get; }

    public int ReplacedCount { get; }

    public ReadOnlySpan<int> Span => CodePoints.AsSpan(0, Count);

    public static CodePointText Decode(string text)
    {
        var cps = new int[text.Length + 1];
        var offsets = new int[text.Length + 1];
        int n = 0;
        int replaced = 0;
        StringBuilder? clean = null;
        for (int i = 0; i < text.Length;)
        {
            char c = text[i];
            offsets[n] = i;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                cps[n++] = char.ConvertToUtf32(c, text[i + 1]);
                i += 2;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                clean ??= new StringBuilder(text);
                clean[i] = '\uFFFD';
                cps[n++] = 0xFFFD;
                replaced++;
            }
            else
            {
                cps[n++] = c;
            }

            i++;
        }

        offsets[n] = text.Length;
        return new CodePointText(cps, offsets, n, clean?.ToString() ?? text, replaced);
    }

    public static CodePointText FromCodePoints(ReadOnlySpan<int> codePoints)
    {
        var sb = new StringBuilder(codePoints.Length);
        foreach (int cp in codePoints)
        {
            if (cp is >= 0xD800 and <= 0xDFFF)
            {
                sb.Append((char)cp);
            }
            else
            {
                sb.Append(char.ConvertFromUtf32(cp));
            }
        }

        return Decode(sb.ToString());
    }
}
