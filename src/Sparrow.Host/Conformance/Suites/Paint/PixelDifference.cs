using System.Globalization;

namespace Sparrow.Host.Conformance.Suites.Paint;

/// <summary>How far a frame is from one reference: the largest R, G, B difference and the pixels off by more than the noise floor.</summary>
internal readonly record struct PixelDifference(int MaxChannelDiff, int DifferingPixels)
{
    /// <summary>True when these figures are within <paramref name="tolerance"/>.</summary>
    public bool IsWithin(PaintTolerance tolerance) =>
        MaxChannelDiff <= tolerance.MaxChannelDiff && DifferingPixels <= tolerance.MaxDifferingPixels;

    /// <summary>The figures as the report prints them, with the share of the <paramref name="pixels"/> that differ.</summary>
    public string Describe(int pixels) => string.Create(
        CultureInfo.InvariantCulture,
        $"max channel diff {MaxChannelDiff}, {DifferingPixels} pixels differ ({100.0 * DifferingPixels / pixels:0.###} %)");
}
