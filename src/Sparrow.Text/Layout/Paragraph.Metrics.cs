using System;

namespace Sparrow.Text;

public sealed partial class Paragraph
{
    /// <summary>
    /// A line box's ascent and descent (CSS 2 §10.8.1): every inline box on the line sits on the
    /// baseline, the root one (the block's strut) included. An inline box with line-height:
    /// normal takes, like Blink's NGInlineBoxState::ComputeTextMetrics, the rounded ascent,
    /// descent and half the line gap of its primary face and of every face its text used. A
    /// number or length centres the box's primary ascent + descent in that height
    /// (half-leading), and fallback faces do not change it. The leading above the ascent is
    /// floored to whole pixels and the rest goes below, as Blink's CalculateLeadingSpace does.
    /// Pixels are device pixels (<see cref="DevicePixelRatio"/>): Blink lays out zoomed by the
    /// device scale factor, so both roundings happen there; the results are in CSS px.
    /// </summary>
    private (float Ascent, float Descent) LineMetrics(int start, int end, FaceMatch? extra)
    {
        float ascent = float.MinValue;
        float descent = float.MinValue;
        InlineBox(Style, Primary.Face, ref ascent, ref descent);
        if (extra is { } e && Style.LineHeight.IsNormal)
        {
            Include(e.Face, Style.FontSize, DevicePixelRatio, ref ascent, ref descent);
        }

        if (start < end)
        {
            int lastStyle = -1;
            for (int k = itemOf[start]; k < items.Count && items[k].Start < end; k++)
            {
                var item = items[k];
                var style = styles[item.StyleIndex];
                if (placeholderSpans.Length > 0 && placeholderSpans[item.StyleIndex])
                {
                    // An atomic inline's own box, not a font, sets its part of the line (IncludePlaceholders).
                    continue;
                }

                if (item.StyleIndex != lastStyle)
                {
                    InlineBox(style, primaries[item.StyleIndex].Face, ref ascent, ref descent);
                    lastStyle = item.StyleIndex;
                }

                if (style.LineHeight.IsNormal)
                {
                    Include(item.Face.Face, style.FontSize, DevicePixelRatio, ref ascent, ref descent);
                }
            }
        }

        IncludePlaceholders(start, end, ref ascent, ref descent);
        return (ascent, descent);
    }

    private void InlineBox(TextStyle style, FontFace primary, ref float ascent, ref float descent)
    {
        float ratio = DevicePixelRatio;
        if (style.LineHeight.IsNormal)
        {
            Include(primary, style.FontSize, ratio, ref ascent, ref descent);
            return;
        }

        // In device pixels: the font's rounded ascent and descent, the leading floored above.
        var m = primary.Metrics.At(style.FontSize, ratio);
        float lineHeight = style.LineHeight.Resolve(style.FontSize) * ratio;
        float fontAscent = MathF.Round(m.Ascent * ratio);
        float above = MathF.Floor((lineHeight - (fontAscent + MathF.Round(m.Descent * ratio))) / 2);
        ascent = Math.Max(ascent, (fontAscent + above) / ratio);
        descent = Math.Max(descent, (lineHeight - (fontAscent + above)) / ratio);
    }

    private static void Include(FontFace face, float size, float ratio, ref float ascent, ref float descent)
    {
        var m = face.Metrics.At(size, ratio);
        float gapAbove = MathF.Floor(MathF.Round(m.LineGap * ratio) / 2) / ratio;
        ascent = Math.Max(ascent, m.Ascent + gapAbove);
        descent = Math.Max(descent, m.Descent + m.LineGap - gapAbove);
    }

    /// <summary>Justification opportunities (CSS Text 3 §7.3): spaces, and after each CJK character but the last.</summary>
    private int ExpansionOpportunities(int start, int end)
    {
        int count = 0;
        var cps = text.CodePoints;
        for (int i = start; i < end; i++)
        {
            if (IsExpansionAfter(cps[i], i, end))
            {
                count++;
            }
        }

        return count;
    }

    private bool IsExpansionAfter(int cp, int i, int end) =>
        cp == ' ' || (i + 1 < end && graphemes[i + 1] && (UnicodeTables.LineBreak(cp) == LineBreakClass.ID || UnicodeTables.LineBreak(text.CodePoints[i + 1]) == LineBreakClass.ID));
}
