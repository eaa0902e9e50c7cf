using System;
using System.Text;

namespace Sparrow.Css;

internal ref partial struct SelectorParser
{
    /// <summary>Pseudo-classes that depend on user action or form state: valid, never matched by a static pass.</summary>
    private static readonly string[] StatePseudoClasses =
    [
        "hover", "active", "focus", "focus-within", "focus-visible", "visited", "link", "checked", "disabled", "enabled",
        "target", "placeholder-shown", "read-only", "read-write", "invalid", "valid", "required", "optional",
    ];

    private bool ParsePseudo(System.Collections.Generic.List<SimpleSelector> simples, ref int specificity, ref PseudoElement pseudo, bool allowPseudoElement)
    {
        _pos++;
        var isElement = _pos < _t.Length && _t[_pos].Kind == CssTokenKind.Colon;
        if (isElement)
        {
            _pos++;
        }

        if (_pos >= _t.Length)
        {
            SetError("a pseudo-class name is missing");
            return false;
        }

        var t = _t[_pos];
        var name = t.Value.ToLowerInvariant();
        if (t.Kind == CssTokenKind.Ident)
        {
            _pos++;

            // CSS 2 allowed :before and :after with one colon; Selectors 4 §11.1 keeps that.
            if (name is "before" or "after" || (isElement && pseudo == PseudoElement.None))
            {
                if (!allowPseudoElement || pseudo != PseudoElement.None)
                {
                    SetError($"pseudo-element ::{name} is not allowed here");
                    return false;
                }

                pseudo = name switch { "before" => PseudoElement.Before, "after" => PseudoElement.After, _ => PseudoElement.Other };
                specificity += 1;
                return true;
            }

            SimpleSelectorKind? kind = name switch
            {
                "first-child" => SimpleSelectorKind.FirstChild,
                "last-child" => SimpleSelectorKind.LastChild,
                "only-child" => SimpleSelectorKind.OnlyChild,
                "first-of-type" => SimpleSelectorKind.FirstOfType,
                "last-of-type" => SimpleSelectorKind.LastOfType,
                "only-of-type" => SimpleSelectorKind.OnlyOfType,
                "empty" => SimpleSelectorKind.Empty,
                "root" => SimpleSelectorKind.Root,
                "host" => SimpleSelectorKind.Host,
                _ => Array.IndexOf(StatePseudoClasses, name) >= 0 ? SimpleSelectorKind.State : null,
            };
            // After a pseudo-element only state pseudo-classes may follow (Selectors 4 §3.6.3);
            // the -webkit-scrollbar family adds its own (:horizontal, :vertical, :decrement, …).
            if (kind is null && !isElement && pseudo != PseudoElement.None)
            {
                kind = SimpleSelectorKind.State;
            }

            if (kind is null || isElement)
            {
                SetError($"unknown pseudo-class :{name}");
                return false;
            }

            simples.Add(new SimpleSelector(kind.Value, Value: name));
            specificity += 1 << 10;
            return true;
        }

        if (t.Kind != CssTokenKind.Function || isElement)
        {
            SetError("bad pseudo-class");
            return false;
        }

        var end = CssValueParser.BlockEnd(_t, _pos);
        if (end >= _t.Length)
        {
            SetError($"unclosed :{name}(");
            return false;
        }

        var inner = _t[(_pos + 1)..end];
        _pos = end + 1;
        switch (name)
        {
            case "not":
            case "host":
            case "is":
            case "matches":
            case "-webkit-any":
            case "where":
            {
                var list = Parse(inner, _source, _atoms, out var error);
                if (list is null)
                {
                    SetError(error ?? $"bad :{name}()");
                    return false;
                }

                var max = 0;
                foreach (var c in list)
                {
                    max = Math.Max(max, c.Specificity);
                }

                // :not() and :is() take their argument's specificity, :where() none (§17);
                // :host() adds the pseudo-class's own.
                specificity += name switch { "where" => 0, "host" => max + (1 << 10), _ => max };
                var kind = name switch { "not" => SimpleSelectorKind.Not, "host" => SimpleSelectorKind.HostFunction, _ => SimpleSelectorKind.Is };
                simples.Add(new SimpleSelector(kind, Inner: list));
                return true;
            }

            case "nth-child":
            case "nth-last-child":
            case "nth-of-type":
            case "nth-last-of-type":
            {
                if (!TryParseNth(inner, out var a, out var b, out var ofStart))
                {
                    SetError($"bad an+b in :{name}()");
                    return false;
                }

                ComplexSelector[]? of = null;
                var extra = 0;
                if (ofStart >= 0)
                {
                    if (name.Contains("of-type", StringComparison.Ordinal))
                    {
                        SetError($":{name}() takes no 'of S'");
                        return false;
                    }

                    of = Parse(inner[ofStart..], _source, _atoms, out var error);
                    if (of is null)
                    {
                        SetError(error ?? "bad 'of S'");
                        return false;
                    }

                    foreach (var c in of)
                    {
                        extra = Math.Max(extra, c.Specificity);
                    }
                }

                var kind = name switch
                {
                    "nth-child" => SimpleSelectorKind.NthChild,
                    "nth-last-child" => SimpleSelectorKind.NthLastChild,
                    "nth-of-type" => SimpleSelectorKind.NthOfType,
                    _ => SimpleSelectorKind.NthLastOfType,
                };
                simples.Add(new SimpleSelector(kind, A: a, B: b, Inner: of));
                specificity += (1 << 10) + extra;
                return true;
            }

            default:
                SetError($"unknown pseudo-class :{name}()");
                return false;
        }
    }

    /// <summary>
    /// CSS Syntax 3 §6 "The An+B microsyntax", read from the argument's text with whitespace removed
    /// (odd, even, B, An, An+B, with optional signs); <paramref name="ofStart"/> is the index after <c>of</c>, or -1.
    /// </summary>
    private readonly bool TryParseNth(ReadOnlySpan<CssToken> inner, out int a, out int b, out int ofStart)
    {
        a = b = 0;
        ofStart = -1;
        var sb = new StringBuilder();
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i].IsIdent("of"))
            {
                ofStart = i + 1;
                break;
            }

            if (inner[i].Kind != CssTokenKind.Whitespace)
            {
                sb.Append(_source, inner[i].Start, inner[i].Length);
            }
        }

        var s = sb.ToString().ToLowerInvariant();
        if (s == "odd")
        {
            (a, b) = (2, 1);
            return true;
        }

        if (s == "even")
        {
            (a, b) = (2, 0);
            return true;
        }

        var n = s.IndexOf('n', StringComparison.Ordinal);
        if (n < 0)
        {
            return int.TryParse(s, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out b);
        }

        var head = s[..n];
        a = head switch
        {
            "" or "+" => 1,
            "-" => -1,
            _ => int.TryParse(head, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : int.MinValue,
        };
        if (a == int.MinValue)
        {
            return false;
        }

        var tail = s[(n + 1)..];
        if (tail.Length == 0)
        {
            return true;
        }

        return tail[0] is '+' or '-' && int.TryParse(tail, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out b);
    }
}
