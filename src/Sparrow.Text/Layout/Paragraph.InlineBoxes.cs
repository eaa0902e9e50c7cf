using System;
using System.Collections.Generic;

namespace Sparrow.Text;

/// <summary>
/// Inline boxes with start and end edges (<see cref="StyledInlineBox"/>, CSS 2 §9.4.2): each edge is
/// width glued to a code point, the start edge before the first code point of the box's content, the
/// end edge after its last, and added to that code point's advance. So line breaking, min- and
/// max-content, the line's width and <c>text-align</c> all count it, a break opportunity at the box's
/// boundary stays where it was (an edge moves with its code point to whichever line that goes), and
/// glyphs after it are pushed along. Nested boxes add their own edges: outer start edges come first,
/// inner end edges first (as open and close tags nest). Chromium's NGLineBreaker does the same with
/// open and close tag items: an open tag goes with what follows it, a close tag with what precedes it.
/// </summary>
public sealed partial class Paragraph
{
    /// <summary>Start edges glued before each code point; null without boxes.</summary>
    private float[]? lead;

    /// <summary>End edges glued after each code point; null without boxes.</summary>
    private float[]? trail;

    /// <summary>Per box: first code point and end of its content, and where its own edge starts within the glued width.</summary>
    private BoxSpan[] boxSpans = [];

    private StyledInlineBox[] boxes = [];

    /// <summary>Number of inline boxes with edges (<see cref="StyledText.InlineBoxes"/>).</summary>
    public int InlineBoxCount => boxes.Length;

    /// <summary>
    /// Where box content lies in code points: [Start, End) (Start == End for an empty box, sitting before
    /// code point Start), <c>LeadOffset</c> the start edges of outer boxes glued before its own, <c>TrailOffset</c>
    /// the end edges of inner boxes glued before its own end edge, <c>AtEnd</c> for an empty box glued after the
    /// paragraph's last code point.
    /// </summary>
    private record struct BoxSpan(int Start, int End, float LeadOffset, float TrailOffset, bool AtEnd);

    /// <summary>Glues the boxes' edges to their code points; the constructor calls it after shaping, tabs and placeholders.</summary>
    private void ApplyInlineBoxes(StyledText content)
    {
        var list = content.InlineBoxes;
        int n = text.Count;
        if (list.Length == 0 || n == 0)
        {
            return;
        }

        boxes = [.. list];
        boxSpans = new BoxSpan[boxes.Length];
        lead = new float[n];
        trail = new float[n];
        for (int b = 0; b < boxes.Length; b++)
        {
            var box = boxes[b];
            int first = FirstCodePointAtOrAfter(box.FirstSpan);
            int end = FirstCodePointAtOrAfter(box.EndSpan);
            if (first >= end)
            {
                // Empty (or all its white space collapsed away): the whole box goes before what follows.
                end = first;
            }

            boxSpans[b] = new BoxSpan(first, end, 0, 0, first == end && first == n);
        }

        // Start edges in document order: an outer box's before an inner one's at the same code point.
        for (int b = 0; b < boxes.Length; b++)
        {
            ref var span = ref boxSpans[b];
            if (span.AtEnd)
            {
                continue;
            }

            span.LeadOffset = lead[span.Start];
            lead[span.Start] += boxes[b].Start + (span.Start == span.End ? boxes[b].End : 0);
        }

        // End edges in closing order (post-order): an inner box's before its parent's at the same code point.
        foreach (int b in ClosingOrder())
        {
            ref var span = ref boxSpans[b];
            if (span.Start == span.End && !span.AtEnd)
            {
                continue;
            }

            int cp = span.End - 1;
            span.TrailOffset = trail[cp];
            trail[cp] += boxes[b].End + (span.AtEnd ? boxes[b].Start : 0);
        }

        for (int i = 0; i < n; i++)
        {
            advances[i] += lead[i] + trail[i];
        }
    }

    /// <summary>The boxes in the order their close tags come: each after every box nested in it.</summary>
    private List<int> ClosingOrder()
    {
        var order = new List<int>(boxes.Length);
        var open = new Stack<int>();
        for (int b = 0; b < boxes.Length; b++)
        {
            while (open.Count > 0 && open.Peek() != boxes[b].Parent)
            {
                order.Add(open.Pop());
            }

            open.Push(b);
        }

        while (open.Count > 0)
        {
            order.Add(open.Pop());
        }

        return order;
    }

    /// <summary>The first code point whose span is <paramref name="span"/> or later (spans never go backwards); the count when none.</summary>
    private int FirstCodePointAtOrAfter(int span)
    {
        int lo = 0, hi = styleOf.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (styleOf[mid] < span)
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

    /// <summary>The edges glued to code point <paramref name="cp"/> (part of its advance).</summary>
    private float EdgesOf(int cp) => lead is null ? 0 : lead[cp] + trail![cp];

    private float LeadOf(int cp) => lead is null ? 0 : lead[cp];

    /// <summary>End edges glued after code points [from, to).</summary>
    private float TrailOf(int from, int to)
    {
        if (trail is null)
        {
            return 0;
        }

        float sum = 0;
        for (int i = Math.Max(0, from); i < to && i < trail.Length; i++)
        {
            sum += trail[i];
        }

        return sum;
    }

    /// <summary>The fragments of every inline box on the laid-out lines, box by box, each box's in line order.</summary>
    private List<InlineBoxFragment> BuildBoxFragments(IReadOnlyList<TextLine> lines)
    {
        var fragments = new List<InlineBoxFragment>();
        int n = text.Count;
        for (int b = 0; b < boxes.Length; b++)
        {
            var span = boxSpans[b];
            var box = boxes[b];
            var m = fonts.PrimaryFace(box.Style.Font).Face.Metrics.At(box.Style.FontSize, DevicePixelRatio);
            bool empty = span.Start == span.End;
            for (int l = 0; l < lines.Count; l++)
            {
                var line = lines[l];
                bool lastLine = l == lines.Count - 1;
                bool holdsStart = empty ? (span.Start >= line.Start && span.Start < line.End) || (span.AtEnd && lastLine) : span.Start >= line.Start && span.Start < line.End;
                bool holdsEnd = empty ? holdsStart : span.End - 1 >= line.Start && span.End - 1 < line.End;
                bool crosses = !empty && span.Start < line.Start && span.End > line.End;
                if (!holdsStart && !holdsEnd && !crosses)
                {
                    continue;
                }

                float left = holdsStart
                    ? (span.AtEnd ? line.X + PenAdvance(line, n) - trail![n - 1] + span.TrailOffset : line.X + PenAdvance(line, span.Start) + span.LeadOffset) + box.Start
                    : line.X;
                float right = empty ? left
                    : holdsEnd ? line.X + PenAdvance(line, span.End) - trail![span.End - 1] + span.TrailOffset
                    : line.X + PenAdvance(line, line.ContentEnd);
                right = Math.Max(left, right);
                fragments.Add(new InlineBoxFragment(b, box.Tag, l, left, right, line.Baseline - m.Ascent, line.Baseline + m.Descent, holdsStart, holdsEnd)
                {
                    OuterLeft = holdsStart ? left - box.Start : left,
                    OuterRight = holdsEnd ? right + box.End : right,
                });
            }
        }

        return fragments;
    }
}
