using System;
using System.Globalization;

namespace Sparrow.Script;

/// <summary>
/// Formats a double exactly as ECMAScript's Number::toString does (ECMA-262 §6.1.6.1.20), so C#
/// prints a JS number the way JS would. .NET's "R" format gives the same shortest round-trip digits;
/// only the placement of the point and the exponent form differ.
/// </summary>
internal static class JsNumberFormat
{
    public static string Format(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (value == 0)
        {
            return "0"; // both +0 and -0
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        var negative = value < 0;
        // "E16" would not be shortest; "R" is. Normalise its output into digits + exponent.
        var r = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        ParseShortest(r, out var digits, out var n);
        var k = digits.Length;
        string body;
        if (k <= n && n <= 21)
        {
            body = digits + new string('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            body = digits[..n] + "." + digits[n..];
        }
        else if (-6 < n && n <= 0)
        {
            body = "0." + new string('0', -n) + digits;
        }
        else
        {
            var exponent = n - 1;
            var sign = exponent < 0 ? "-" : "+";
            var mantissa = k == 1 ? digits : digits[..1] + "." + digits[1..];
            body = mantissa + "e" + sign + Math.Abs(exponent).ToString(CultureInfo.InvariantCulture);
        }

        return negative ? "-" + body : body;
    }

    /// <summary>Splits "1.2345E-07" or "123.45" into significant digits and n, where value = 0.digits × 10^n.</summary>
    private static void ParseShortest(string r, out string digits, out int n)
    {
        var exponent = 0;
        var e = r.IndexOfAny(['E', 'e']);
        var mantissa = r;
        if (e >= 0)
        {
            exponent = int.Parse(r.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            mantissa = r[..e];
        }

        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var intPart = point >= 0 ? mantissa[..point] : mantissa;
        var fracPart = point >= 0 ? mantissa[(point + 1)..] : string.Empty;
        var all = intPart + fracPart;
        var leadingZeros = 0;
        while (leadingZeros < all.Length - 1 && all[leadingZeros] == '0')
        {
            leadingZeros++;
        }

        digits = all[leadingZeros..].TrimEnd('0');
        if (digits.Length == 0)
        {
            digits = "0";
        }

        n = intPart.Length - leadingZeros + exponent;
    }
}
