using System;
using System.Collections.Generic;
using Sparrow.Core;

namespace Sparrow.Css;

/// <summary>
/// Parses a selector list (Selectors 4 §18 grammar) from a rule's prelude tokens. Any invalid part
/// invalidates the whole list (§3.1), so the caller drops the rule, as browsers do.
/// </summary>
internal ref partial struct SelectorParser
{
    private readonly ReadOnlySpan<CssToken> _t;
    private readonly string _source;
    private readonly AtomTable _atoms;
    private int _pos;

    private SelectorParser(ReadOnlySpan<CssToken> tokens, string source, AtomTable atoms)
    {
        _t = tokens;
        _source = source;
        _atoms = atoms;
        _pos = 0;
        Error = null;
    }

    private string? Error { get; set; }

    public static ComplexSelector[]? Parse(ReadOnlySpan<CssToken> tokens, string source, AtomTable atoms, out string? error)
    {
        var p = new SelectorParser(tokens, source, atoms);
        var list = p.ParseList(allowPseudoElement: true);
        error = p.Error;
        return list;
    }

    private ComplexSelector[]? ParseList(bool allowPseudoElement)
    {
        var list = new List<ComplexSelector>();
        while (true)
        {
            var complex = ParseComplex(allowPseudoElement);
            if (complex is null)
            {
                return null;
            }

            list.Add(complex);
            SkipWs();
            if (_pos >= _t.Length)
            {
                return [.. list];
            }

            if (_t[_pos].Kind != CssTokenKind.Comma)
            {
                SetError($"unexpected '{Text(_t[_pos])}'");
                return null;
            }

            _pos++;
        }
    }

    private ComplexSelector? ParseComplex(bool allowPseudoElement)
    {
        var compounds = new List<SimpleSelector[]>();
        var combinators = new List<Combinator>();
        var specificity = 0;
        var pseudo = PseudoElement.None;
        SkipWs();
        while (true)
        {
            var compound = ParseCompound(ref specificity, ref pseudo, allowPseudoElement);
            if (compound is null)
            {
                return null;
            }

            compounds.Add(compound);
            var sawWs = SkipWs();
            if (_pos >= _t.Length || _t[_pos].Kind is CssTokenKind.Comma or CssTokenKind.RightParen)
            {
                break;
            }

            if (pseudo != PseudoElement.None)
            {
                SetError("a pseudo-element must end its selector");
                return null;
            }

            var c = _t[_pos];
            if (c.IsDelim('>') || c.IsDelim('+') || c.IsDelim('~'))
            {
                combinators.Add(c.Delim switch { '>' => Combinator.Child, '+' => Combinator.NextSibling, _ => Combinator.SubsequentSibling });
                _pos++;
                SkipWs();
            }
            else if (sawWs)
            {
                combinators.Add(Combinator.Descendant);
            }
            else
            {
                SetError($"unexpected '{Text(c)}'");
                return null;
            }
        }

        return new ComplexSelector([.. compounds], [.. combinators], specificity, pseudo);
    }

    private SimpleSelector[]? ParseCompound(ref int specificity, ref PseudoElement pseudo, bool allowPseudoElement)
    {
        var simples = new List<SimpleSelector>();
        if (_pos < _t.Length && _t[_pos].Kind == CssTokenKind.Ident)
        {
            simples.Add(new SimpleSelector(SimpleSelectorKind.Type, _atoms.Intern(_t[_pos].Value.ToLowerInvariant())));
            specificity += 1;
            _pos++;
        }
        else if (_pos < _t.Length && _t[_pos].IsDelim('*'))
        {
            simples.Add(new SimpleSelector(SimpleSelectorKind.Universal));
            _pos++;
        }

        while (_pos < _t.Length)
        {
            var t = _t[_pos];
            if (pseudo != PseudoElement.None && !(t.Kind == CssTokenKind.Colon))
            {
                break;
            }

            if (t.Kind == CssTokenKind.Hash && t.IsIdHash)
            {
                simples.Add(new SimpleSelector(SimpleSelectorKind.Id, _atoms.Intern(t.Value)));
                specificity += 1 << 20;
                _pos++;
            }
            else if (t.IsDelim('.') && _pos + 1 < _t.Length && _t[_pos + 1].Kind == CssTokenKind.Ident)
            {
                simples.Add(new SimpleSelector(SimpleSelectorKind.Class, _atoms.Intern(_t[_pos + 1].Value)));
                specificity += 1 << 10;
                _pos += 2;
            }
            else if (t.Kind == CssTokenKind.LeftBracket)
            {
                var attr = ParseAttribute();
                if (attr is null)
                {
                    return null;
                }

                simples.Add(attr);
                specificity += 1 << 10;
            }
            else if (t.Kind == CssTokenKind.Colon)
            {
                if (!ParsePseudo(simples, ref specificity, ref pseudo, allowPseudoElement))
                {
                    return null;
                }
            }
            else
            {
                break;
            }
        }

        if (simples.Count == 0 && pseudo != PseudoElement.None)
        {
            // "::before" alone means "*::before".
            simples.Add(new SimpleSelector(SimpleSelectorKind.Universal));
        }

        if (simples.Count == 0)
        {
            SetError(_pos < _t.Length ? $"unexpected '{Text(_t[_pos])}'" : "a selector is missing");
            return null;
        }

        return [.. simples];
    }

    private SimpleSelector? ParseAttribute()
    {
        _pos++;
        SkipWs();
        if (_pos >= _t.Length || _t[_pos].Kind != CssTokenKind.Ident)
        {
            SetError("an attribute selector needs a name");
            return null;
        }

        var name = _atoms.Intern(_t[_pos++].Value);
        SkipWs();
        var match = AttributeMatch.Exists;
        string? value = null;
        var ci = false;
        if (_pos < _t.Length && _t[_pos].Kind != CssTokenKind.RightBracket)
        {
            var op = _t[_pos];
            if (op.IsDelim('='))
            {
                match = AttributeMatch.Equals;
                _pos++;
            }
            else if (op.Kind == CssTokenKind.Delim && _pos + 1 < _t.Length && _t[_pos + 1].IsDelim('='))
            {
                match = op.Delim switch
                {
                    '~' => AttributeMatch.Includes,
                    '|' => AttributeMatch.DashMatch,
                    '^' => AttributeMatch.Prefix,
                    '$' => AttributeMatch.Suffix,
                    '*' => AttributeMatch.Substring,
                    _ => AttributeMatch.Exists,
                };
                if (match == AttributeMatch.Exists)
                {
                    SetError($"unknown attribute operator '{op.Delim}='");
                    return null;
                }

                _pos += 2;
            }
            else
            {
                SetError("bad attribute selector");
                return null;
            }

            SkipWs();
            if (_pos >= _t.Length || _t[_pos].Kind is not (CssTokenKind.Ident or CssTokenKind.String))
            {
                SetError("an attribute selector needs a value");
                return null;
            }

            value = _t[_pos++].Value;
            SkipWs();
            if (_pos < _t.Length && _t[_pos].Kind == CssTokenKind.Ident && _t[_pos].Value is "i" or "I" or "s" or "S")
            {
                ci = _t[_pos].Value is "i" or "I";
                _pos++;
                SkipWs();
            }
        }

        if (_pos >= _t.Length || _t[_pos].Kind != CssTokenKind.RightBracket)
        {
            SetError("an attribute selector is not closed");
            return null;
        }

        _pos++;
        return new SimpleSelector(SimpleSelectorKind.Attribute, name, value, match, ci);
    }

    private bool SkipWs()
    {
        var start = _pos;
        while (_pos < _t.Length && _t[_pos].Kind == CssTokenKind.Whitespace)
        {
            _pos++;
        }

        return _pos > start;
    }

    private readonly string Text(CssToken t) => _source.Substring(t.Start, t.Length);

    /// <summary>Records the first error; the selector list is invalid from here on.</summary>
    private void SetError(string message) => Error ??= message;

}
