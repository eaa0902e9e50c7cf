namespace Sparrow.Text;

/// <summary>UTF-16 range [Start, Start + Length) of a <see cref="StyledText"/> and the computed style of its inline box.</summary>
public readonly record struct StyledSpan(int Start, int Length, TextStyle Style);
