namespace Sparrow.Layout;

/// <summary>A leaf's content-box size and its first baseline from the content-box top (NaN: none, use the bottom edge).</summary>
public readonly record struct MeasureResult(float Width, float Height, float Baseline)
{
    public MeasureResult(float width, float height)
        : this(width, height, float.NaN)
    {
    }
}
