using System;

namespace Sparrow.Text;

public sealed partial class Paragraph
{
    private float minContent = -1;
    private float maxContent = -1;

    /// <summary>
    /// CSS Sizing 3 §5.1 max-content inline size: the widest line when only forced breaks are
    /// taken. Computed once.
    /// </summary>
    public float MaxContentWidth
    {
        get
        {
            if (maxContent < 0)
            {
                maxContent = Layout(float.PositiveInfinity).Width;
            }

            return maxContent;
        }
    }

    /// <summary>
    /// CSS Sizing 3 §5.1 min-content inline size: the widest piece between break opportunities
    /// (every grapheme boundary with overflow-wrap: anywhere, CSS Text 3 §5.5; break-word does
    /// not count). Without wrapping it is the max-content width.
    /// </summary>
    public float MinContentWidth
    {
        get
        {
            if (minContent < 0)
            {
                minContent = ComputeMinContent();
            }

            return minContent;
        }
    }

    /// <summary>Width, height, first baseline and line count at <paramref name="availableWidth"/>.</summary>
    public TextMeasurement Measure(float availableWidth)
    {
        var layout = Layout(availableWidth);
        return new TextMeasurement(layout.Width, layout.Height, layout.FirstBaseline, layout.LineCount);
    }

    private float ComputeMinContent()
    {
        if (!Style.Wraps)
        {
            return MaxContentWidth;
        }

        float max = 0;
        int n = text.Count;
        bool anywhere = Style.OverflowWrap == OverflowWrap.Anywhere;
        int s = 0;
        for (int e = 1; e <= n; e++)
        {
            if (breaks[e] == LineBreakOpportunity.None && !(anywhere && graphemes[e]))
            {
                continue;
            }

            max = Math.Max(max, LineWidth(s, ContentEnd(s, e)) + (s == 0 ? Style.TextIndent : 0));
            s = e;
        }

        return max;
    }
}
