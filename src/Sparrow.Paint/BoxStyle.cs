using Sparrow.Css;
using Sparrow.Dom;

namespace Sparrow.Paint;

/// <summary>Small reads of a box's computed style that <see cref="Painter"/> and the embedder's hit-testing share.</summary>
public static class BoxStyle
{
    /// <summary>The computed font size in CSS px (16 when it is not a length).</summary>
    public static float FontSize(ComputedStyleStore styles, int node)
    {
        var v = styles.Get(CssProperties.FontSize, node);
        return v.Kind == CssValueKind.Dimension ? v.Number : 16;
    }

    /// <summary>
    /// The element whose computed style a box uses: the node itself, or for a text node its nearest
    /// element ancestor (fragments skipped); <paramref name="fallback"/> when it has none.
    /// </summary>
    public static int ElementOf(NodeStore store, int node, int fallback)
    {
        if (store.Kind[node] != NodeKind.Text)
        {
            return node;
        }

        var p = store.Parent[node];
        while (p >= 0 && store.Kind[p] == NodeKind.Fragment)
        {
            p = store.Parent[p];
        }

        return p < 0 ? fallback : p;
    }

    /// <summary>
    /// css-overflow-3 §3: any value but visible clips that axis (<c>clip</c> on one axis with
    /// <c>visible</c> on the other clips that axis only).
    /// </summary>
    public static (bool X, bool Y) OverflowClips(ComputedStyleStore styles, int node) =>
        (styles.Get(CssProperties.OverflowX, node).Text is not (null or "visible"),
         styles.Get(CssProperties.OverflowY, node).Text is not (null or "visible"));
}
