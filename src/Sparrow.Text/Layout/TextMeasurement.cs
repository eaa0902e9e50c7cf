namespace Sparrow.Text;

/// <summary>What layout needs of a paragraph at one width (px).</summary>
public readonly record struct TextMeasurement(float Width, float Height, float FirstBaseline, int LineCount);
