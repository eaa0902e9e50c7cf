namespace Sparrow.Scene;

/// <summary>Which gradient a <see cref="Gradient"/> is; read by gradient.frag.glsl.</summary>
public enum GradientKind : uint
{
    /// <summary><see cref="Gradient.Start"/> to <see cref="Gradient.End"/> (the gradient line, css-images-3 §3.1).</summary>
    Linear = 0,

    /// <summary>An ellipse centred on <see cref="Gradient.Start"/> with radii <see cref="Gradient.End"/> (the ending shape, §3.2).</summary>
    Radial = 1,
}
