namespace Sparrow.Layout;

/// <summary>
/// The question layout asks a leaf. Sizes are of the content box; NaN means "not known".
/// Available sizes follow <see cref="AvailableSpace"/>: a finite value, or ±infinity for max-/min-content.
/// </summary>
public readonly record struct MeasureInput(float KnownWidth, float KnownHeight, float AvailableWidth, float AvailableHeight);
