using System;
using System.Collections.Generic;

namespace Sparrow.Text;

public sealed partial class Paragraph
{
    /// <summary>
    /// Positions the glyphs of code points [start, end) on a line: items in logical order, each
    /// item's glyphs in HarfBuzz's (visual) order, so an RTL run reads right to left inside
    /// itself; runs are not reordered against each other (basic bidi, no UAX #9 yet).
    /// </summary>
    private void EmitRuns(List<GlyphRun> runs, int start, int end, float x, float baseline, float expansion)
    {
        if (start >= end)
        {
            return;
        }

        var cps = text.CodePoints;
        float lineX = x;
        for (int k = itemOf[start]; k < items.Count && items[k].Start < end; k++)
        {
            var item = items[k];
            var run = item.Run!;
            float size = styles[item.StyleIndex].FontSize;
            float scale = size / item.Face.Face.ShapingUnitsPerEm;
            var glyphs = new List<uint>(run.Count);
            var xs = new List<float>(run.Count);
            var ys = new List<float>(run.Count);
            int lastCp = -1;
            var (g0, g1) = GlyphRange(item, start, end);
            for (int g = g0; g < g1; g++)
            {
                int cp = item.GlyphCodePoints[g];
                if (cp < start || cp >= end || IsHardBreak(cps[cp]))
                {
                    continue;
                }

                if (IsPlaceholder(cp))
                {
                    // An atomic inline box: layout draws the box itself; the pen moves by its width.
                    x += advances[cp];
                    lastCp = -1;
                    continue;
                }

                if (cp != lastCp && lastCp >= 0 && graphemes[cp])
                {
                    // Letter-spacing and justification go after a whole cluster, then the end edges of
                    // inline boxes closing after it.
                    x += Extra(lastCp, end, expansion) + TrailOf(lastCp, cp > lastCp ? cp : lastCp + 1);
                }

                if (cp != lastCp)
                {
                    // The start edges of inline boxes opening at the cluster.
                    x += LeadOf(cp);
                }

                if (cps[cp] == '\t' && tabPrefix is not null)
                {
                    // A preserved tab draws nothing and moves the pen to the next stop.
                    x = lineX + NextTabStop(x - lineX);
                    lastCp = -1;
                    continue;
                }

                glyphs.Add(run.Glyph(g));
                xs.Add(x + (run.XOffset(g) * scale) - TrimShift(cp));
                ys.Add(baseline - (run.YOffset(g) * scale));
                x += run.Advance(g) * scale;
                lastCp = cp;
            }

            if (lastCp >= 0)
            {
                x += Extra(lastCp, end, expansion) + TrailOf(lastCp, item.RightToLeft ? lastCp + 1 : Math.Min(item.End, end));
            }

            if (glyphs.Count > 0)
            {
                runs.Add(new GlyphRun(item.Face, size, glyphs.ToArray(), xs.ToArray(), ys.ToArray(), item.StyleIndex));
            }
        }
    }

    /// <summary>
    /// The glyphs of an item whose clusters lie in [start, end). Clusters are monotone in visual
    /// order (HarfBuzz's monotone cluster levels): rising for LTR, falling for RTL, so two binary
    /// searches find the range and a line never walks its paragraph's other glyphs.
    /// </summary>
    private static (int First, int End) GlyphRange(TextItem item, int start, int end)
    {
        var cps = item.GlyphCodePoints;
        bool rtl = item.RightToLeft;
        int First(int cp)
        {
            // First glyph g with cluster >= cp (LTR) or < cp (RTL).
            int lo = 0, hi = cps.Length;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (rtl ? cps[mid] >= cp : cps[mid] < cp)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo;
        }

        return rtl ? (First(end), First(start)) : (First(start), First(end));
    }

    private float Extra(int cp, int end, float expansion) =>
        styles[styleOf[cp]].LetterSpacing - Trimmed(cp) + (expansion > 0 && IsExpansionAfter(text.CodePoints[cp], cp, end) ? expansion : 0);

    private void EmitEllipsis(List<GlyphRun> runs, float x, float baseline) => EmitTrailing(runs, Ellipsis(), x, baseline);

    /// <summary>A glyph string drawn after a line's content: the "…" of a cut line or a hyphen.</summary>
    private void EmitTrailing(List<GlyphRun> runs, TrailingText e, float x, float baseline)
    {
        var xs = new float[e.Glyphs.Length];
        var ys = new float[e.Glyphs.Length];
        for (int i = 0; i < xs.Length; i++)
        {
            xs[i] = x;
            ys[i] = baseline;
            x += e.Advances[i];
        }

        runs.Add(new GlyphRun(e.Face, Style.FontSize, e.Glyphs, xs, ys, GlyphRun.BlockStyle));
    }
}
