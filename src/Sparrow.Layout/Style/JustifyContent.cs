namespace Sparrow.Layout;

/// <summary>CSS <c>justify-content</c> in a flex container (<c>normal</c> behaves as <c>flex-start</c>).</summary>
public enum JustifyContent : byte
{
    FlexStart = 0,
    FlexEnd,
    Center,
    SpaceBetween,
    SpaceAround,
    SpaceEvenly,
}
