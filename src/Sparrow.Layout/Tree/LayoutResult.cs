using System.Runtime.InteropServices;
using Sparrow.Core;

namespace Sparrow.Layout;

/// <summary>
/// One node's box, the hot part of its layout output: one element of the embedder's output column (32 bytes),
/// written for every box a pass places. Positions are of the border box, relative to the parent's border box,
/// in CSS pixels, before rounding; <see cref="Rounded"/> is the same box snapped to device pixels by
/// <see cref="LayoutEngine"/> (absolute edges rounded, then made relative again, so neighbours never gap).
/// The rest of the output is elsewhere: resolved margin, border, padding and static position in the cold
/// <see cref="LayoutEdges"/> column (<see cref="ILayoutTree.Edges"/>), written only when they can have
/// changed; content size and first baseline with the last full layout's answer in the node's
/// <see cref="LayoutCache"/> (<see cref="LayoutCache.ContentWidth"/>, <see cref="LayoutCache.Baseline"/>).
/// </summary>
[StructLayout(LayoutKind.Sequential)]
public struct LayoutResult
{
    public float X;
    public float Y;
    public float Width;
    public float Height;

    /// <summary>The border box after pixel snapping, relative to the parent's rounded border box.</summary>
    public Rect Rounded;

    public readonly Rect Box => new(X, Y, Width, Height);
}
