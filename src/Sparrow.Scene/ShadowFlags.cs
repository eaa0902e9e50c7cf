using System;

namespace Sparrow.Scene;

/// <summary>Bits of <see cref="Shadow.Flags"/>; read by shadow.vert.glsl and shadow.frag.glsl.</summary>
[Flags]
public enum ShadowFlags : uint
{
    None = 0,

    /// <summary>An <c>inset</c> box-shadow: drawn inside the padding box edge, not outside the border box.</summary>
    Inset = 1,
}
