namespace Sparrow.Layout;

/// <summary>
/// The question layout asks a leaf. Sizes are of the content box; NaN means "not known".
/// Available sizes follow <see cref="AvailableSpace"/>: a finite value, or ±infinity for max-/min-content.
/// </summary>
public readonly record struct MeasureInput(float KnownWidth, float KnownHeight, float AvailableWidth, float AvailableHeight)
{
    /// <summary>
    /// For a leaf with in-flow children (an inline formatting context of text and atomic inline boxes):
    /// the children's sizes, one placeholder each, and where the measure is to write their positions.
    /// Null for a plain leaf.
    /// </summary>
    public InlinePlaceholders? Placeholders { get; init; }
}
