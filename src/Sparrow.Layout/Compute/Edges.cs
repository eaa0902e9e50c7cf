using System;
using System.Runtime.CompilerServices;

namespace Sparrow.Layout;

/// <summary>Resolved physical edge values (margin, border, padding, insets) with flex-relative accessors.</summary>
internal struct Edges
{
    public float Left;
    public float Right;
    public float Top;
    public float Bottom;

    public Edges(float left, float right, float top, float bottom)
    {
        Left = left;
        Right = right;
        Top = top;
        Bottom = bottom;
    }

    public readonly float Horizontal => Left + Right;

    public readonly float Vertical => Top + Bottom;

    public readonly Size2 Sum => new(Horizontal, Vertical);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly float MainSum(bool row) => row ? Horizontal : Vertical;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly float CrossSum(bool row) => row ? Vertical : Horizontal;

    /// <summary>The physical start edge of an axis (left or top); flex reversal is handled by the caller.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly float MainStart(bool row) => row ? Left : Top;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly float MainEnd(bool row) => row ? Right : Bottom;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly float CrossStart(bool row) => row ? Top : Left;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly float CrossEnd(bool row) => row ? Bottom : Right;

    /// <summary>True when both hold the same four values, bit for bit.</summary>
    public static bool SameBits(Edges a, Edges b) =>
        BitConverter.SingleToInt32Bits(a.Left) == BitConverter.SingleToInt32Bits(b.Left)
        && BitConverter.SingleToInt32Bits(a.Right) == BitConverter.SingleToInt32Bits(b.Right)
        && BitConverter.SingleToInt32Bits(a.Top) == BitConverter.SingleToInt32Bits(b.Top)
        && BitConverter.SingleToInt32Bits(a.Bottom) == BitConverter.SingleToInt32Bits(b.Bottom);

    public static Edges operator +(Edges a, Edges b) => new(a.Left + b.Left, a.Right + b.Right, a.Top + b.Top, a.Bottom + b.Bottom);

    /// <summary>Margins: percentages of the containing block's width on all four edges (CSS 2 §8.3); auto counts as 0.</summary>
    public static Edges Margin(in LayoutStyle s, float basisWidth) => new(
        s.MarginLeft.ResolveOrZero(basisWidth), s.MarginRight.ResolveOrZero(basisWidth),
        s.MarginTop.ResolveOrZero(basisWidth), s.MarginBottom.ResolveOrZero(basisWidth));

    /// <summary>Padding: percentages of the containing block's width on all four edges (CSS 2 §8.4).</summary>
    public static Edges Padding(in LayoutStyle s, float basisWidth) => new(
        s.PaddingLeft.ResolveOrZero(basisWidth), s.PaddingRight.ResolveOrZero(basisWidth),
        s.PaddingTop.ResolveOrZero(basisWidth), s.PaddingBottom.ResolveOrZero(basisWidth));

    public static Edges Border(in LayoutStyle s, float basisWidth) => new(
        s.BorderLeft.ResolveOrZero(basisWidth), s.BorderRight.ResolveOrZero(basisWidth),
        s.BorderTop.ResolveOrZero(basisWidth), s.BorderBottom.ResolveOrZero(basisWidth));

    /// <summary>Insets resolved against the containing block; auto stays NaN.</summary>
    public static Edges Inset(in LayoutStyle s, float basisWidth, float basisHeight) => new(
        s.InsetLeft.Resolve(basisWidth), s.InsetRight.Resolve(basisWidth),
        s.InsetTop.Resolve(basisHeight), s.InsetBottom.Resolve(basisHeight));
}
