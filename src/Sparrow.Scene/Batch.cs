namespace Sparrow.Scene;

/// <summary>
/// A run of the draw order the renderer draws with one call: same pipeline (<see cref="Kind"/>), same
/// <see cref="Texture"/> and same <see cref="Scissor"/>; instances <see cref="First"/> ..
/// <see cref="First"/> + <see cref="Count"/> of that kind's array. Blending is premultiplied
/// source-over for every pipeline, so it never splits a batch. For <see cref="PrimitiveKind.LayerBegin"/>
/// and <see cref="PrimitiveKind.LayerEnd"/>, <see cref="First"/> is the layer index and Count is 1.
/// </summary>
public readonly record struct Batch(PrimitiveKind Kind, int First, int Count, TextureId Texture, ushort Scissor);
