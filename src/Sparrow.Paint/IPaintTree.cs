using Sparrow.Core;
using Sparrow.Layout;
using Sparrow.Text;

namespace Sparrow.Paint;

/// <summary>
/// What Paint walks: the laid-out box tree, keyed by the node store's slot indices (so a node's
/// computed style, tag and attributes are found by the same index). Children are the box tree's
/// children in document order (fragments and virtual hosts already flattened, display:none left
/// out), exactly the children layout saw. The embedder (Sparrow.Host) implements it over the same
/// struct it hands to <c>LayoutEngine.Compute</c>.
/// </summary>
public interface IPaintTree
{
    /// <summary>Number of box children of <paramref name="node"/>.</summary>
    int ChildCount(int node);

    /// <summary>The <paramref name="index"/>-th box child of <paramref name="node"/> (a node store slot index).</summary>
    int GetChild(int node, int index);

    /// <summary>The node's layout result: border box relative to its parent box's border box, in CSS px.</summary>
    ref readonly LayoutResult Box(int node);

    /// <summary>The node's resolved margin, border and padding, in CSS px.</summary>
    ref readonly LayoutEdges BoxEdges(int node);

    /// <summary>
    /// For a text leaf (a text node, or an element laid out as one paragraph), its text laid out at
    /// the content width layout gave it, positioned relative to the leaf's content box; else null.
    /// </summary>
    TextLayout? Text(int node);

    /// <summary>
    /// For a text leaf whose paragraph has spans (one per text node of an inline formatting
    /// context), the node whose computed style paints span <paramref name="span"/>
    /// (<see cref="GlyphRun.StyleIndex"/>): color, text decorations and visibility. −1 when the
    /// leaf's own element paints it (a one-style leaf, or <see cref="GlyphRun.BlockStyle"/>).
    /// Decorations of the elements between that node and the leaf apply to the span alone; those of
    /// the leaf and its ancestors to whole lines.
    /// </summary>
    int SpanElement(int node, int span);

    /// <summary>
    /// How far the node's box, and everything painted in it, is moved from its layout position, in
    /// CSS px: what native components do on top of layout (a scroll-view's children move by minus
    /// its scroll offset; a swiper's items by their slide position). Zero for most boxes. Hit-testing
    /// reads the same value, so what moves on screen moves under the finger.
    /// </summary>
    Point PaintOffset(int node);

    /// <summary>
    /// Whether the node clips its children to its padding box as a native component does
    /// (scroll-view, swiper), whatever its <c>overflow</c>.
    /// </summary>
    bool ClipsContent(int node);
}
