namespace Sparrow.Css;

/// <summary>Selectors 4 §16: how a compound relates to the one on its left.</summary>
public enum Combinator : byte
{
    Descendant,
    Child,
    NextSibling,
    SubsequentSibling,
}
