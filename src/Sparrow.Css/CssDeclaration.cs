namespace Sparrow.Css;

/// <summary>
/// One declaration after parsing: a longhand with its value, or a custom property
/// (<see cref="CustomName"/> set, <see cref="Value"/> its raw token text). A longhand set by a
/// shorthand whose text holds <c>var()</c> carries the shorthand's name in
/// <see cref="PendingShorthand"/>: the shorthand is expanded again after substitution (CSS Variables 1 §3.2).
/// </summary>
public sealed record CssDeclaration(CssProperty? Property, CssValue Value, bool Important, string? CustomName = null, string? PendingShorthand = null)
{
    public bool IsCustom => CustomName is not null;

    public override string ToString() =>
        $"{CustomName ?? Property?.Name}: {Value.ToCss()}{(Important ? " !important" : string.Empty)}";
}
