using System;
using System.Text;

namespace Sparrow.Css;

/// <summary>
/// Tokenizes CSS (and WXSS, which is CSS plus the <c>rpx</c> unit) over a span, following CSS
/// Syntax Level 3 §4.3 "Tokenizer algorithms" step for step. It never fails: bad input becomes
/// bad-string / bad-url / delim tokens, as the spec says, and parsing recovers from those.
/// Preprocessing (§3.3) is folded in: CR, CRLF and FF count as newlines, NUL reads as U+FFFD.
/// </summary>
internal ref partial struct CssTokenReader
{
    private readonly ReadOnlySpan<char> _src;
    private int _pos;

    public CssTokenReader(ReadOnlySpan<char> source)
    {
        _src = source;
        _pos = 0;
    }

    public readonly int Position => _pos;

    private readonly char Peek(int k = 0) => _pos + k < _src.Length ? (_src[_pos + k] == '\0' ? '\uFFFD' : _src[_pos + k]) : '\0';

    private readonly bool AtEnd(int k = 0) => _pos + k >= _src.Length;

    /// <summary>§4.3.1 Consume a token.</summary>
    public CssToken Read()
    {
        // §4.3.2: comments are consumed and produce nothing.
        while (Peek() == '/' && Peek(1) == '*')
        {
            var end = _src[(_pos + 2)..].IndexOf("*/", StringComparison.Ordinal);
            _pos = end < 0 ? _src.Length : _pos + 2 + end + 2;
        }

        var start = _pos;
        if (AtEnd())
        {
            return Make(CssTokenKind.Eof, start);
        }

        var c = Peek();
        if (IsWhitespace(c))
        {
            while (!AtEnd() && IsWhitespace(Peek()))
            {
                _pos++;
            }

            return Make(CssTokenKind.Whitespace, start);
        }

        switch (c)
        {
            case '"':
            case '\'':
                _pos++;
                return ConsumeString(c, start);
            case '#':
                if (IsNameChar(Peek(1)) || StartsEscape(1))
                {
                    _pos++;
                    var isId = StartsIdent(0);
                    var name = ConsumeName();
                    return new CssToken(CssTokenKind.Hash, start, _pos - start, name, 0, false, isId, '#');
                }

                break;
            case '(':
                _pos++;
                return Make(CssTokenKind.LeftParen, start);
            case ')':
                _pos++;
                return Make(CssTokenKind.RightParen, start);
            case '+':
            case '.':
                if (StartsNumber(0))
                {
                    return ConsumeNumeric(start);
                }

                break;
            case ',':
                _pos++;
                return Make(CssTokenKind.Comma, start);
            case '-':
                if (StartsNumber(0))
                {
                    return ConsumeNumeric(start);
                }

                if (Peek(1) == '-' && Peek(2) == '>')
                {
                    _pos += 3;
                    return Make(CssTokenKind.Cdc, start);
                }

                if (StartsIdent(0))
                {
                    return ConsumeIdentLike(start);
                }

                break;
            case ':':
                _pos++;
                return Make(CssTokenKind.Colon, start);
            case ';':
                _pos++;
                return Make(CssTokenKind.Semicolon, start);
            case '<':
                if (Peek(1) == '!' && Peek(2) == '-' && Peek(3) == '-')
                {
                    _pos += 4;
                    return Make(CssTokenKind.Cdo, start);
                }

                break;
            case '@':
                if (StartsIdent(1))
                {
                    _pos++;
                    var name = ConsumeName();
                    return new CssToken(CssTokenKind.AtKeyword, start, _pos - start, name, 0, false, false, '@');
                }

                break;
            case '[':
                _pos++;
                return Make(CssTokenKind.LeftBracket, start);
            case '\\':
                if (StartsEscape(0))
                {
                    return ConsumeIdentLike(start);
                }

                break;
            case ']':
                _pos++;
                return Make(CssTokenKind.RightBracket, start);
            case '{':
                _pos++;
                return Make(CssTokenKind.LeftBrace, start);
            case '}':
                _pos++;
                return Make(CssTokenKind.RightBrace, start);
            default:
                if (IsDigit(c))
                {
                    return ConsumeNumeric(start);
                }

                if (IsNameStart(c))
                {
                    return ConsumeIdentLike(start);
                }

                break;
        }

        _pos++;
        return new CssToken(CssTokenKind.Delim, start, 1, string.Empty, 0, false, false, c);
    }

    private readonly CssToken Make(CssTokenKind kind, int start) => new(kind, start, _pos - start, string.Empty, 0, false, false, '\0');

    /// <summary>§4.3.4 Consume an ident-like token: ident, function, url or bad-url.</summary>
    private CssToken ConsumeIdentLike(int start)
    {
        var name = ConsumeName();
        if (name.Equals("url", StringComparison.OrdinalIgnoreCase) && Peek() == '(')
        {
            _pos++;
            while (IsWhitespace(Peek()) && IsWhitespace(Peek(1)))
            {
                _pos++;
            }

            var q = IsWhitespace(Peek()) ? Peek(1) : Peek();
            if (q is '"' or '\'')
            {
                return new CssToken(CssTokenKind.Function, start, _pos - start, name, 0, false, false, '\0');
            }

            return ConsumeUrl(start);
        }

        if (Peek() == '(')
        {
            _pos++;
            return new CssToken(CssTokenKind.Function, start, _pos - start, name, 0, false, false, '\0');
        }

        return new CssToken(CssTokenKind.Ident, start, _pos - start, name, 0, false, false, '\0');
    }

    /// <summary>§4.3.5 Consume a string token.</summary>
    private CssToken ConsumeString(char quote, int start)
    {
        var sb = new StringBuilder();
        while (true)
        {
            if (AtEnd())
            {
                // EOF in a string is a parse error, but the string token is still returned.
                return new CssToken(CssTokenKind.String, start, _pos - start, sb.ToString(), 0, false, false, quote);
            }

            var c = Peek();
            if (c == quote)
            {
                _pos++;
                return new CssToken(CssTokenKind.String, start, _pos - start, sb.ToString(), 0, false, false, quote);
            }

            if (IsNewline(c))
            {
                // Not consumed: the newline starts the next token.
                return new CssToken(CssTokenKind.BadString, start, _pos - start, sb.ToString(), 0, false, false, quote);
            }

            if (c == '\\')
            {
                if (AtEnd(1))
                {
                    _pos++;
                    continue;
                }

                if (IsNewline(Peek(1)))
                {
                    _pos += Peek(1) == '\r' && Peek(2) == '\n' ? 3 : 2;
                    continue;
                }

                _pos++;
                sb.Append(ConsumeEscape());
                continue;
            }

            sb.Append(c);
            _pos++;
        }
    }

    /// <summary>§4.3.6 Consume a url token (the unquoted form).</summary>
    private CssToken ConsumeUrl(int start)
    {
        var sb = new StringBuilder();
        while (IsWhitespace(Peek()))
        {
            _pos++;
        }

        while (true)
        {
            if (AtEnd())
            {
                return new CssToken(CssTokenKind.Url, start, _pos - start, sb.ToString(), 0, false, false, '\0');
            }

            var c = Peek();
            if (c == ')')
            {
                _pos++;
                return new CssToken(CssTokenKind.Url, start, _pos - start, sb.ToString(), 0, false, false, '\0');
            }

            if (IsWhitespace(c))
            {
                while (IsWhitespace(Peek()))
                {
                    _pos++;
                }

                if (Peek() == ')' || AtEnd())
                {
                    continue;
                }

                return ConsumeBadUrl(start);
            }

            if (c is '"' or '\'' or '(' || IsNonPrintable(c))
            {
                return ConsumeBadUrl(start);
            }

            if (c == '\\')
            {
                if (!StartsEscape(0))
                {
                    return ConsumeBadUrl(start);
                }

                _pos++;
                sb.Append(ConsumeEscape());
                continue;
            }

            sb.Append(c);
            _pos++;
        }
    }

    /// <summary>§4.3.14 Consume the remnants of a bad url.</summary>
    private CssToken ConsumeBadUrl(int start)
    {
        while (!AtEnd())
        {
            var c = Peek();
            if (c == ')')
            {
                _pos++;
                break;
            }

            if (StartsEscape(0))
            {
                _pos++;
                ConsumeEscape();
                continue;
            }

            _pos++;
        }

        return new CssToken(CssTokenKind.BadUrl, start, _pos - start, string.Empty, 0, false, false, '\0');
    }
}
