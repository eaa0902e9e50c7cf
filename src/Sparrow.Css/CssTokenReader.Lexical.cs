using System;
using System.Globalization;
using System.Text;

namespace Sparrow.Css;

internal ref partial struct CssTokenReader
{
    /// <summary>§4.3.3 Consume a numeric token.</summary>
    private CssToken ConsumeNumeric(int start)
    {
        var (number, isInteger) = ConsumeNumber();
        if (StartsIdent(0))
        {
            var unit = ConsumeName();
            return new CssToken(CssTokenKind.Dimension, start, _pos - start, unit, number, isInteger, false, '\0');
        }

        if (Peek() == '%')
        {
            _pos++;
            return new CssToken(CssTokenKind.Percentage, start, _pos - start, string.Empty, number, isInteger, false, '\0');
        }

        return new CssToken(CssTokenKind.Number, start, _pos - start, string.Empty, number, isInteger, false, '\0');
    }

    /// <summary>§4.3.12 Consume a number.</summary>
    private (double Value, bool IsInteger) ConsumeNumber()
    {
        var begin = _pos;
        var isInteger = true;
        if (Peek() is '+' or '-')
        {
            _pos++;
        }

        while (IsDigit(Peek()))
        {
            _pos++;
        }

        if (Peek() == '.' && IsDigit(Peek(1)))
        {
            isInteger = false;
            _pos++;
            while (IsDigit(Peek()))
            {
                _pos++;
            }
        }

        if (Peek() is 'e' or 'E' && (IsDigit(Peek(1)) || (Peek(1) is '+' or '-' && IsDigit(Peek(2)))))
        {
            isInteger = false;
            _pos += 2;
            while (IsDigit(Peek()))
            {
                _pos++;
            }
        }

        var ok = double.TryParse(_src[begin.._pos], NumberStyles.Float, CultureInfo.InvariantCulture, out var value);
        return (ok && double.IsFinite(value) ? value : 0, isInteger);
    }

    /// <summary>§4.3.11 Consume an ident sequence.</summary>
    private string ConsumeName()
    {
        var begin = _pos;
        var plain = true;
        StringBuilder? sb = null;
        while (!AtEnd())
        {
            var c = Peek();
            if (IsNameChar(c))
            {
                sb?.Append(c);
                _pos++;
                continue;
            }

            if (StartsEscape(0))
            {
                if (plain)
                {
                    sb = new StringBuilder().Append(_src[begin.._pos]);
                    plain = false;
                }

                _pos++;
                sb!.Append(ConsumeEscape());
                continue;
            }

            break;
        }

        return plain ? _src[begin.._pos].ToString().Replace('\0', '\uFFFD') : sb!.ToString();
    }

    /// <summary>§4.3.7 Consume an escaped code point (the backslash is already consumed).</summary>
    private string ConsumeEscape()
    {
        if (AtEnd())
        {
            return "\uFFFD";
        }

        if (IsHex(Peek()))
        {
            var value = 0;
            var digits = 0;
            while (digits < 6 && IsHex(Peek()))
            {
                value = (value * 16) + Convert.ToInt32(Peek().ToString(), 16);
                _pos++;
                digits++;
            }

            if (IsWhitespace(Peek()))
            {
                _pos += Peek() == '\r' && Peek(1) == '\n' ? 2 : 1;
            }

            if (value == 0 || (value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF)
            {
                return "\uFFFD";
            }

            return char.ConvertFromUtf32(value);
        }

        var c = Peek();
        _pos++;
        return c.ToString();
    }

    /// <summary>§4.3.8 Check if two code points are a valid escape, at offset k.</summary>
    private readonly bool StartsEscape(int k) => Peek(k) == '\\' && !AtEnd(k + 1) && !IsNewline(Peek(k + 1));

    /// <summary>§4.3.9 Check if three code points would start an ident sequence.</summary>
    private readonly bool StartsIdent(int k)
    {
        var c = Peek(k);
        if (c == '-')
        {
            return IsNameStart(Peek(k + 1)) || Peek(k + 1) == '-' || StartsEscape(k + 1);
        }

        return IsNameStart(c) || StartsEscape(k);
    }

    /// <summary>§4.3.10 Check if three code points would start a number.</summary>
    private readonly bool StartsNumber(int k)
    {
        var c = Peek(k);
        if (c is '+' or '-')
        {
            return IsDigit(Peek(k + 1)) || (Peek(k + 1) == '.' && IsDigit(Peek(k + 2)));
        }

        return c == '.' ? IsDigit(Peek(k + 1)) : IsDigit(c);
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsHex(char c) => IsDigit(c) || c is >= 'a' and <= 'f' || c is >= 'A' and <= 'F';

    private static bool IsNameStart(char c) => c is >= 'a' and <= 'z' || c is >= 'A' and <= 'Z' || c == '_' || c >= 0x80;

    private static bool IsNameChar(char c) => IsNameStart(c) || IsDigit(c) || c == '-';

    private static bool IsNewline(char c) => c is '\n' or '\r' or '\f';

    private static bool IsWhitespace(char c) => c is ' ' or '\t' || IsNewline(c);

    private static bool IsNonPrintable(char c) => c <= 0x08 || c == 0x0B || c is >= (char)0x0E and <= (char)0x1F || c == 0x7F;
}
