using System;
using System.Numerics;
using System.Runtime.InteropServices;
using Sparrow.Core;

namespace Sparrow.Scene;

/// <summary>
/// A linear or radial gradient filling a (rounded) box, as one instanced quad. Colors are interpolated
/// in premultiplied sRGB as css-images-4 §3.5.2 asks; positions outside the first and last stop take
/// their color, unless <see cref="Flags"/> says <see cref="GradientFlags.Repeating"/>, when the 0..1
/// range repeats. Up to <see cref="GradientStops.Capacity"/> stops are stored inline;
/// longer gradients (<see cref="SceneBuilder.AddGradient(GradientKind, Rect, Point, Point, System.ReadOnlySpan{float}, System.ReadOnlySpan{Color}, CornerRadii, GradientFlags)"/>)
/// refer to a <see cref="GradientRamp"/> by <see cref="Ramp"/>, which the renderer uploads as a row of its stop texture.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = SizeInBytes)]
public struct Gradient
{
    public const int SizeInBytes = 192;

    [FieldOffset(0)]
    public Rect Bounds;

    [FieldOffset(16)]
    public CornerRadii Radii;

    /// <summary>Linear: the gradient line's start; radial: the centre. Local space.</summary>
    [FieldOffset(48)]
    public Point Start;

    /// <summary>Linear: the gradient line's end; radial: the ellipse's radii (x, y).</summary>
    [FieldOffset(56)]
    public Point End;

    [FieldOffset(64)]
    public GradientKind Kind;

    [FieldOffset(68)]
    public int StopCount;

    [FieldOffset(72)]
    public GradientStops Stops;

    [FieldOffset(104)]
    public Matrix3x2 Transform;

    [FieldOffset(128)]
    public ClipMask Clip;

    /// <summary>
    /// 0 when the stops are inline, else 1 + an index into <see cref="DisplayList.Ramps"/> (so a default
    /// struct is inline).
    /// </summary>
    [FieldOffset(176)]
    public int Ramp;

    /// <summary>How the stops extend past 0..1. Bytes 184..192 are padding.</summary>
    [FieldOffset(180)]
    public GradientFlags Flags;

    public readonly bool IsRepeating => (Flags & GradientFlags.Repeating) != 0;

    public static Gradient Linear(Rect bounds, Point start, Point end, ReadOnlySpan<float> offsets, ReadOnlySpan<Color> colors, CornerRadii radii = default) =>
        Create(GradientKind.Linear, bounds, start, end, offsets, colors, radii);

    public static Gradient Radial(Rect bounds, Point center, Point radii, ReadOnlySpan<float> offsets, ReadOnlySpan<Color> colors, CornerRadii cornerRadii = default) =>
        Create(GradientKind.Radial, bounds, center, radii, offsets, colors, cornerRadii);

    private static Gradient Create(GradientKind kind, Rect bounds, Point start, Point end, ReadOnlySpan<float> offsets, ReadOnlySpan<Color> colors, CornerRadii radii)
    {
        if (offsets.Length != colors.Length || offsets.Length is 0 or > GradientStops.Capacity)
        {
            ThrowHelper.Argument(nameof(offsets), $"A gradient needs 1 to {GradientStops.Capacity} stops with one color each.");
        }

        var g = new Gradient
        {
            Bounds = bounds,
            Radii = radii,
            Start = start,
            End = end,
            Kind = kind,
            StopCount = offsets.Length,
            Transform = Matrix3x2.Identity,
            Clip = ClipMask.None,
        };
        for (var i = 0; i < GradientStops.Capacity; i++)
        {
            // Unused slots repeat the last stop so the shader's loop may run over all four.
            var j = Math.Min(i, offsets.Length - 1);
            g.Stops.Set(i, offsets[j], colors[j]);
        }

        return g;
    }
}
