using System;

namespace Sparrow.Scene;

/// <summary>Bits of <see cref="Gradient.Flags"/>; read by gradient.frag.glsl.</summary>
[Flags]
public enum GradientFlags : uint
{
    None = 0,

    /// <summary>
    /// <c>repeating-linear-gradient()</c> / <c>repeating-radial-gradient()</c> (css-images-3 §3.3): the
    /// stops span exactly one period, 0..1 on the gradient line, and the shader repeats it (t mod 1)
    /// instead of extending the end colors.
    /// </summary>
    Repeating = 1,
}
