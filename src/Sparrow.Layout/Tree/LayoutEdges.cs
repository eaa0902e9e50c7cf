using System.Runtime.InteropServices;

namespace Sparrow.Layout;

/// <summary>
/// The cold part of one node's layout output, one element of the embedder's second output column (56 bytes):
/// the resolved margin, border and padding (CSS px) and, for an absolutely positioned box, its static position.
/// Placing a box writes its edges only when they can differ from what the column holds: the node's style
/// changed since (a <see cref="LayoutCache.Clear"/>), the percentage basis (the parent's inner width) differs
/// from the one they were resolved against, or its used margin is not its style's (auto margins, the right
/// margin of an over-constrained block, a block beside floats), which depends on more than the two.
/// So a pass that lays a node out again with the same style and basis does not touch it.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
public struct LayoutEdges
{
    public float MarginLeft;
    public float MarginRight;
    public float MarginTop;
    public float MarginBottom;

    /// <summary>Border widths: the style's, which are never percentages (zero where the border style is none).</summary>
    public float BorderLeft;
    public float BorderRight;
    public float BorderTop;
    public float BorderBottom;
    public float PaddingLeft;
    public float PaddingRight;
    public float PaddingTop;
    public float PaddingBottom;

    /// <summary>
    /// For an absolutely positioned box: its static position (CSS 2 §10.3.7), the top-left of the margin
    /// box it would have had in flow, relative to the parent's border box. Written by the parent's
    /// layout, read by the containing block's, which may be a further ancestor.
    /// </summary>
    public float StaticX;
    public float StaticY;
}
