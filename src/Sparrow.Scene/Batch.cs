namespace Sparrow.Scene;

/// <summary>
/// A run of the draw order the renderer draws with one call: same pipeline (<see cref="Kind"/>), same
/// <see cref="Texture"/> and same <see cref="Scissor"/>; instances <see cref="First"/> ..
/// <see cref="First"/> + <see cref="Count"/> of that kind's array. Blending is premultiplied
/// source-over for every pipeline, so it never splits a batch. For <see cref="PrimitiveKind.LayerBegin"/>
/// and <see cref="PrimitiveKind.LayerEnd"/>, <see cref="First"/> is the layer index and Count is 1.
/// A <see cref="BatchPlanner"/>'s batch may bind several textures (<see cref="BatchPlanner.TexturesOf"/>;
/// <see cref="Texture"/> is the first) and may be <see cref="Unscissored"/>.
/// </summary>
public readonly record struct Batch(PrimitiveKind Kind, int First, int Count, TextureId Texture, ushort Scissor)
{
    /// <summary>A <see cref="Scissor"/> meaning the whole target: no member of the batch is cut by its own scissor.</summary>
    public const ushort Unscissored = ushort.MaxValue;
}
