using System;
using Sparrow.Text;

namespace Sparrow.Paint;

/// <summary>
/// The horizontal extent of a glyph run of a <see cref="TextLayout"/> and the line it sits on:
/// from its first glyph's pen position to where the next run on the same line starts, or to the
/// end of the line's drawn content (<see cref="TextLine.Width"/>, hanging spaces left out) for the
/// line's last run. So the runs of a line tile it without gaps, letter-spacing included, and a
/// span's decoration or hit area covers exactly its part of the line. Used by Paint (span
/// decorations) and by the embedder's hit-testing, so both agree.
/// </summary>
public static class TextRunExtent
{
    /// <summary>
    /// The extent of run <paramref name="run"/> in px from the paragraph's left. <paramref name="line"/>
    /// is a cursor: pass 0 for the first run and the same variable for the following ones (runs come
    /// in line order); it is left at the run's line.
    /// </summary>
    public static (float Left, float Right) Of(TextLayout layout, int run, ref int line)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var runs = layout.GlyphRuns;
        var lines = layout.Lines;
        var current = runs[run];
        line = LineOf(layout, current, line);
        var left = current.X.Span[0];
        var l = lines[line];
        var right = l.X + l.Width;
        if (run + 1 < runs.Count)
        {
            var next = runs[run + 1];
            if (LineOf(layout, next, line) == line)
            {
                right = next.X.Span[0];
            }
        }

        return (left, Math.Max(left, right));
    }

    /// <summary>The line holding the run's baseline, searching from line <paramref name="from"/> down.</summary>
    private static int LineOf(TextLayout layout, GlyphRun run, int from)
    {
        var lines = layout.Lines;
        var baseline = run.Y.Span[0];
        var l = Math.Clamp(from, 0, Math.Max(0, lines.Count - 1));
        while (l < lines.Count - 1 && baseline >= lines[l].Top + lines[l].Height)
        {
            l++;
        }

        return l;
    }
}
