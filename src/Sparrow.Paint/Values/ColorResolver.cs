using System;
using System.Collections.Generic;
using System.Globalization;
using Sparrow.Core;
using Sparrow.Css;

namespace Sparrow.Paint;

/// <summary>
/// Colors inside raw values (gradient stops, shadows). Hex is read here; named colors and color
/// functions are handed to the Css stage's own parser (through <see cref="WxssReader"/>, its only
/// public way in), once per distinct text, and remembered: the named-color table and the
/// rgb()/hsl() grammar stay defined once, in Sparrow.Css, and a steady-state frame looks colors up
/// by span without allocating. One per painter (render thread only).
/// </summary>
internal sealed class ColorResolver
{
    private const int MaxRemembered = 1024;
    private readonly Dictionary<string, (bool Ok, Color Color)> _known = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, (bool Ok, Color Color)>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly AtomTable _atoms = new();
    private readonly DiagnosticBag _diagnostics = new();

    public ColorResolver()
    {
        _bySpan = _known.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// Reads one color. <paramref name="isCurrentColor"/> is set for <c>currentcolor</c> (the caller
    /// substitutes the element's color); the reader is left where it was when this fails.
    /// </summary>
    public bool TryRead(ref ValueReader reader, out Color color, out bool isCurrentColor)
    {
        isCurrentColor = false;
        reader.SkipWhitespace();
        var save = reader.Position;
        if (reader.TryHash(out var hex))
        {
            if (TryHex(hex, out color))
            {
                return true;
            }

            reader.Reset(save);
            return false;
        }

        ReadOnlySpan<char> text;
        if (reader.TryIdent(out var ident))
        {
            if (ident.Equals("currentcolor", StringComparison.OrdinalIgnoreCase))
            {
                isCurrentColor = true;
                color = default;
                return true;
            }

            if (ident.Equals("transparent", StringComparison.OrdinalIgnoreCase))
            {
                color = Color.Transparent;
                return true;
            }

            text = ident;
        }
        else if (reader.TryFunction(out var name) && IsColorFunction(name) && reader.TrySkipArguments(out _))
        {
            text = reader.Text[save..reader.Position];
        }
        else
        {
            reader.Reset(save);
            color = default;
            return false;
        }

        if (Resolve(text, out color))
        {
            return true;
        }

        reader.Reset(save);
        return false;
    }

    private bool Resolve(ReadOnlySpan<char> text, out Color color)
    {
        if (!_bySpan.TryGetValue(text, out var known))
        {
            if (_known.Count >= MaxRemembered)
            {
                _known.Clear();
            }

            var key = text.ToString();
            known = ParseWithCss(key);
            _known[key] = known;
        }

        color = known.Color;
        return known.Ok;
    }

    private (bool, Color) ParseWithCss(string text)
    {
        // A declaration of `color` goes through exactly the grammar computed colors went through.
        var sheet = WxssReader.Read("a{color:" + text + "}", "paint-color", _atoms, _diagnostics);
        _diagnostics.Clear();
        if (sheet.Rules.Count == 1 && sheet.Rules[0].Declarations.Length == 1 && sheet.Rules[0].Declarations[0].Value is { Kind: CssValueKind.Color } v)
        {
            return (true, v.Color);
        }

        return (false, default);
    }

    private static bool IsColorFunction(ReadOnlySpan<char> name) =>
        name.Equals("rgb", StringComparison.OrdinalIgnoreCase) || name.Equals("rgba", StringComparison.OrdinalIgnoreCase)
        || name.Equals("hsl", StringComparison.OrdinalIgnoreCase) || name.Equals("hsla", StringComparison.OrdinalIgnoreCase)
        || name.Equals("hwb", StringComparison.OrdinalIgnoreCase);

    /// <summary>CSS Color 4 §5.2: #rgb, #rgba, #rrggbb, #rrggbbaa.</summary>
    public static bool TryHex(ReadOnlySpan<char> hex, out Color color)
    {
        color = default;
        if (hex.Length is not (3 or 4 or 6 or 8) || !uint.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var v))
        {
            return false;
        }

        switch (hex.Length)
        {
            case 3:
                color = new Color(Nibble(v >> 8), Nibble(v >> 4), Nibble(v), 255);
                break;
            case 4:
                color = new Color(Nibble(v >> 12), Nibble(v >> 8), Nibble(v >> 4), Nibble(v));
                break;
            case 6:
                color = new Color((byte)(v >> 16), (byte)(v >> 8), (byte)v, 255);
                break;
            default:
                color = Color.FromRgba(v);
                break;
        }

        return true;
    }

    private static byte Nibble(uint v) => (byte)((v & 0xf) * 17);
}
