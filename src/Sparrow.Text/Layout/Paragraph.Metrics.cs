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
    /// </summary>
    private (float Ascent, float Descent) LineMetrics(int start, int end, FaceMatch? extra)
    {
        float ascent = float.MinValue;
        float descent = float.MinValue;
        InlineBox(Style, Primary.Face, ref ascent, ref descent);
        if (extra is { } e && Style.LineHeight.IsNormal)
        {
            Include(e.Face, Style.FontSize, ref ascent, ref descent);
        }

        if (start < end)
        {
            int lastStyle = -1;
            for (int k = itemOf[start]; k < items.Count && items[k].Start < end; k++)
            {
                var item = items[k];
                var style = styles[item.StyleIndex];
                if (item.StyleIndex != lastStyle)
                {
                    InlineBox(style, primaries[item.StyleIndex].Face, ref ascent, ref descent);
                    lastStyle = item.StyleIndex;
                }

                if (style.LineHeight.IsNormal)
                {
                    Include(item.Face.Face, style.FontSize, ref ascent, ref descent);
                }
            }
        }

        return (ascent, descent);
    }

    private static void InlineBox(TextStyle style, FontFace primary, ref float ascent, ref float descent)
    {
        if (style.LineHeight.IsNormal)
        {
            Include(primary, style.FontSize, ref ascent, ref descent);
            return;
        }

        var m = primary.Metrics.At(style.FontSize);
        float lineHeight = style.LineHeight.Resolve(style.FontSize);
        float above = MathF.Floor((lineHeight - (m.Ascent + m.Descent)) / 2);
        ascent = Math.Max(ascent, m.Ascent + above);
        descent = Math.Max(descent, lineHeight - (m.Ascent + above));
    }

    private static void Include(FontFace face, float size, ref float ascent, ref float descent)
    {
        var m = face.Metrics.At(size);
        ascent = Math.Max(ascent, m.Ascent + MathF.Floor(m.LineGap / 2));
        descent = Math.Max(descent, m.Descent + m.LineGap - MathF.Floor(m.LineGap / 2));
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
