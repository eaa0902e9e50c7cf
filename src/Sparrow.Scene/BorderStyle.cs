namespace Sparrow.Scene;

/// <summary>
/// The border styles the renderer draws. Paint maps the others before the scene
/// (<c>none</c>/<c>hidden</c> to a zero width; <c>double</c>, <c>groove</c>, <c>ridge</c>, <c>inset</c>,
/// <c>outset</c> are not drawn yet and fall back to <see cref="Solid"/>).
/// The values are read by quad.frag.glsl: keep them in step.
/// </summary>
public enum BorderStyle : byte
{
    Solid = 0,
    Dashed = 1,
    Dotted = 2,
}
