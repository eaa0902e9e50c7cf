namespace Sparrow.Css;

/// <summary>
/// One token. <see cref="Value"/> is the unescaped name or string (ident, function name without
/// the parenthesis, at-keyword and hash without their sigil, string and url contents); for a
/// dimension it is the unit. <see cref="Start"/>/<see cref="Length"/> locate the source text.
/// </summary>
internal readonly record struct CssToken(CssTokenKind Kind, int Start, int Length, string Value, double Number, bool IsInteger, bool IsIdHash, char Delim)
{
    public bool Is(CssTokenKind kind) => Kind == kind;

    public bool IsIdent(string name) => Kind == CssTokenKind.Ident && string.Equals(Value, name, System.StringComparison.OrdinalIgnoreCase);

    public bool IsDelim(char c) => Kind == CssTokenKind.Delim && Delim == c;

    public override string ToString() => Kind switch
    {
        CssTokenKind.Delim => $"Delim({Delim})",
        CssTokenKind.Number or CssTokenKind.Percentage => $"{Kind}({Number})",
        CssTokenKind.Dimension => $"Dimension({Number}{Value})",
        _ => Value.Length > 0 ? $"{Kind}({Value})" : Kind.ToString(),
    };
}
