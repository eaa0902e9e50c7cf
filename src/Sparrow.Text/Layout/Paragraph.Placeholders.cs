using System;
using Sparrow.Layout;

namespace Sparrow.Text;

/// <summary>
/// Atomic inline boxes inside the paragraph: each is a U+FFFC of its own span
/// (<see cref="StyledSpan.IsPlaceholder"/>) whose advance is the box's margin-box width and which
/// sits on the baseline with the box's baseline (CSS 2 §10.8.1), raising the line's ascent and
/// descent as it needs. UAX #14 gives U+FFFC (class CB) a break opportunity on both sides, as
/// css-text-3 §5.1 asks of atomic inlines. Nothing is drawn for it: layout places the box itself
/// where <see cref="TextLayout.PlaceholderPosition"/> says.
/// </summary>
public sealed partial class Paragraph
{
    private int[] placeholderCps = [];
    private bool[] placeholderSpans = [];
    private float[] placeholderAscent = [];
    private float[] placeholderDescent = [];

    /// <summary>Number of atomic inline boxes in the paragraph, in text order.</summary>
    public int PlaceholderCount => placeholderCps.Length;

    /// <summary>
    /// Sets the sizes of the paragraph's atomic inline boxes (one per placeholder, in order; missing
    /// ones are empty). Drops the cached line layouts when a size changed. The paragraph keeps the
    /// last sizes set, so an embedder gives each node with placeholders a paragraph of its own.
    /// </summary>
    public void SetPlaceholders(InlinePlaceholders sizes)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        var changed = false;
        for (int k = 0; k < placeholderCps.Length; k++)
        {
            var has = k < sizes.Count;
            float width = has ? sizes.Width(k) : 0;
            float ascent = has ? sizes.Baseline(k) : 0;
            float descent = has ? sizes.Height(k) - sizes.Baseline(k) : 0;
            int cp = placeholderCps[k];
            width += EdgesOf(cp);
            if (advances[cp] != width || placeholderAscent[k] != ascent || placeholderDescent[k] != descent)
            {
                advances[cp] = width;
                placeholderAscent[k] = ascent;
                placeholderDescent[k] = descent;
                changed = true;
            }
        }

        if (!changed)
        {
            return;
        }

        for (int i = 0; i < advances.Length; i++)
        {
            prefix[i + 1] = prefix[i] + advances[i];
        }

        layouts.Clear();
        minContent = -1;
        maxContent = -1;
    }

    /// <summary>Finds the placeholder code points; called by the constructor before prefix widths exist.</summary>
    private void FindPlaceholders(StyledText content)
    {
        placeholderSpans = new bool[content.Spans.Length];
        var count = 0;
        for (int s = 0; s < placeholderSpans.Length; s++)
        {
            placeholderSpans[s] = content.Spans[s].IsPlaceholder;
        }

        for (int i = 0; i < styleOf.Length; i++)
        {
            count += placeholderSpans[styleOf[i]] ? 1 : 0;
        }

        if (count == 0)
        {
            return;
        }

        placeholderCps = new int[count];
        placeholderAscent = new float[count];
        placeholderDescent = new float[count];
        count = 0;
        for (int i = 0; i < styleOf.Length; i++)
        {
            if (placeholderSpans[styleOf[i]])
            {
                placeholderCps[count++] = i;
                advances[i] = 0;
            }
        }
    }

    private bool IsPlaceholder(int cp) => placeholderSpans.Length > 0 && placeholderSpans[styleOf[cp]];

    /// <summary>Raises a line's ascent and descent for the placeholders in code points [start, end).</summary>
    private void IncludePlaceholders(int start, int end, ref float ascent, ref float descent)
    {
        for (int k = 0; k < placeholderCps.Length; k++)
        {
            int cp = placeholderCps[k];
            if (cp >= start && cp < end)
            {
                ascent = Math.Max(ascent, placeholderAscent[k]);
                descent = Math.Max(descent, placeholderDescent[k]);
            }
        }
    }

    /// <summary>Writes the margin-box top-left of each placeholder on the line [start, end) drawn at x with this baseline.</summary>
    private void PlacePlaceholders(float[] positions, int start, int end, float x, float baseline)
    {
        for (int k = 0; k < placeholderCps.Length; k++)
        {
            int cp = placeholderCps[k];
            if (cp >= start && cp < end)
            {
                positions[2 * k] = x + Width(start, cp) + LeadOf(cp);
                positions[(2 * k) + 1] = baseline - placeholderAscent[k];
            }
        }
    }
}
