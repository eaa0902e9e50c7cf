using System;

namespace Sparrow.Text;

public sealed partial class Paragraph
{
    /// <summary>
    /// Where a caret before UTF-16 offset <paramref name="offset"/> of <see cref="Text"/> goes in
    /// <paramref name="layout"/>: x from the paragraph's left, and the line's box. For input and
    /// selection. Offsets inside a grapheme snap back to its start; an offset at a line's end
    /// stays on that line. Right-to-left runs are measured as if left to right (basic bidi).
    /// </summary>
    public (float X, float Top, float Height) Caret(TextLayout layout, int offset)
    {
        ArgumentNullException.ThrowIfNull(layout);
        if (layout.LineCount == 0)
        {
            return (Style.TextIndent, 0, primaryMetrics.LineSpacing);
        }

        int cp = GraphemeStartAt(Math.Clamp(offset, 0, text.Text.Length));
        int l = 0;
        while (l < layout.LineCount - 1 && cp >= layout.Lines[l].End)
        {
            l++;
        }

        var line = layout.Lines[l];
        int upTo = Math.Clamp(cp, line.Start, line.ContentEnd);
        return (line.X + PenAdvance(line, upTo), line.Top, line.Height);
    }

    /// <summary>
    /// The UTF-16 offset of the grapheme boundary nearest to (<paramref name="x"/>,
    /// <paramref name="y"/>) in <paramref name="layout"/>; points above or below the text go to
    /// the first or last line.
    /// </summary>
    public int HitTest(TextLayout layout, float x, float y)
    {
        ArgumentNullException.ThrowIfNull(layout);
        if (layout.LineCount == 0)
        {
            return 0;
        }

        int l = 0;
        while (l < layout.LineCount - 1 && y >= layout.Lines[l].Top + layout.Lines[l].Height)
        {
            l++;
        }

        var line = layout.Lines[l];
        int best = line.Start;
        float bestDistance = MathF.Abs(x - line.X);
        for (int g = NextGrapheme(line.Start); g <= line.ContentEnd; g = NextGrapheme(g))
        {
            float distance = MathF.Abs(x - (line.X + PenAdvance(line, g)));
            if (distance < bestDistance)
            {
                best = g;
                bestDistance = distance;
            }

            if (g >= line.ContentEnd)
            {
                break;
            }
        }

        return text.Offsets[best];
    }

    /// <summary>Pen advance from a line's start to code point <paramref name="cp"/>, justification included.</summary>
    private float PenAdvance(TextLine line, int cp)
    {
        float x = Width(line.Start, cp);
        if (line.Expansion > 0)
        {
            for (int i = line.Start; i < cp; i++)
            {
                if (IsExpansionAfter(text.CodePoints[i], i, line.ContentEnd))
                {
                    x += line.Expansion;
                }
            }
        }

        return x;
    }

    private int GraphemeStartAt(int utf16)
    {
        int cp = CodePointAt(utf16);
        while (cp > 0 && cp < text.Count && !graphemes[cp])
        {
            cp--;
        }

        return cp;
    }
}
