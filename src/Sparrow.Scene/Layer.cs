using Sparrow.Core;

namespace Sparrow.Scene;

/// <summary>
/// An opacity group (CSS <c>opacity</c> below 1): its items are drawn into an offscreen target that is
/// then composited with <see cref="Opacity"/>. <see cref="Bounds"/> is a conservative bound in target
/// pixels (the scissor in force when the layer began), so the renderer may limit the offscreen work.
/// Transforms alone never make a layer; they are baked into each primitive.
/// </summary>
public readonly record struct Layer(float Opacity, Rect Bounds);
