namespace Sparrow.Layout;

/// <summary>CSS <c>clear</c> (CSS 2 §9.5.2): which earlier floats of the same formatting context a block box must be below.</summary>
public enum Clear : byte
{
    None = 0,
    Left,
    Right,
    Both,
}
