using System.Numerics;
using System.Runtime.InteropServices;
using Sparrow.Core;

namespace Sparrow.Scene;

/// <summary>
/// One CSS box-shadow, drawn as an instanced quad whose fragment shader evaluates a Gaussian-blurred
/// rounded box analytically (no blur pass): exact in x through erf, integrated over a few samples in y.
/// For outer shadows <see cref="Box"/> and <see cref="Radii"/> are the element's border box; for inset
/// ones its padding box and inner radii (where inset shadows are drawn). The shader offsets and spreads
/// the shape and, for outer shadows, cuts the box out, as CSS Backgrounds 3 §7.1 asks
/// (https://www.w3.org/TR/css-backgrounds-3/#shadow-shape).
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = SizeInBytes)]
public struct Shadow
{
    public const int SizeInBytes = 144;

    [FieldOffset(0)]
    public Rect Box;

    [FieldOffset(16)]
    public CornerRadii Radii;

    [FieldOffset(48)]
    public Point Offset;

    /// <summary>The CSS blur radius; the Gaussian's standard deviation is half of it (css-backgrounds-3 §7.1.1).</summary>
    [FieldOffset(56)]
    public float Blur;

    [FieldOffset(60)]
    public float Spread;

    [FieldOffset(64)]
    public Color Color;

    [FieldOffset(68)]
    public ShadowFlags Flags;

    [FieldOffset(72)]
    public Matrix3x2 Transform;

    [FieldOffset(96)]
    public ClipMask Clip;

    public static Shadow Create(Rect box, CornerRadii radii, Point offset, float blur, float spread, Color color, bool inset = false) => new()
    {
        Box = box,
        Radii = radii,
        Offset = offset,
        Blur = blur,
        Spread = spread,
        Color = color,
        Flags = inset ? ShadowFlags.Inset : ShadowFlags.None,
        Transform = Matrix3x2.Identity,
        Clip = ClipMask.None,
    };

    public readonly bool IsInset => (Flags & ShadowFlags.Inset) != 0;

    /// <summary>Where the shadow can paint, in local space: the spread shape grown by three standard deviations.</summary>
    public readonly Rect PaintBounds
    {
        get
        {
            if (IsInset)
            {
                return Box;
            }

            var grow = Spread + (1.5f * Blur);
            return new Rect(Box.X + Offset.X - grow, Box.Y + Offset.Y - grow, Box.Width + (2 * grow), Box.Height + (2 * grow));
        }
    }
}
