using System;
using System.Collections.Generic;

namespace Sparrow.Css;

/// <summary>Parses an @media prelude (Media Queries 4 §3) into a <see cref="MediaQueryList"/>.</summary>
internal static class MediaQueryParser
{
    public static MediaQueryList Parse(ReadOnlySpan<CssToken> tokens, string source, List<string> problems)
    {
        var queries = new List<MediaQuery>();
        var start = 0;
        for (var i = 0; i <= tokens.Length; i++)
        {
            if (i == tokens.Length || (tokens[i].Kind == CssTokenKind.Comma))
            {
                if (i > start)
                {
                    queries.Add(ParseQuery(tokens[start..i], source, problems));
                }

                start = i + 1;
            }
            else if (tokens[i].Kind is CssTokenKind.Function or CssTokenKind.LeftParen)
            {
                i = CssValueParser.BlockEnd(tokens, i);
                if (i >= tokens.Length)
                {
                    i = tokens.Length - 1;
                }
            }
        }

        return new MediaQueryList(queries, CssValueParser.Normalize(tokens, source));
    }

    private static MediaQuery ParseQuery(ReadOnlySpan<CssToken> t, string source, List<string> problems)
    {
        var negated = false;
        var type = "all";
        var features = new List<MediaFeature>();
        var unsupported = false;
        var expectAnd = false;
        for (var i = 0; i < t.Length; i++)
        {
            var tok = t[i];
            if (tok.Kind == CssTokenKind.Whitespace)
            {
                continue;
            }

            if (tok.Kind == CssTokenKind.Ident)
            {
                var word = tok.Value.ToLowerInvariant();
                if (word == "and" && expectAnd)
                {
                    expectAnd = false;
                }
                else if (word == "not" && features.Count == 0)
                {
                    negated = true;
                }
                else if (word == "only" && features.Count == 0)
                {
                }
                else if (!expectAnd && features.Count == 0)
                {
                    type = word;
                    expectAnd = true;
                    if (type is not ("all" or "screen" or "print"))
                    {
                        problems.Add($"unknown media type '{type}'");
                        unsupported = true;
                    }
                }
                else
                {
                    problems.Add($"unexpected '{tok.Value}' in a media query");
                    unsupported = true;
                }

                continue;
            }

            if (tok.Kind == CssTokenKind.LeftParen)
            {
                var end = CssValueParser.BlockEnd(t, i);
                var inner = t[(i + 1)..Math.Min(end, t.Length)];
                var f = ParseFeature(inner);
                if (f is null)
                {
                    problems.Add($"unsupported media feature '({CssValueParser.Normalize(inner, source)})'");
                    unsupported = true;
                }
                else
                {
                    features.Add(f);
                }

                i = end;
                expectAnd = true;
                continue;
            }

            problems.Add("unexpected token in a media query");
            unsupported = true;
        }

        return new MediaQuery(negated, type, features, unsupported);
    }

    /// <summary><c>name</c>, <c>name: value</c> (with min-/max-), or the range forms <c>name op value</c> and <c>value op name</c>.</summary>
    private static MediaFeature? ParseFeature(ReadOnlySpan<CssToken> t)
    {
        var parts = new List<CssToken>();
        var ops = string.Empty;
        foreach (var tok in t)
        {
            if (tok.Kind == CssTokenKind.Whitespace)
            {
                continue;
            }

            if (tok.Kind == CssTokenKind.Delim && tok.Delim is '<' or '>' or '=')
            {
                ops += tok.Delim;
                continue;
            }

            parts.Add(tok);
        }

        if (parts.Count == 1 && parts[0].Kind == CssTokenKind.Ident && ops.Length == 0)
        {
            var name = parts[0].Value.ToLowerInvariant();
            return name is "width" or "height" or "orientation" or "prefers-color-scheme" ? new MediaFeature(name, string.Empty, 0, null) : null;
        }

        if (parts.Count == 3 && parts[0].Kind == CssTokenKind.Ident && parts[1].Kind == CssTokenKind.Colon && ops.Length == 0)
        {
            var name = parts[0].Value.ToLowerInvariant();
            var op = "=";
            if (name.StartsWith("min-", StringComparison.Ordinal))
            {
                (name, op) = (name[4..], ">=");
            }
            else if (name.StartsWith("max-", StringComparison.Ordinal))
            {
                (name, op) = (name[4..], "<=");
            }

            return Feature(name, op, parts[2]);
        }

        if (parts.Count == 2 && ops.Length > 0)
        {
            if (parts[0].Kind == CssTokenKind.Ident)
            {
                return Feature(parts[0].Value.ToLowerInvariant(), ops, parts[1]);
            }

            if (parts[1].Kind == CssTokenKind.Ident)
            {
                // "400px < width" reads as "width > 400px".
                var flipped = ops.Replace('<', '!').Replace('>', '<').Replace('!', '>');
                return Feature(parts[1].Value.ToLowerInvariant(), flipped, parts[0]);
            }
        }

        return null;
    }

    private static MediaFeature? Feature(string name, string op, CssToken value)
    {
        switch (name)
        {
            case "orientation" when op == "=" && value.Kind == CssTokenKind.Ident && value.Value.ToLowerInvariant() is "portrait" or "landscape":
            case "prefers-color-scheme" when op == "=" && value.Kind == CssTokenKind.Ident && value.Value.ToLowerInvariant() is "light" or "dark":
                return new MediaFeature(name, op, 0, value.Value.ToLowerInvariant());
            case "width":
            case "height":
                float px;
                if (value.Kind == CssTokenKind.Number && value.Number == 0)
                {
                    px = 0;
                }
                else if (value.Kind == CssTokenKind.Dimension)
                {
                    var unit = CssValue.ParseUnit(value.Value);
                    px = unit switch
                    {
                        CssUnit.Px => (float)value.Number,
                        CssUnit.Em or CssUnit.Rem => (float)value.Number * 16,
                        _ => float.NaN,
                    };
                    if (float.IsNaN(px))
                    {
                        return null;
                    }
                }
                else
                {
                    return null;
                }

                return op is "<" or "<=" or ">" or ">=" or "=" ? new MediaFeature(name, op, px, null) : null;
            default:
                return null;
        }
    }
}
