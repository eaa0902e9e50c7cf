using System.Numerics;
using System.Runtime.InteropServices;
using Sparrow.Core;

namespace Sparrow.Scene;

/// <summary>
/// A box: background, rounded corners and borders, drawn as one instanced unit quad whose fragment
/// shader evaluates a signed distance field (quad.vert.glsl / quad.frag.glsl read this layout byte
/// for byte; <c>QuadLayoutTests</c> and the Gpu stage's instance layout tests keep them in step).
/// Bounds, radii and widths are in the primitive's local space; <see cref="Transform"/> maps it to the
/// target and <see cref="Clip"/> is in target pixels. <see cref="SceneBuilder"/> fills those two.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = SizeInBytes)]
public struct Quad
{
    public const int SizeInBytes = 160;

    /// <summary>The border box.</summary>
    [FieldOffset(0)]
    public Rect Bounds;

    [FieldOffset(16)]
    public CornerRadii Radii;

    [FieldOffset(48)]
    public BorderWidths BorderWidths;

    /// <summary>Painted under the border, clipped to the outer (border-box) shape: CSS's default <c>background-clip</c>.</summary>
    [FieldOffset(64)]
    public Color Background;

    [FieldOffset(68)]
    public Color BorderTop;

    [FieldOffset(72)]
    public Color BorderRight;

    [FieldOffset(76)]
    public Color BorderBottom;

    [FieldOffset(80)]
    public Color BorderLeft;

    [FieldOffset(84)]
    public BorderStyles BorderStyles;

    [FieldOffset(88)]
    public Matrix3x2 Transform;

    [FieldOffset(112)]
    public ClipMask Clip;

    /// <summary>A filled box without border.</summary>
    public static Quad Fill(Rect bounds, Color background, CornerRadii radii = default) => new()
    {
        Bounds = bounds,
        Radii = radii,
        Background = background,
        Transform = Matrix3x2.Identity,
        Clip = ClipMask.None,
    };

    /// <summary>This quad with the same border width, color and style on every side.</summary>
    public readonly Quad WithBorder(float width, Color color, BorderStyle style = BorderStyle.Solid)
    {
        var q = this;
        q.BorderWidths = BorderWidths.Uniform(width);
        q.BorderTop = q.BorderRight = q.BorderBottom = q.BorderLeft = color;
        q.BorderStyles = BorderStyles.Uniform(style);
        return q;
    }
}
