using Sparrow.Paint;

namespace Sparrow.Host.Rendering;

/// <summary>
/// Spans of text leaves: which text node and which element each span of a leaf's paragraph comes
/// from (the span index is <see cref="Sparrow.Text.GlyphRun.StyleIndex"/>), and which span a point
/// falls on, for paint (per-span color and decorations) and for hit-testing.
/// </summary>
public sealed partial class BoxTreeStore
{
    private int[]?[] _spanNodes = [];
    private int[]?[] _spanElements = [];

    /// <summary>Spans of the text leaf <paramref name="leaf"/>'s paragraph (one per text node); 0 when it is no text leaf.</summary>
    public int SpanCount(int leaf) => (uint)leaf < (uint)_spanNodes.Length && _spanNodes[leaf] is { } spans ? spans.Length : 0;

    /// <summary>The text node of span <paramref name="span"/> of <paramref name="leaf"/> (a text-node leaf's only span is itself).</summary>
    public int SpanTextNode(int leaf, int span) => _spanNodes[leaf]![span];

    /// <summary>
    /// The element whose computed style paints span <paramref name="span"/> of <paramref name="leaf"/>:
    /// the text node's nearest element (the leaf itself for text directly in it, an inline
    /// <c>&lt;text&gt;</c> for text inside one). −1 for a span the leaf does not have (the
    /// <see cref="Sparrow.Text.GlyphRun.BlockStyle"/> of an ellipsis or added hyphen).
    /// </summary>
    public int SpanElement(int leaf, int span) =>
        (uint)leaf < (uint)_spanElements.Length && _spanElements[leaf] is { } elements && (uint)span < (uint)elements.Length ? elements[span] : -1;

    /// <summary>
    /// The span of <paramref name="leaf"/>'s laid-out text under the point (<paramref name="x"/>,
    /// <paramref name="y"/>), in CSS px relative to the leaf's border box: the glyph run whose line
    /// holds the point vertically and whose extent (<see cref="TextRunExtent"/>) holds it
    /// horizontally. −1 when the point is over no text (between lines, past a line's end, in the
    /// padding) or the leaf has no laid-out text. Precondition: <see cref="LayOutText"/> ran.
    /// </summary>
    public int SpanAt(int leaf, float x, float y)
    {
        if ((uint)leaf >= (uint)TextLayouts.Length || TextLayouts[leaf] is not { } layout)
        {
            return -1;
        }

        ref readonly var box = ref Edges[leaf];
        var lx = x - box.BorderLeft - box.PaddingLeft;
        var ly = y - box.BorderTop - box.PaddingTop;
        var runs = layout.GlyphRuns;
        var line = 0;
        for (var r = 0; r < runs.Count; r++)
        {
            var (left, right) = TextRunExtent.Of(layout, r, ref line);
            var l = layout.Lines[line];
            if (ly >= l.Top && ly < l.Top + l.Height && lx >= left && lx < right)
            {
                return runs[r].StyleIndex;
            }
        }

        return -1;
    }

    /// <summary>
    /// The element a pointer at (<paramref name="x"/>, <paramref name="y"/>) of the text leaf
    /// <paramref name="leaf"/> (CSS px relative to its border box) is over: the element of the span
    /// there (<see cref="SpanAt"/>, <see cref="SpanElement"/>), else the leaf itself. Hit-testing
    /// uses it inside paragraphs, whose inline elements have no boxes of their own.
    /// </summary>
    public int ElementAt(int leaf, float x, float y)
    {
        var span = SpanAt(leaf, x, y);
        var element = span < 0 ? -1 : SpanElement(leaf, span);
        return EdgeBoxAt(leaf, x, y, span, element < 0 ? leaf : element);
    }
}
