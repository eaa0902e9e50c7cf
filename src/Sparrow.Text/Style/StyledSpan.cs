namespace Sparrow.Text;

/// <summary>UTF-16 range [Start, Start + Length) of a <see cref="StyledText"/> and the computed style of its inline box.</summary>
public readonly record struct StyledSpan(int Start, int Length, TextStyle Style)
{
    /// <summary>
    /// The span is one U+FFFC standing for an atomic inline box (inline-block, image) of the inline
    /// formatting context; its size comes from layout (<see cref="Paragraph.SetPlaceholders"/>) and
    /// <see cref="Style"/> is its parent inline box's.
    /// </summary>
    public bool IsPlaceholder { get; init; }
}
