using System;
using System.Globalization;

namespace Sparrow.Paint;

/// <summary>
/// A forward-only reader over the normalized text the Css stage keeps for images, gradients,
/// shadows and transforms (<c>CssValueKind.Raw</c>): numbers with units, identifiers, functions,
/// commas, hashes, per CSS Syntax 3 §4 closely enough for computed values. Never allocates, never
/// throws: a Try method that fails leaves the position where it was.
/// </summary>
internal ref struct ValueReader
{
    private readonly ReadOnlySpan<char> _text;
    private int _pos;

    public ValueReader(ReadOnlySpan<char> text)
    {
        _text = text;
        _pos = 0;
    }

    public readonly int Position => _pos;

    public readonly ReadOnlySpan<char> Text => _text;

    public bool AtEnd
    {
        get
        {
            SkipWhitespace();
            return _pos >= _text.Length;
        }
    }

    public void SkipWhitespace()
    {
        while (_pos < _text.Length && IsWhitespace(_text[_pos]))
        {
            _pos++;
        }
    }

    /// <summary>Reads <paramref name="c"/> (after optional white space).</summary>
    public bool TryChar(char c)
    {
        SkipWhitespace();
        if (_pos < _text.Length && _text[_pos] == c)
        {
            _pos++;
            return true;
        }

        return false;
    }

    public bool TryComma() => TryChar(',');

    public bool TryClose() => TryChar(')');

    /// <summary>True when the next thing is a comma, a closing parenthesis or the end (not consumed).</summary>
    public bool AtSeparator()
    {
        SkipWhitespace();
        return _pos >= _text.Length || _text[_pos] is ',' or ')' or '/';
    }

    /// <summary>An identifier not followed by '(' (so not a function name).</summary>
    public bool TryIdent(out ReadOnlySpan<char> ident)
    {
        SkipWhitespace();
        var end = IdentEnd(_pos);
        if (end == _pos || (end < _text.Length && _text[end] == '('))
        {
            ident = default;
            return false;
        }

        ident = _text[_pos..end];
        _pos = end;
        return true;
    }

    /// <summary>The identifier <paramref name="keyword"/>, ASCII case-insensitively.</summary>
    public bool TryKeyword(string keyword)
    {
        var save = _pos;
        if (TryIdent(out var ident) && ident.Equals(keyword, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        _pos = save;
        return false;
    }

    /// <summary>A function name and its '(' (the arguments follow).</summary>
    public bool TryFunction(out ReadOnlySpan<char> name)
    {
        SkipWhitespace();
        var end = IdentEnd(_pos);
        if (end == _pos || end >= _text.Length || _text[end] != '(')
        {
            name = default;
            return false;
        }

        name = _text[_pos..end];
        _pos = end + 1;
        return true;
    }

    /// <summary>A number with an optional unit (letters) or '%'. The unit is empty for a plain number.</summary>
    public bool TryNumber(out float value, out ReadOnlySpan<char> unit)
    {
        SkipWhitespace();
        var i = _pos;
        if (i < _text.Length && _text[i] is '+' or '-')
        {
            i++;
        }

        var digits = 0;
        while (i < _text.Length && char.IsAsciiDigit(_text[i]))
        {
            i++;
            digits++;
        }

        if (i + 1 < _text.Length && _text[i] == '.' && char.IsAsciiDigit(_text[i + 1]))
        {
            i++;
            while (i < _text.Length && char.IsAsciiDigit(_text[i]))
            {
                i++;
                digits++;
            }
        }

        if (digits == 0)
        {
            value = 0;
            unit = default;
            return false;
        }

        if (i + 1 < _text.Length && _text[i] is 'e' or 'E' && (char.IsAsciiDigit(_text[i + 1]) || (i + 2 < _text.Length && _text[i + 1] is '+' or '-' && char.IsAsciiDigit(_text[i + 2]))))
        {
            i += 2;
            while (i < _text.Length && char.IsAsciiDigit(_text[i]))
            {
                i++;
            }
        }

        if (!float.TryParse(_text[_pos..i], NumberStyles.Float, CultureInfo.InvariantCulture, out value) || !float.IsFinite(value))
        {
            unit = default;
            return false;
        }

        var unitStart = i;
        if (i < _text.Length && _text[i] == '%')
        {
            i++;
        }
        else
        {
            while (i < _text.Length && char.IsAsciiLetter(_text[i]))
            {
                i++;
            }
        }

        unit = _text[unitStart..i];
        _pos = i;
        return true;
    }

    /// <summary>A hash token (<c>#abc</c>): the characters after '#'.</summary>
    public bool TryHash(out ReadOnlySpan<char> value)
    {
        SkipWhitespace();
        if (_pos >= _text.Length || _text[_pos] != '#')
        {
            value = default;
            return false;
        }

        var end = _pos + 1;
        while (end < _text.Length && (char.IsAsciiLetterOrDigit(_text[end]) || _text[end] is '-' or '_'))
        {
            end++;
        }

        value = _text[(_pos + 1)..end];
        _pos = end;
        return true;
    }

    /// <summary>
    /// Skips to the ')' that closes a function whose '(' was just read, and returns the text between.
    /// False when the text ends first.
    /// </summary>
    public bool TrySkipArguments(out ReadOnlySpan<char> arguments)
    {
        var depth = 1;
        var start = _pos;
        for (var i = _pos; i < _text.Length; i++)
        {
            var c = _text[i];
            if (c is '"' or '\'')
            {
                var close = _text[(i + 1)..].IndexOf(c);
                if (close < 0)
                {
                    break;
                }

                i += close + 1;
            }
            else if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && --depth == 0)
            {
                arguments = _text[start..i];
                _pos = i + 1;
                return true;
            }
        }

        arguments = default;
        return false;
    }

    /// <summary>Moves back to <paramref name="position"/> (from <see cref="Position"/>).</summary>
    public void Reset(int position) => _pos = position;

    public static bool IsWhitespace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    private readonly int IdentEnd(int start)
    {
        var i = start;
        if (i < _text.Length && _text[i] == '-')
        {
            i++;
            if (i < _text.Length && _text[i] == '-')
            {
                i++;
            }
        }

        if (i >= _text.Length || !(char.IsAsciiLetter(_text[i]) || _text[i] == '_' || _text[i] > 0x7f))
        {
            return start;
        }

        while (i < _text.Length && (char.IsAsciiLetterOrDigit(_text[i]) || _text[i] is '-' or '_' || _text[i] > 0x7f))
        {
            i++;
        }

        return i;
    }
}
