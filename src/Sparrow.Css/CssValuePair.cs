namespace Sparrow.Css;

/// <summary>
/// The two components of a <see cref="CssValueKind.Pair"/> value, e.g. a corner's horizontal and
/// vertical radius (css-backgrounds-3 §5.1). Compared by value, so restyle sees an unchanged pair as unchanged.
/// </summary>
/// <param name="X">The first (horizontal) component.</param>
/// <param name="Y">The second (vertical) component.</param>
public sealed record CssValuePair(CssValue X, CssValue Y);
