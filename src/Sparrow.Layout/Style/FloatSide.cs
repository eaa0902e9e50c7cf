namespace Sparrow.Layout;

/// <summary>
/// CSS <c>float</c> (CSS 2 §9.5.1). Ignored on flex items and absolutely positioned boxes, whose
/// computed float is none (CSS 2 §9.7, css-flexbox-1 §3).
/// </summary>
public enum FloatSide : byte
{
    None = 0,
    Left,
    Right,
}
