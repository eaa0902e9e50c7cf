using System;
using System.Collections.Generic;

namespace Sparrow.Text;

public sealed partial class Paragraph
{
    /// <summary>
    /// Whether a width fits, compared as Chromium's NGLineBreaker compares them: both as
    /// LayoutUnits (1/64 px), with one LayoutUnit of slack for rounding
    /// (AvailableWidthToFit() is AvailableWidth().AddEpsilon()), so 90.015625 px fits in 90.
    /// </summary>
    private static bool Fits(float width, float available) =>
        float.IsPositiveInfinity(available) || MathF.Round(width * 64) <= MathF.Round(available * 64) + 1;

    /// <summary>A line before alignment: code points [Start, End), of which [Start, ContentEnd) is not hanging space.</summary>
    private readonly record struct LineSpan(int Start, int End, int ContentEnd, bool EndsInForcedBreak);

    /// <summary>
    /// Greedy line breaking (CSS Text 3 §5): take the last break opportunity whose line still fits;
    /// when even the first does not, break inside the word at a grapheme boundary if
    /// overflow-wrap allows (§5.5), else overflow. Spaces at the end of a line hang (§4.1.2).
    /// </summary>
    private List<LineSpan> BreakLines(float width)
    {
        var lines = new List<LineSpan>();
        int n = text.Count;
        bool wraps = Style.Wraps;
        int s = 0;
        while (s < n)
        {
            // CSS Text 3 §8.1 text-indent narrows the first line only.
            float room = s == 0 ? width - Style.TextIndent : width;
            int lastFit = -1;
            int end = -1;
            for (int e = s + 1; e <= n; e++)
            {
                var o = breaks[e];
                if (o == LineBreakOpportunity.None || (o == LineBreakOpportunity.Allowed && !wraps))
                {
                    continue;
                }

                int contentEnd = ContentEnd(s, e);
                float w = LineWidth(s, contentEnd);
                bool fits = Fits(w, room) || Fits(w - EndTrim(s, contentEnd), room);
                if (fits)
                {
                    lastFit = e;
                    if (o == LineBreakOpportunity.Mandatory)
                    {
                        end = e;
                        break;
                    }

                    continue;
                }

                if (lastFit >= 0)
                {
                    end = lastFit;
                }
                else if (wraps && Style.OverflowWrap != OverflowWrap.Normal)
                {
                    end = FitGraphemes(s, e, room);
                }
                else
                {
                    end = e;
                }

                break;
            }

            if (end < 0)
            {
                end = lastFit >= 0 ? lastFit : n;
            }

            lines.Add(new LineSpan(s, end, ContentEnd(s, end), breaks[end] == LineBreakOpportunity.Mandatory));
            s = end;
        }

        return lines;
    }

    /// <summary>The end of a line's content once trailing hanging or removable spaces are left out.</summary>
    private int ContentEnd(int start, int end)
    {
        var cps = text.CodePoints;
        bool preserved = Style.WhiteSpace == WhiteSpace.Pre;
        while (end > start)
        {
            int cp = cps[end - 1];
            if (IsHardBreak(cp) || (!preserved && cp is ' ' or '\t' or 0x3000))
            {
                end--;
                continue;
            }

            break;
        }

        return end;
    }

    /// <summary>The most whole graphemes from <paramref name="start"/> that fit, at least one (§5.5).</summary>
    private int FitGraphemes(int start, int limit, float width)
    {
        int end = Math.Min(NextGrapheme(start), limit);
        while (end < limit)
        {
            int g = Math.Min(NextGrapheme(end), limit);
            if (!Fits(LineWidth(start, ContentEnd(start, g)), width))
            {
                break;
            }

            end = g;
        }

        return end;
    }

    private int NextGrapheme(int i)
    {
        int n = text.Count;
        if (i >= n)
        {
            return n;
        }

        i++;
        while (i < n && !graphemes[i])
        {
            i++;
        }

        return i;
    }
}
