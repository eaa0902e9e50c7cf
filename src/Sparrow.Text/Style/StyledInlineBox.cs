namespace Sparrow.Text;

/// <summary>
/// An inline box of a <see cref="StyledText"/> whose start and end edges (margin + border + padding,
/// CSS 2 §9.4.2 and §10.3.1) take room in its lines: spans [<see cref="FirstSpan"/>,
/// <see cref="EndSpan"/>) are its content (none for an empty box). <see cref="Start"/> (CSS px,
/// non-negative) is unbreakable width glued before the first code point of its content,
/// <see cref="End"/> after the last (css-break-3 <c>box-decoration-break: slice</c>: only the first
/// fragment has the start edge, only the last the end edge). An empty box is glued, whole, before the
/// code point that follows it (after the last one at the paragraph's end). <see cref="Parent"/> is the
/// index of the enclosing box in <see cref="StyledText.InlineBoxes"/> (boxes come in document order,
/// so it is smaller), or -1. <see cref="Style"/> is the box's own text style, whose primary font gives
/// its content area (<see cref="InlineBoxFragment.Top"/>). <see cref="Tag"/> is the embedder's id for
/// the box, carried to its fragments.
/// </summary>
public readonly record struct StyledInlineBox(int FirstSpan, int EndSpan, float Start, float End, int Parent, TextStyle Style, int Tag);
