using System.Numerics;
using Sparrow.Core;

namespace Sparrow.Scene;

/// <summary>
/// A clip that a layer applies when it is composited: a rounded rectangle in its own (local) space,
/// reached from target pixels through <see cref="ToLocal"/>. <see cref="SceneBuilder"/> makes one for a
/// clip pushed under a rotation or skew, which neither a scissor nor the per-instance mask (both in
/// target pixels, axis-aligned) can express: the clipped content draws offscreen, and the composite
/// keeps what lies inside the rotated shape, anti-aliased (WebRender's clip mask, in one pass).
/// </summary>
public readonly record struct LayerMask(Rect Rect, CornerRadii Radii, Matrix3x2 ToLocal)
{
    /// <summary>Whether the layer has a mask at all (an opacity group has none).</summary>
    public bool IsSet => !Rect.IsEmpty;

    /// <summary>
    /// The same mask after its content moved by (<paramref name="dx"/>, <paramref name="dy"/>) target
    /// pixels (a host shifting a finished scene, e.g. under a navigation bar, moves masks with it).
    /// </summary>
    public LayerMask Moved(float dx, float dy) =>
        IsSet ? this with { ToLocal = Matrix3x2.CreateTranslation(-dx, -dy) * ToLocal } : this;
}
