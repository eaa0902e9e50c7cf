namespace Sparrow.Css;

/// <summary>The simple selectors WXSS supports (Selectors 4 §5–§14, plus :host from CSS Scoping 1 §3.2).</summary>
public enum SimpleSelectorKind : byte
{
    Type,
    Universal,
    Class,
    Id,
    Attribute,
    FirstChild,
    LastChild,
    OnlyChild,
    FirstOfType,
    LastOfType,
    OnlyOfType,
    NthChild,
    NthLastChild,
    NthOfType,
    NthLastOfType,
    Empty,
    Root,
    Not,

    /// <summary><c>:is()</c> (and <c>:where()</c>, which differs only in specificity).</summary>
    Is,

    /// <summary><c>:host</c>: the host element of the component whose stylesheet holds the rule.</summary>
    Host,

    /// <summary><c>:host(compound)</c>.</summary>
    HostFunction,

    /// <summary>A user-action or form state (<c>:hover</c>, <c>:active</c>, <c>:focus</c>, …): valid, matches nothing in a static style pass.</summary>
    State,
}
