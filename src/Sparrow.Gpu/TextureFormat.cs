namespace Sparrow.Gpu;

/// <summary>Texel formats the renderer stores.</summary>
public enum TextureFormat : byte
{
    /// <summary>Four bytes per texel, premultiplied alpha: images and the color atlas.</summary>
    Rgba8 = 0,

    /// <summary>One byte of coverage per texel: the glyph atlas.</summary>
    R8 = 1,
}
