namespace Sparrow.Layout;

/// <summary>CSS <c>align-content</c> in a flex container; <c>normal</c> behaves as <see cref="Stretch"/>.</summary>
public enum AlignContent : byte
{
    Stretch = 0,
    FlexStart,
    FlexEnd,
    Center,
    SpaceBetween,
    SpaceAround,
    SpaceEvenly,
}
