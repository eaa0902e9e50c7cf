using System;

namespace Sparrow.Text;

public sealed partial class Paragraph
{
    /// <summary>Fullwidth opening punctuation (CSS Text 4 §8.4.1 "fullwidth opening punctuation").</summary>
    private const string Opening = "（〈《「『【〔〖〘〚＜［｛｟“‘";

    /// <summary>Fullwidth closing punctuation and the dots/commas Chinese fonts set on the left half.</summary>
    private const string Closing = "）〉》」』】〕〗〙〛＞］｝｠”’、。，．：；";

    private const string ClosingDots = "、。，．：；";

    private float[]? trimmed;

    /// <summary>
    /// CSS Text 4 §8.4 text-spacing-trim: normal, the "trim-adjacent" part that Chromium applies by
    /// default (HanKerning in Blink): of two adjacent fullwidth punctuation marks, an opening one
    /// after an opening or closing one loses its left half, and a closing one before another
    /// closing one loses its right half, as the font's 'halt' feature would set them. Only glyphs
    /// that really are one em wide count. The trimmed advance is taken off <see cref="advances"/>.
    /// </summary>
    private void TrimAdjacentPunctuation()
    {
        var cps = text.CodePoints;
        for (int i = 1; i < text.Count; i++)
        {
            char prev = cps[i - 1] <= 0xFFFF ? (char)cps[i - 1] : '\0';
            char cur = cps[i] <= 0xFFFF ? (char)cps[i] : '\0';
            bool prevOpen = Opening.Contains(prev, StringComparison.Ordinal);
            bool prevClose = Closing.Contains(prev, StringComparison.Ordinal);
            if (!(prevOpen || prevClose) || !IsFullwidth(i - 1))
            {
                continue;
            }

            if (Opening.Contains(cur, StringComparison.Ordinal) && IsFullwidth(i))
            {
                Trim(i, Em(i) / 2);
            }
            else if (prevClose && Closing.Contains(cur, StringComparison.Ordinal) && IsFullwidth(i))
            {
                Trim(i - 1, Em(i - 1) / 2);
            }
        }
    }

    /// <summary>
    /// text-spacing-trim's "allow-end" (part of normal): a fullwidth closing bracket or quote that
    /// ends a line may be set half-width when the line does not otherwise fit. Chromium does this
    /// for brackets and quotes but not for the dots and commas 、。，．：； (measured: a line
    /// ending in "，" wraps rather than trims), and so do we. The amount that may go.
    /// </summary>
    private float EndTrim(int start, int end)
    {
        if (end <= start || text.CodePoints[end - 1] > 0xFFFF || Trimmed(end - 1) != 0)
        {
            return 0;
        }

        char last = (char)text.CodePoints[end - 1];
        return Closing.Contains(last, StringComparison.Ordinal) && !ClosingDots.Contains(last, StringComparison.Ordinal) && IsFullwidth(end - 1)
            ? Em(end - 1) / 2
            : 0;
    }

    /// <summary>The opening marks' ink is on their right half: draw them shifted left by what was trimmed.</summary>
    private float TrimShift(int cp) =>
        trimmed is { } t && text.CodePoints[cp] <= 0xFFFF && Opening.Contains((char)text.CodePoints[cp], StringComparison.Ordinal) ? t[cp] : 0;

    private float Trimmed(int cp) => trimmed is { } t ? t[cp] : 0;

    private float Em(int i) => styles[styleOf[i]].FontSize;

    private bool IsFullwidth(int i)
    {
        var style = styles[styleOf[i]];
        float em = style.FontSize;
        return MathF.Abs(advances[i] - style.LetterSpacing - em) < em * 0.01f;
    }

    private void Trim(int i, float amount)
    {
        trimmed ??= new float[text.Count];
        if (trimmed[i] == 0)
        {
            trimmed[i] = amount;
            advances[i] -= amount;
        }
    }
}
