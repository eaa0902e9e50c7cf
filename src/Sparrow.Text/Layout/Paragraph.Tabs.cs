using System;

namespace Sparrow.Text;

public sealed partial class Paragraph
{
    /// <summary>CSS Text 3 §4.2 tab-size initial value: 8 spaces.</summary>
    private const int TabSize = 8;

    private int[]? tabPrefix;
    private float tabInterval;
    private float halfCh;

    /// <summary>
    /// Preserved tabs (pre, pre-wrap) advance to the next tab stop, every tab-size × the space's
    /// advance (with letter-spacing) from the line start, skipping a stop closer than 0.5ch
    /// (CSS Text 3 §4.2). Their shaped advance is replaced by 0 and the stop is found per line.
    /// </summary>
    private void PrepareTabs()
    {
        var cps = text.CodePoints;
        int n = text.Count;
        int count = 0;
        for (int i = 0; i < n; i++)
        {
            if (cps[i] == '\t')
            {
                count++;
            }
        }

        if (count == 0 || Style.WhiteSpace is not (WhiteSpace.Pre or WhiteSpace.PreWrap))
        {
            return;
        }

        tabPrefix = new int[n + 1];
        for (int i = 0; i < n; i++)
        {
            tabPrefix[i + 1] = tabPrefix[i] + (cps[i] == '\t' ? 1 : 0);
            if (cps[i] == '\t')
            {
                advances[i] = 0;
            }
        }

        var face = Primary.Face;
        float scale = Style.FontSize / face.ShapingUnitsPerEm;
        tabInterval = TabSize * ((face.AdvanceOf(face.GlyphFor(' ')) * scale) + Style.LetterSpacing);
        halfCh = face.AdvanceOf(face.GlyphFor('0')) * scale / 2;
    }

    /// <summary>The next tab stop after <paramref name="x"/> (px from the line start).</summary>
    private float NextTabStop(float x)
    {
        if (tabInterval <= 0)
        {
            return x;
        }

        float stop = (MathF.Floor(x / tabInterval) + 1) * tabInterval;
        return stop - x < halfCh ? stop + tabInterval : stop;
    }

    /// <summary>Width of [start, end) when start is a line start and the range holds tabs.</summary>
    private float WidthWithTabs(int start, int end)
    {
        float x = 0;
        int segment = start;
        for (int i = start; i < end; i++)
        {
            if (text.CodePoints[i] == '\t')
            {
                x = NextTabStop(x + (float)(prefix[i] - prefix[segment]));
                segment = i + 1;
            }
        }

        return x + (float)(prefix[end] - prefix[segment]);
    }
}
