namespace Sparrow.Core;

/// <summary>A size in CSS pixels.</summary>
public readonly record struct Size(float Width, float Height)
{
    public static Size Zero => default;

    public bool IsEmpty => Width <= 0 || Height <= 0;
}
