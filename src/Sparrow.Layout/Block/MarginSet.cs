using System;

namespace Sparrow.Layout;

/// <summary>
/// Adjoining vertical margins being collapsed (CSS 2 §8.3.1): "the maximum of the adjoining margins …
/// In the case of negative margins, the maximum of the absolute values of the negative adjoining
/// margins is deducted from the maximum of the positive adjoining margins."
/// </summary>
internal readonly record struct MarginSet(float Positive, float Negative)
{
    public static MarginSet Of(float margin) => margin >= 0 ? new(margin, 0) : new(0, margin);

    public float Collapsed => Positive + Negative;

    public MarginSet With(MarginSet other) => new(Math.Max(Positive, other.Positive), Math.Min(Negative, other.Negative));

    public MarginSet With(float margin) => With(Of(margin));
}
