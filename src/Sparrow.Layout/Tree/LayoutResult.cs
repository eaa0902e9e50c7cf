using System.Runtime.InteropServices;
using Sparrow.Core;

namespace Sparrow.Layout;

/// <summary>
/// One node's layout output, one element of the embedder's output column (100 bytes).
/// Positions are of the border box, relative to the parent's border box, in CSS pixels, before
/// rounding; <see cref="Rounded"/> is the same box snapped to device pixels by <see cref="LayoutEngine"/>
/// (absolute edges rounded, then made relative again, so neighbours never gap).
/// </summary>
[StructLayout(LayoutKind.Sequential)]
public struct LayoutResult
{
    public float X;
    public float Y;
    public float Width;
    public float Height;

    /// <summary>Size of the scrollable overflow (content box plus children), at least the padding box.</summary>
    public float ContentWidth;

    public float ContentHeight;

    /// <summary>First baseline, from the top of the border box; NaN when the box has none.</summary>
    public float Baseline;

    public float MarginLeft;
    public float MarginRight;
    public float MarginTop;
    public float MarginBottom;
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

    /// <summary>The border box after pixel snapping, relative to the parent's rounded border box.</summary>
    public Rect Rounded;

    public readonly Rect Box => new(X, Y, Width, Height);
}
