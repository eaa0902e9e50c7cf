using Sparrow.Core;

namespace Sparrow.Scene;

/// <summary>
/// An offscreen group: its items are drawn into an offscreen target that is then composited with
/// <see cref="Opacity"/> (CSS <c>opacity</c> below 1) and, when set, through <see cref="Mask"/> (a clip
/// under a rotation or skew). <see cref="Bounds"/> is a conservative bound in target pixels (the
/// scissor in force when the layer began), so the renderer may limit the offscreen work. Transforms
/// alone never make a layer; they are baked into each primitive.
/// </summary>
public readonly record struct Layer(float Opacity, Rect Bounds)
{
    /// <summary>The rotated or skewed clip applied when compositing; unset for an opacity group.</summary>
    public LayerMask Mask { get; init; }
}
