namespace Sparrow.Scene;

/// <summary>What a <see cref="DrawItem"/> refers to: one of the primitive arrays, or a layer boundary.</summary>
public enum PrimitiveKind : byte
{
    Quad = 0,
    Shadow = 1,
    Gradient = 2,
    Glyph = 3,
    Image = 4,

    /// <summary>Start of an opacity group; <see cref="DrawItem.Index"/> is into <see cref="DisplayList.Layers"/>.</summary>
    LayerBegin = 5,

    /// <summary>End of the opacity group begun with the same layer index.</summary>
    LayerEnd = 6,
}
