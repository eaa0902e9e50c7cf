using System.Collections.Generic;

namespace Sparrow.Css;

/// <summary>
/// A style rule: its selector list, its declarations in source order, the @media conditions it
/// sits under (all must match), its position in the cascade order of its sheet, and its selector
/// text as written (whitespace normalized), for dumps and diagnostics.
/// </summary>
public sealed record StyleRule(ComplexSelector[] Selectors, CssDeclaration[] Declarations, IReadOnlyList<MediaQueryList> Media, int Order, string SelectorText);
