using System;
using System.Globalization;
using Sparrow.Core;

namespace Sparrow.Css;

internal static partial class CssValueParser
{
    /// <summary>The keyword a <c>currentcolor</c> value carries until computed-value time.</summary>
    public const string CurrentColor = "currentcolor";

    /// <summary>CSS Color 4: named colors, hex, <c>rgb[a]()</c>, <c>hsl[a]()</c>, <c>transparent</c>, <c>currentcolor</c>.</summary>
    internal static bool TryParseColor(ReadOnlySpan<CssToken> tokens, out CssValue value)
    {
        value = default;
        var t = tokens[0];
        switch (t.Kind)
        {
            case CssTokenKind.Ident:
                if (t.Value.Equals("currentcolor", StringComparison.OrdinalIgnoreCase))
                {
                    value = CssValue.Keyword(CurrentColor);
                    return true;
                }

                if (t.Value.Equals("transparent", StringComparison.OrdinalIgnoreCase))
                {
                    value = CssValue.Of(Color.Transparent);
                    return true;
                }

                // System color used as color's initial value (CSS Color 4 §6.2): black on a light page.
                if (t.Value.Equals("canvastext", StringComparison.OrdinalIgnoreCase))
                {
                    value = CssValue.Of(Color.Black);
                    return true;
                }

                if (NamedColors.Table.TryGetValue(t.Value, out var rgb))
                {
                    value = CssValue.Of(new Color((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb, 255));
                    return true;
                }

                return false;
            case CssTokenKind.Hash:
                return TryParseHex(t.Value, out value);
            case CssTokenKind.Function:
                return TryParseColorFunction(tokens, out value);
            default:
                return false;
        }
    }

    private static bool TryParseHex(string hex, out CssValue value)
    {
        value = default;
        if (hex.Length is not (3 or 4 or 6 or 8) || !uint.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var v))
        {
            return false;
        }

        Color c = hex.Length switch
        {
            3 => new Color((byte)(((v >> 8) & 0xF) * 17), (byte)(((v >> 4) & 0xF) * 17), (byte)((v & 0xF) * 17), 255),
            4 => new Color((byte)(((v >> 12) & 0xF) * 17), (byte)(((v >> 8) & 0xF) * 17), (byte)(((v >> 4) & 0xF) * 17), (byte)((v & 0xF) * 17)),
            6 => new Color((byte)(v >> 16), (byte)(v >> 8), (byte)v, 255),
            _ => Color.FromRgba(v),
        };
        value = CssValue.Of(c);
        return true;
    }

    /// <summary>rgb()/rgba()/hsl()/hsla() in the legacy comma form and the modern space form with <c>/ alpha</c>.</summary>
    private static bool TryParseColorFunction(ReadOnlySpan<CssToken> tokens, out CssValue value)
    {
        value = default;
        var name = tokens[0].Value.ToLowerInvariant();
        var isRgb = name is "rgb" or "rgba";
        if (!isRgb && name is not ("hsl" or "hsla"))
        {
            return false;
        }

        var end = BlockEnd(tokens, 0);
        if (end != tokens.Length - 1)
        {
            return false;
        }

        var list = new CssToken[4];
        var count = 0;
        var alphaSlash = false;
        for (var i = 1; i < end; i++)
        {
            var a = tokens[i];
            if (a.Kind is CssTokenKind.Whitespace or CssTokenKind.Comma)
            {
                continue;
            }

            if (a.IsDelim('/'))
            {
                alphaSlash = true;
                continue;
            }

            if (count == 4 || a.Kind is not (CssTokenKind.Number or CssTokenKind.Percentage or CssTokenKind.Dimension))
            {
                return false;
            }

            list[count++] = a;
        }

        if (count is < 3 or > 4 || (alphaSlash && count != 4))
        {
            return false;
        }

        var alpha = 1.0;
        if (count == 4)
        {
            alpha = list[3].Kind == CssTokenKind.Percentage ? list[3].Number / 100 : list[3].Number;
        }

        double r, g, b;
        if (isRgb)
        {
            r = Channel(list[0]);
            g = Channel(list[1]);
            b = Channel(list[2]);
        }
        else
        {
            var hue = list[0].Kind == CssTokenKind.Dimension && CssValue.ParseUnit(list[0].Value) == CssUnit.Turn ? list[0].Number * 360 : list[0].Number;
            var s = Math.Clamp(list[1].Number / 100, 0, 1);
            var l = Math.Clamp(list[2].Number / 100, 0, 1);
            (r, g, b) = HslToRgb(hue, s, l);
        }

        value = CssValue.Of(new Color(Byte(r), Byte(g), Byte(b), Byte(Math.Clamp(alpha, 0, 1) * 255)));
        return true;
    }

    private static double Channel(CssToken t) => t.Kind == CssTokenKind.Percentage ? t.Number * 255 / 100 : t.Number;

    private static byte Byte(double v) => (byte)Math.Clamp(Math.Round(v, MidpointRounding.AwayFromZero), 0, 255);

    /// <summary>CSS Color 4 §7.1 "Converting HSL colors to sRGB colors".</summary>
    private static (double R, double G, double B) HslToRgb(double hue, double s, double l)
    {
        hue %= 360;
        if (hue < 0)
        {
            hue += 360;
        }

        double F(int n)
        {
            var k = (n + (hue / 30)) % 12;
            var a = s * Math.Min(l, 1 - l);
            return (l - (a * Math.Max(-1, Math.Min(Math.Min(k - 3, 9 - k), 1)))) * 255;
        }

        return (F(0), F(8), F(4));
    }
}
