namespace Sparrow.Css;

/// <summary>
/// A complex selector: compounds from left to right with the combinator between each pair
/// (<c>Combinators[i]</c> joins <c>Compounds[i]</c> and <c>Compounds[i + 1]</c>). Matching runs
/// right to left, as every browser engine does. <see cref="Specificity"/> is packed a·2²⁰ + b·2¹⁰ + c
/// (Selectors 4 §17).
/// </summary>
public sealed record ComplexSelector(SimpleSelector[][] Compounds, Combinator[] Combinators, int Specificity, PseudoElement PseudoElement)
{
    /// <summary>The rightmost compound: the one that must match the subject element.</summary>
    public SimpleSelector[] Subject => Compounds[^1];
}
