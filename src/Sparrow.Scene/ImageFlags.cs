using System;

namespace Sparrow.Scene;

/// <summary>Bits of <see cref="ImageSprite.Flags"/>; read by image.vert.glsl and image.frag.glsl.</summary>
[Flags]
public enum ImageFlags : uint
{
    None = 0,

    /// <summary>
    /// The texture repeats horizontally: <see cref="ImageSprite.Uv"/> may reach outside 0..1 (one
    /// period per unit) and texels are filtered across the seam between tiles, as a browser's
    /// repeating image shader does (a tiled <c>background-image</c>); without it the edge texels clamp.
    /// </summary>
    RepeatX = 1,

    /// <summary>As <see cref="RepeatX"/>, vertically.</summary>
    RepeatY = 2,
}
