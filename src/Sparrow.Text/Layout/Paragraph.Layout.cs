using System;
using System.Collections.Generic;

namespace Sparrow.Text;

public sealed partial class Paragraph
{
    private const string EllipsisText = "\u2026";

    private readonly List<(float Width, TextLayout Layout)> layouts = new(4);
    private TrailingText? ellipsis;

    /// <summary>
    /// Lays the paragraph out in <paramref name="availableWidth"/> px: +∞ (or NaN, Yoga's
    /// "undefined") lays out at max-content, −∞ (Layout's min-content request) or any negative
    /// width at 0, which breaks at every opportunity and so lays out at min-content. Results are
    /// cached per width until the paragraph is dropped.
    /// </summary>
    public TextLayout Layout(float availableWidth)
    {
        availableWidth = float.IsNaN(availableWidth) ? float.PositiveInfinity : Math.Max(0, availableWidth);
        foreach (var (w, cached) in layouts)
        {
            if (w == availableWidth)
            {
                return cached;
            }
        }

        var layout = Compute(availableWidth);
        if (layouts.Count == 4)
        {
            layouts.RemoveAt(0);
        }

        layouts.Add((availableWidth, layout));
        return layout;
    }

    private TextLayout Compute(float availableWidth)
    {
        var spans = BreakLines(availableWidth);
        int clamp = Style.LineClamp;
        bool clamped = clamp > 0 && spans.Count > clamp;
        if (clamped)
        {
            spans.RemoveRange(clamp, spans.Count - clamp);
        }

        var lines = new List<TextLine>(spans.Count);
        var placements = new List<(int Start, int ContentEnd, float X, float Baseline, float Expansion, bool Cut)>(spans.Count);
        float top = 0;
        float maxWidth = 0;
        float[]? positions = null;
        if (placeholderCps.Length > 0)
        {
            positions = new float[2 * placeholderCps.Length];
            positions.AsSpan().Fill(float.NaN);
        }
        for (int l = 0; l < spans.Count; l++)
        {
            var span = spans[l];
            int contentEnd = span.ContentEnd;
            float indent = l == 0 ? Style.TextIndent : 0;
            float room = availableWidth - indent;

            // Preserved spaces at the end of a pre-wrap line hang (CSS Text 3 §4.1.3): they do not
            // count for fitting, but they are there, and Chromium's max-content includes them.
            float width = Style.WhiteSpace == WhiteSpace.PreWrap ? Width(span.Start, WithoutHardBreak(span)) : LineWidth(span.Start, contentEnd);
            if (!Fits(width, room) && Fits(width - EndTrim(span.Start, contentEnd), room))
            {
                width -= EndTrim(span.Start, contentEnd);
            }

            // CSS Overflow 3 §5.1 text-overflow: ellipsis cuts a line that overflows; for
            // -webkit-line-clamp (CSS Overflow 4 §6) the last kept line always gets the "…".
            bool cut = (clamped && l == spans.Count - 1) || (Style.Ellipsis && !Fits(width, room));
            FaceMatch? ellipsisFace = null;
            if (cut)
            {
                var e = Ellipsis();
                ellipsisFace = e.Face;
                contentEnd = CutForEllipsis(span.Start, contentEnd, room - e.Width);
                width = Width(span.Start, contentEnd) + e.Width;
            }

            var (ascent, descent) = LineMetrics(span.Start, contentEnd, ellipsisFace);
            float x = indent + Align(span, l == spans.Count - 1, width, room, out float expansion);
            if (expansion > 0)
            {
                width = room;
            }

            float baseline = top + ascent;
            placements.Add((span.Start, contentEnd, x, baseline, expansion, cut));
            if (positions is not null)
            {
                PlacePlaceholders(positions, span.Start, contentEnd, x, baseline);
            }

            lines.Add(new TextLine(span.Start, span.End, x, top, ascent + descent, baseline, width, cut, contentEnd, expansion));
            top += ascent + descent;
            maxWidth = Math.Max(maxWidth, width + indent);
        }

        // Glyph runs are only built when paint asks: measuring for layout never needs them.
        return new TextLayout(availableWidth, maxWidth, top, lines, () =>
        {
            var runs = new List<GlyphRun>();
            foreach (var p in placements)
            {
                EmitRuns(runs, p.Start, p.ContentEnd, p.X, p.Baseline, p.Expansion);
                if (p.Cut)
                {
                    EmitEllipsis(runs, p.X + Width(p.Start, p.ContentEnd), p.Baseline);
                }
                else if (EndsWithSoftHyphen(p.Start, p.ContentEnd))
                {
                    EmitTrailing(runs, Hyphen(), p.X + Width(p.Start, p.ContentEnd), p.Baseline);
                }
            }

            return runs;
        }, positions, boxes.Length == 0 ? null : () => BuildBoxFragments(lines));
    }

    private int WithoutHardBreak(LineSpan span)
    {
        int end = span.End;
        while (end > span.Start && IsHardBreak(text.CodePoints[end - 1]))
        {
            end--;
        }

        return end;
    }

    /// <summary>CSS Text 3 §6.1 text-align; justify (§7) spreads the free space over opportunities.</summary>
    private float Align(LineSpan span, bool last, float width, float available, out float expansion)
    {
        expansion = 0;
        if (float.IsInfinity(available) || width >= available)
        {
            return 0;
        }

        float free = available - width;
        switch (Style.TextAlign)
        {
            case TextAlign.Right:
                return free;
            case TextAlign.Center:
                return free / 2;
            case TextAlign.Justify when !last && !span.EndsInForcedBreak:
                int count = ExpansionOpportunities(span.Start, span.ContentEnd);
                expansion = count > 0 ? free / count : 0;
                return 0;
            default:
                return 0;
        }
    }

    /// <summary>The most whole graphemes from <paramref name="start"/> whose width fits in <paramref name="room"/>.</summary>
    private int CutForEllipsis(int start, int end, float room)
    {
        int cut = start;
        for (int g = NextGrapheme(start); g <= end; g = NextGrapheme(g))
        {
            if (!Fits(Width(start, g), room))
            {
                break;
            }

            cut = g;
            if (g == end)
            {
                break;
            }
        }

        return ContentEnd(start, cut);
    }

    /// <summary>"…" shaped in the primary face, or the first fallback face that has it.</summary>
    private TrailingText Ellipsis() =>
        ellipsis ??= TrailingText.Shape(fonts, fonts.GetChain(Style.Font, ScriptClass.Latin).FindFor([0x2026], EmojiPresentation.Default) ?? Primary, EllipsisText, Style);
}
