using System;
using System.Globalization;
using System.Runtime.InteropServices;
using Sparrow.Core;

namespace Sparrow.Css;

/// <summary>
/// A declared, specified or computed value: one struct for every property, so the computed-style
/// store is one column of these per property. Keywords are lower-case strings from the property
/// table (reference-equal to the table's, so comparing them is cheap).
/// </summary>
[StructLayout(LayoutKind.Auto)]
public readonly record struct CssValue
{
    public CssValueKind Kind { get; init; }

    public CssUnit Unit { get; init; }

    public float Number { get; init; }

    /// <summary>The percent part of a resolved <c>calc()</c>.</summary>
    public float Number2 { get; init; }

    public Color Color { get; init; }

    /// <summary>Keyword, string, url or raw text.</summary>
    public string? Text { get; init; }

    /// <summary>A <see cref="CalcNode"/> for <see cref="CssValueKind.CalcExpression"/>, a <see cref="CssValuePair"/> for <see cref="CssValueKind.Pair"/>.</summary>
    public object? Complex { get; init; }

    public bool IsNone => Kind == CssValueKind.None;

    public bool IsKeyword(string keyword) => Kind == CssValueKind.Keyword && string.Equals(Text, keyword, StringComparison.Ordinal);

    /// <summary>
    /// Field-wise equality without EqualityComparer dispatch: restyle compares every computed value
    /// of a node with its previous one, so this runs ~100 times per restyled element. Raw and
    /// keyword text compare by content; a calc tree by reference (a new parse is a new value).
    /// </summary>
    public bool Equals(CssValue other) =>
        Kind == other.Kind && Unit == other.Unit && Number.Equals(other.Number) && Number2.Equals(other.Number2)
        && Color == other.Color && string.Equals(Text, other.Text, StringComparison.Ordinal) && (ReferenceEquals(Complex, other.Complex) || (Kind == CssValueKind.Pair && Equals(Complex, other.Complex)));

    public override int GetHashCode() => HashCode.Combine(Kind, Unit, Number, Number2, Color, Text);

    public static CssValue Keyword(string keyword) => new() { Kind = CssValueKind.Keyword, Text = keyword };

    public static CssValue Px(float px) => new() { Kind = CssValueKind.Dimension, Unit = CssUnit.Px, Number = px };

    public static CssValue Dimension(float number, CssUnit unit) => new() { Kind = CssValueKind.Dimension, Unit = unit, Number = number };

    public static CssValue Percent(float percent) => new() { Kind = CssValueKind.Percentage, Unit = CssUnit.Percent, Number = percent };

    public static CssValue Num(float number) => new() { Kind = CssValueKind.Number, Number = number };

    public static CssValue Of(Color color) => new() { Kind = CssValueKind.Color, Color = color };

    public static CssValue Str(string text) => new() { Kind = CssValueKind.String, Text = text };

    public static CssValue Raw(string text) => new() { Kind = CssValueKind.Raw, Text = text };

    /// <summary>Two components, or <paramref name="x"/> alone when they are equal (so a circular corner stays one value).</summary>
    public static CssValue Pair(CssValue x, CssValue y) =>
        x.Equals(y) ? x : new() { Kind = CssValueKind.Pair, Complex = new CssValuePair(x, y) };

    /// <summary>The first component: the value itself unless it is a <see cref="CssValueKind.Pair"/>.</summary>
    public CssValue First => Kind == CssValueKind.Pair ? ((CssValuePair)Complex!).X : this;

    /// <summary>The second component: the value itself unless it is a <see cref="CssValueKind.Pair"/>.</summary>
    public CssValue Second => Kind == CssValueKind.Pair ? ((CssValuePair)Complex!).Y : this;

    /// <summary>
    /// The serialization getComputedStyle gives for a computed value in Chromium: lengths in px with
    /// up to 6 significant digits, colors as <c>rgb()</c>/<c>rgba()</c>, numbers bare.
    /// </summary>
    public string ToCss() => Kind switch
    {
        CssValueKind.None => string.Empty,
        CssValueKind.Keyword or CssValueKind.Raw => Text ?? string.Empty,
        CssValueKind.Number => Format(Number),
        CssValueKind.Percentage => Format(Number) + "%",
        CssValueKind.Dimension => Format(Number) + UnitName(Unit),
        CssValueKind.Color => FormatColor(Color),
        CssValueKind.String => "\"" + (Text ?? string.Empty).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
        CssValueKind.Url => "url(\"" + Text + "\")",
        CssValueKind.Calc => Number2 == 0 ? Format(Number) + "px"
            : Number == 0 ? Format(Number2) + "%"
            : $"calc({Format(Number2)}% {(Number < 0 ? "-" : "+")} {Format(Math.Abs(Number))}px)",
        CssValueKind.Pending => Text ?? string.Empty,
        CssValueKind.CalcExpression => "calc(" + ((CalcNode)Complex!).ToCss() + ")",
        CssValueKind.Pair => ((CssValuePair)Complex!).X.ToCss() + " " + ((CssValuePair)Complex!).Y.ToCss(),
        _ => Text ?? Kind.ToString(),
    };

    public override string ToString() => ToCss();

    public static string Format(float value)
    {
        if (value == 0)
        {
            return "0";
        }

        // Chromium prints computed numbers with 6 significant digits (0.333333px, 19.2px).
        var d = (double)value;
        if (Math.Abs(d) >= 1e6)
        {
            return Math.Round(d).ToString("0", CultureInfo.InvariantCulture);
        }

        return d.ToString("G6", CultureInfo.InvariantCulture);
    }

    /// <summary>CSS Color 4 §15.2: opaque as <c>rgb(r, g, b)</c>, else <c>rgba(r, g, b, a)</c> with the shortest alpha that round-trips 8 bits.</summary>
    public static string FormatColor(Color c)
    {
        if (c.A == 255)
        {
            return string.Create(CultureInfo.InvariantCulture, $"rgb({c.R}, {c.G}, {c.B})");
        }

        string alpha = "0";
        for (var digits = 1; digits <= 3; digits++)
        {
            var a = Math.Round(c.A / 255.0, digits, MidpointRounding.AwayFromZero);
            if ((int)Math.Round(a * 255, MidpointRounding.AwayFromZero) == c.A || digits == 3)
            {
                alpha = a.ToString(CultureInfo.InvariantCulture);
                break;
            }
        }

        return string.Create(CultureInfo.InvariantCulture, $"rgba({c.R}, {c.G}, {c.B}, {alpha})");
    }

    public static string UnitName(CssUnit unit) => unit switch
    {
        CssUnit.None => string.Empty,
        CssUnit.Percent => "%",
        _ => unit.ToString().ToLowerInvariant(),
    };

    public static CssUnit ParseUnit(string unit) => unit.ToLowerInvariant() switch
    {
        // wcsc converts only the lower-case spelling; any other is left as an unknown unit.
        "rpx" when unit != "rpx" => CssUnit.None,
        "px" => CssUnit.Px,
        "em" => CssUnit.Em,
        "rem" => CssUnit.Rem,
        "rpx" => CssUnit.Rpx,
        "vw" => CssUnit.Vw,
        "vh" => CssUnit.Vh,
        "vmin" => CssUnit.Vmin,
        "vmax" => CssUnit.Vmax,
        "pt" => CssUnit.Pt,
        "pc" => CssUnit.Pc,
        "in" => CssUnit.In,
        "cm" => CssUnit.Cm,
        "mm" => CssUnit.Mm,
        "q" => CssUnit.Q,
        "ex" => CssUnit.Ex,
        "ch" => CssUnit.Ch,
        "deg" => CssUnit.Deg,
        "rad" => CssUnit.Rad,
        "grad" => CssUnit.Grad,
        "turn" => CssUnit.Turn,
        "s" => CssUnit.S,
        "ms" => CssUnit.Ms,
        "fr" => CssUnit.Fr,
        "dppx" or "x" => CssUnit.Dppx,
        _ => CssUnit.None,
    };

    public static bool IsLengthUnit(CssUnit u) => u is CssUnit.Px or CssUnit.Em or CssUnit.Rem or CssUnit.Rpx or CssUnit.Vw or CssUnit.Vh
        or CssUnit.Vmin or CssUnit.Vmax or CssUnit.Pt or CssUnit.Pc or CssUnit.In or CssUnit.Cm or CssUnit.Mm or CssUnit.Q or CssUnit.Ex or CssUnit.Ch;
}
