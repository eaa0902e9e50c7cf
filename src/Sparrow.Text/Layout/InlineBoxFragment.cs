namespace Sparrow.Text;

/// <summary>
/// The part of an inline box (<see cref="StyledInlineBox"/>) on one line, in px from the paragraph's
/// top-left: <see cref="Left"/> and <see cref="Right"/> bound its content on that line (inside its own
/// start edge on its <see cref="First"/> fragment and inside its end edge on its <see cref="Last"/>), so
/// the embedder adds its padding, border and margin outward on those sides only.
/// <see cref="Top"/> and <see cref="Bottom"/> are its content area: the line's baseline less the ascent
/// and plus the descent of the box's primary font, rounded as the line box's are; vertical padding and
/// borders go outside them without changing the line's height (CSS 2 §10.8.1). <see cref="OuterLeft"/> and
/// <see cref="OuterRight"/> include the edges on those sides: the room the fragment takes in its line, which an
/// enclosing inline box's fragment covers.
/// </summary>
public readonly record struct InlineBoxFragment(int Box, int Tag, int Line, float Left, float Right, float Top, float Bottom, bool First, bool Last)
{
    public float OuterLeft { get; init; } = Left;

    public float OuterRight { get; init; } = Right;
}
