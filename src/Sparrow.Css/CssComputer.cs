using System;
using System.Collections.Generic;

namespace Sparrow.Css;

/// <summary>
/// Turns cascaded (winning declared) values into computed values (CSS Cascade 4 §4.4): CSS-wide
/// keywords, inheritance, var()/env() substitution, relative units, percentages that resolve
/// against the font size, keywords with numeric computed values, currentcolor. Font size is
/// computed first and color second, because other values depend on them (em, currentcolor).
/// </summary>
internal sealed partial class CssComputer
{
    private const int MaxRememberedSubstitutions = 4096;
    private readonly StyleEnvironment _env;
    private readonly List<CssToken> _tokens = [];
    private readonly List<(CssProperty, CssValue)> _expanded = [];

    // A declaration holding var() substitutes to the same value for the same custom-property map
    // (maps are never changed once computed, and an unchanged map is kept, not replaced: see
    // Cascade.Restyle). Remembering the last map and result per declaration makes a steady-state
    // restyle free of tokenizing, string building and parsing, so of allocation.
    private readonly Dictionary<CssDeclaration, (Dictionary<string, string>? Custom, CssValue Value, bool Ok)> _substituted = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, string> _rpxText = new(StringComparer.Ordinal);

    public CssComputer(StyleEnvironment env) => _env = env;

    /// <summary>
    /// Computes every property of one element (or pseudo-element) into <paramref name="output"/>.
    /// <paramref name="parent"/> holds the parent's computed values (the initial values for the root).
    /// </summary>
    public void Compute(
        ReadOnlySpan<CssDeclaration?> winners,
        Dictionary<string, string>? declaredCustom,
        Func<int, CssValue> parent,
        Dictionary<string, string>? parentCustom,
        float rootFontSize,
        Span<CssValue> output,
        out Dictionary<string, string>? custom)
    {
        custom = ResolveCustom(declaredCustom, parentCustom);
        var fontSize = CssProperties.FontSize.Id;
        var color = CssProperties.ColorProperty.Id;
        var parentFontSize = parent(fontSize).Number;

        output[fontSize] = ComputeOne(CssProperties.FontSize, winners[fontSize], parent, custom, parentFontSize, parentFontSize, rootFontSize, default);
        var fs = output[fontSize].Number;
        output[color] = ComputeOne(CssProperties.ColorProperty, winners[color], parent, custom, fs, parentFontSize, rootFontSize, parent(color));
        var ownColor = output[color];
        foreach (var p in CssProperties.All)
        {
            if (p.Id != fontSize && p.Id != color)
            {
                output[p.Id] = ComputeOne(p, winners[p.Id], parent, custom, fs, parentFontSize, rootFontSize, ownColor);
            }
        }

        // Backgrounds 3 §4.3: a border's computed width is 0 when its style is none or hidden.
        ZeroBorder(output, CssProperties.BorderTopStyle, CssProperties.BorderTopWidth);
        ZeroBorder(output, CssProperties.BorderRightStyle, CssProperties.BorderRightWidth);
        ZeroBorder(output, CssProperties.BorderBottomStyle, CssProperties.BorderBottomWidth);
        ZeroBorder(output, CssProperties.BorderLeftStyle, CssProperties.BorderLeftWidth);
    }

    private static void ZeroBorder(Span<CssValue> output, CssProperty style, CssProperty width)
    {
        if (output[style.Id].IsKeyword("none") || output[style.Id].IsKeyword("hidden"))
        {
            output[width.Id] = CssValue.Px(0);
        }
    }

    private CssValue ComputeOne(CssProperty p, CssDeclaration? declaration, Func<int, CssValue> parent, Dictionary<string, string>? custom, float fontSize, float parentFontSize, float rootFontSize, CssValue currentColor)
    {
        var value = Cascaded(p, declaration, parent, custom, fontSize, parentFontSize, rootFontSize, currentColor);
        if (value.IsKeyword(CssValueParser.CurrentColor))
        {
            // CSS Color 4 §6.4: currentcolor is the element's color; for color itself, the parent's.
            return p == CssProperties.ColorProperty ? parent(p.Id) : currentColor;
        }

        if (p == CssProperties.FontWeight && value.Kind == CssValueKind.Number && value.Number <= 0)
        {
            return CssValue.Num(RelativeWeight(value.Number, parent(p.Id).Number));
        }

        return value;
    }

    private CssValue Cascaded(CssProperty p, CssDeclaration? declaration, Func<int, CssValue> parent, Dictionary<string, string>? custom, float fontSize, float parentFontSize, float rootFontSize, CssValue currentColor)
    {
        if (declaration is null)
        {
            return p.Inherited ? parent(p.Id) : CssInitialValues.Get(p);
        }

        var value = declaration.Value;
        if (value.Kind == CssValueKind.Pending && !TrySubstitute(p, declaration, custom, out value))
        {
            // CSS Variables 1 §3.1: invalid at computed-value time, so the property acts as unset.
            return p.Inherited ? parent(p.Id) : CssInitialValues.Get(p);
        }

        if (value.Kind == CssValueKind.Keyword)
        {
            if (ReferenceEquals(value.Text, CssWide.Inherit) || value.Text == CssWide.Inherit)
            {
                return parent(p.Id);
            }

            if (value.Text == CssWide.Initial)
            {
                return CssInitialValues.Get(p);
            }

            if (value.Text == CssWide.Unset)
            {
                return p.Inherited ? parent(p.Id) : CssInitialValues.Get(p);
            }
        }

        var emBase = p == CssProperties.FontSize ? parentFontSize : fontSize;
        return ComputeValue(p, value, emBase, parentFontSize, rootFontSize, p == CssProperties.ColorProperty ? parent(p.Id) : currentColor);
    }

    /// <summary>Forgets remembered substitutions (their declarations may belong to sheets no longer in use).</summary>
    public void ForgetSubstitutions() => _substituted.Clear();

    /// <summary>Replaces var() and env() in a pending value, then parses it by the property's grammar (or re-expands its shorthand).</summary>
    private bool TrySubstitute(CssProperty p, CssDeclaration declaration, Dictionary<string, string>? custom, out CssValue value)
    {
        if (_substituted.TryGetValue(declaration, out var last) && ReferenceEquals(last.Custom, custom))
        {
            value = last.Value;
            return last.Ok;
        }

        var ok = TrySubstituteUncached(p, declaration, custom, out value);
        if (_substituted.Count >= MaxRememberedSubstitutions)
        {
            // Inline styles bring new declarations with every change; bound what they leave behind.
            _substituted.Clear();
        }

        _substituted[declaration] = (custom, value, ok);
        return ok;
    }

    private bool TrySubstituteUncached(CssProperty p, CssDeclaration declaration, Dictionary<string, string>? custom, out CssValue value)
    {
        value = default;
        var text = Substitute(declaration.Value.Text ?? string.Empty, custom, null);
        if (text is null)
        {
            return false;
        }

        Tokenize(text);
        var tokens = TrimmedTokens();
        if (declaration.PendingShorthand is { } shorthand)
        {
            _expanded.Clear();
            if (!CssShorthands.TryExpand(shorthand, tokens, text, _expanded, out var ok) || !ok)
            {
                return false;
            }

            foreach (var (longhand, v) in _expanded)
            {
                if (longhand == p)
                {
                    value = v;
                    return v.Kind != CssValueKind.Pending;
                }
            }

            return false;
        }

        return CssValueParser.TryParse(p, tokens, text, out value) && value.Kind != CssValueKind.Pending;
    }

    private void Tokenize(string text)
    {
        _tokens.Clear();
        var reader = new CssTokenReader(text);
        for (var t = reader.Read(); t.Kind != CssTokenKind.Eof; t = reader.Read())
        {
            _tokens.Add(t);
        }
    }

    private ReadOnlySpan<CssToken> TrimmedTokens()
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_tokens);
        while (span.Length > 0 && span[0].Kind == CssTokenKind.Whitespace)
        {
            span = span[1..];
        }

        while (span.Length > 0 && span[^1].Kind == CssTokenKind.Whitespace)
        {
            span = span[..^1];
        }

        return span;
    }
}
