using System;

namespace Sparrow.Scene;

/// <summary>Bits of <see cref="Shadow.Flags"/>; read by shadow.vert.glsl and shadow.frag.glsl.</summary>
[Flags]
public enum ShadowFlags : uint
{
    None = 0,

    /// <summary>An <c>inset</c> box-shadow: drawn inside the padding box edge, not outside the border box.</summary>
    Inset = 1,

    /// <summary>
    /// The box's background color is opaque: an outer shadow is clipped out by the border box inset by one
    /// device pixel, so it runs under the box's anti-aliased edge (Blink's ClipToBorderEdge).
    /// </summary>
    OpaqueBox = 2,
}
