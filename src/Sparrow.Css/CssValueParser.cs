using System;
using System.Text;

namespace Sparrow.Css;

/// <summary>
/// Parses a declaration's value tokens by its property's <see cref="ValueGrammar"/> (CSS Values 4).
/// The tokens come without surrounding whitespace and without <c>!important</c>. Values holding
/// <c>var()</c> or <c>env()</c> are kept as <see cref="CssValueKind.Pending"/> text and parsed at
/// computed-value time (CSS Variables 1 §3). Returns false for a value the grammar rejects: the
/// caller drops the declaration, as browsers do.
/// </summary>
internal static partial class CssValueParser
{
    public static bool TryParse(CssProperty property, ReadOnlySpan<CssToken> tokens, string source, out CssValue value)
    {
        value = default;
        if (tokens.Length == 0)
        {
            return false;
        }

        if (ContainsSubstitution(tokens))
        {
            value = new CssValue { Kind = CssValueKind.Pending, Text = Normalize(tokens, source) };
            return true;
        }

        if (TryCssWide(tokens, out value))
        {
            return true;
        }

        if (property.Grammar == ValueGrammar.Raw)
        {
            if (!IsBalanced(tokens))
            {
                return false;
            }

            var text = Normalize(tokens, source);
            var keyword = property.FindKeyword(text);
            value = keyword is not null ? CssValue.Keyword(keyword) : CssValue.Raw(text);
            return true;
        }

        if (property.Grammar == ValueGrammar.TimeList)
        {
            return TryParseTimeList(tokens, out value);
        }

        if (property.Grammar == ValueGrammar.Ratio)
        {
            return TryParseRatio(property, tokens, out value);
        }

        if (property.Grammar == ValueGrammar.CornerRadius && ComponentCount(tokens) == 2)
        {
            return TryParseRadiusPair(property, tokens, out value);
        }

        // Every other grammar is a single component value.
        if (ComponentCount(tokens) != 1)
        {
            return false;
        }

        var t = tokens[0];
        if (t.Kind == CssTokenKind.Ident && property.FindKeyword(t.Value) is { } k)
        {
            value = CssValue.Keyword(k);
            return true;
        }

        return property.Grammar switch
        {
            ValueGrammar.Keyword => false,
            ValueGrammar.Color => TryParseColor(tokens, out value),
            ValueGrammar.Length => TryParseLength(tokens, allowPercent: false, property.NonNegative, out value),
            ValueGrammar.LengthPercentage or ValueGrammar.FontSize or ValueGrammar.CornerRadius => TryParseLength(tokens, allowPercent: true, property.NonNegative, out value),
            ValueGrammar.LineHeight => TryParseNumber(tokens, nonNegative: true, integer: false, out value) || TryParseLength(tokens, true, true, out value),
            ValueGrammar.Number => TryParseNumber(tokens, property.NonNegative, integer: false, out value),
            ValueGrammar.Integer => TryParseNumber(tokens, false, integer: true, out value),
            ValueGrammar.AlphaValue => TryParseNumber(tokens, false, false, out value) || TryParsePercentAsNumber(t, out value),
            ValueGrammar.FontWeight => TryParseNumber(tokens, true, false, out value) && value.Number is >= 1 and <= 1000,
            _ => false,
        };
    }

    /// <summary>CSS Cascade 4 §7.3: the CSS-wide keywords, valid for every property.</summary>
    public static bool TryCssWide(ReadOnlySpan<CssToken> tokens, out CssValue value)
    {
        value = default;
        if (tokens.Length != 1 || tokens[0].Kind != CssTokenKind.Ident)
        {
            return false;
        }

        var v = tokens[0].Value.ToLowerInvariant();
        string? keyword = v switch
        {
            "initial" => CssWide.Initial,
            "inherit" => CssWide.Inherit,
            "unset" => CssWide.Unset,

            // revert rolls back to the user-agent origin; with no user origin, unset is what we can do.
            "revert" or "revert-layer" => CssWide.Unset,
            _ => null,
        };
        if (keyword is null)
        {
            return false;
        }

        value = CssValue.Keyword(keyword);
        return true;
    }

    internal static bool ContainsSubstitution(ReadOnlySpan<CssToken> tokens)
    {
        foreach (var t in tokens)
        {
            if (t.Kind == CssTokenKind.Function && IsSubstitutionFunction(t.Value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// var(), env(), and constant(): iOS 11's name for env(), which WeChat's iOS WebView still
    /// honours and component libraries still write (tdesign, vant), so we read it as env().
    /// </summary>
    internal static bool IsSubstitutionFunction(string name) =>
        name.Equals("var", StringComparison.OrdinalIgnoreCase) || name.Equals("env", StringComparison.OrdinalIgnoreCase) || name.Equals("constant", StringComparison.OrdinalIgnoreCase);

    /// <summary>Source text of the tokens with runs of whitespace (and comments) collapsed to one space.</summary>
    public static string Normalize(ReadOnlySpan<CssToken> tokens, string source)
    {
        var sb = new StringBuilder();
        foreach (var t in tokens)
        {
            if (t.Kind == CssTokenKind.Whitespace)
            {
                if (sb.Length > 0 && sb[^1] != ' ')
                {
                    sb.Append(' ');
                }

                continue;
            }

            sb.Append(source, t.Start, t.Length);
        }

        return sb.ToString().Trim();
    }

    internal static bool IsBalanced(ReadOnlySpan<CssToken> tokens)
    {
        var depth = 0;
        foreach (var t in tokens)
        {
            switch (t.Kind)
            {
                case CssTokenKind.Function:
                case CssTokenKind.LeftParen:
                case CssTokenKind.LeftBracket:
                    depth++;
                    break;
                case CssTokenKind.RightParen:
                case CssTokenKind.RightBracket:
                    if (--depth < 0)
                    {
                        return false;
                    }

                    break;
                case CssTokenKind.BadString:
                case CssTokenKind.BadUrl:
                case CssTokenKind.LeftBrace:
                case CssTokenKind.RightBrace:
                case CssTokenKind.Semicolon:
                    return false;
            }
        }

        return depth == 0;
    }

    /// <summary>Index of the token closing the function or parenthesis at <paramref name="open"/>, or the length when unclosed.</summary>
    internal static int BlockEnd(ReadOnlySpan<CssToken> tokens, int open)
    {
        var depth = 0;
        for (var i = open; i < tokens.Length; i++)
        {
            var k = tokens[i].Kind;
            if (k is CssTokenKind.Function or CssTokenKind.LeftParen or CssTokenKind.LeftBracket)
            {
                depth++;
            }
            else if (k is CssTokenKind.RightParen or CssTokenKind.RightBracket && --depth == 0)
            {
                return i;
            }
        }

        return tokens.Length;
    }

    /// <summary>Component values at the top level, whitespace not counted (a function counts once).</summary>
    internal static int ComponentCount(ReadOnlySpan<CssToken> tokens)
    {
        var count = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind == CssTokenKind.Whitespace)
            {
                continue;
            }

            count++;
            if (tokens[i].Kind is CssTokenKind.Function or CssTokenKind.LeftParen or CssTokenKind.LeftBracket)
            {
                i = BlockEnd(tokens, i);
            }
        }

        return count;
    }

    /// <summary>Splits top-level components: returns (start, endExclusive) pairs into <paramref name="ranges"/>.</summary>
    internal static int SplitComponents(ReadOnlySpan<CssToken> tokens, Span<(int Start, int End)> ranges)
    {
        var n = 0;
        for (var i = 0; i < tokens.Length && n < ranges.Length; i++)
        {
            if (tokens[i].Kind == CssTokenKind.Whitespace)
            {
                continue;
            }

            var start = i;
            if (tokens[i].Kind is CssTokenKind.Function or CssTokenKind.LeftParen or CssTokenKind.LeftBracket)
            {
                i = Math.Min(BlockEnd(tokens, i), tokens.Length - 1);
            }

            ranges[n++] = (start, i + 1);
        }

        return n;
    }
}
