using System;

namespace Sparrow.Css;

/// <summary>
/// One row of the property table (<see cref="CssProperties"/>): everything the parser, the cascade,
/// the computed-style columns and the layout adapter need to know about a longhand.
/// <see cref="Id"/> is the row index and the computed-style column index.
/// </summary>
public sealed class CssProperty
{
    internal CssProperty(int id, string name, ValueGrammar grammar, string initial, bool inherited, PropertyEffects effects, bool animatable, string[] keywords, bool nonNegative)
    {
        Id = id;
        Name = name;
        Grammar = grammar;
        InitialText = initial;
        Inherited = inherited;
        Effects = effects;
        Animatable = animatable;
        Keywords = keywords;
        NonNegative = nonNegative;
    }

    public int Id { get; }

    public string Name { get; }

    public ValueGrammar Grammar { get; }

    /// <summary>The initial value as CSS text, parsed once by the table.</summary>
    public string InitialText { get; }

    /// <summary>The initial value, as a computed value.</summary>
    public CssValue Initial { get; internal set; }

    public bool Inherited { get; }

    public PropertyEffects Effects { get; }

    public bool Animatable { get; }

    /// <summary>Keywords the grammar accepts besides its main type; the strings values point at.</summary>
    public string[] Keywords { get; }

    /// <summary>Negative lengths and numbers are invalid (padding, widths, flex factors).</summary>
    public bool NonNegative { get; }

    /// <summary>The table's own copy of <paramref name="keyword"/> (lower-cased), or null when the property does not accept it.</summary>
    public string? FindKeyword(string keyword)
    {
        // Chromium parses these legacy -webkit- keywords as aliases (css_value_keywords.json5).
        keyword = keyword.ToLowerInvariant() switch
        {
            "-webkit-flex" => "flex",
            "-webkit-inline-flex" => "inline-flex",
            "-webkit-fit-content" => "fit-content",
            "-webkit-min-content" => "min-content",
            "-webkit-max-content" => "max-content",
            _ => keyword,
        };
        foreach (var k in Keywords)
        {
            if (string.Equals(k, keyword, StringComparison.OrdinalIgnoreCase))
            {
                return k;
            }
        }

        return null;
    }

    public override string ToString() => Name;
}
