using System;
using System.Collections.Generic;
using P = Sparrow.Css.CssProperties;

namespace Sparrow.Css;

/// <summary>
/// Shorthand expansion (each shorthand's spec section names the longhands and the order). A
/// shorthand sets every longhand it names; longhands it omits get their initial value. A value
/// with <c>var()</c> sets every longhand to a pending value, expanded again after substitution.
/// </summary>
internal static partial class CssShorthands
{
    private static readonly CssProperty[] Margin = [P.MarginTop, P.MarginRight, P.MarginBottom, P.MarginLeft];
    private static readonly CssProperty[] Padding = [P.PaddingTop, P.PaddingRight, P.PaddingBottom, P.PaddingLeft];
    private static readonly CssProperty[] Inset = [P.Top, P.Right, P.Bottom, P.Left];
    private static readonly CssProperty[] BorderWidth = [P.BorderTopWidth, P.BorderRightWidth, P.BorderBottomWidth, P.BorderLeftWidth];
    private static readonly CssProperty[] BorderStyle = [P.BorderTopStyle, P.BorderRightStyle, P.BorderBottomStyle, P.BorderLeftStyle];
    private static readonly CssProperty[] BorderColor = [P.BorderTopColor, P.BorderRightColor, P.BorderBottomColor, P.BorderLeftColor];
    private static readonly CssProperty[] BorderRadius = [P.BorderTopLeftRadius, P.BorderTopRightRadius, P.BorderBottomRightRadius, P.BorderBottomLeftRadius];

    /// <summary>The longhands each shorthand sets, for pending (var()) values and for tests.</summary>
    public static readonly IReadOnlyDictionary<string, CssProperty[]> Longhands = new Dictionary<string, CssProperty[]>(StringComparer.Ordinal)
    {
        ["margin"] = Margin,
        ["padding"] = Padding,
        ["inset"] = Inset,
        ["border-width"] = BorderWidth,
        ["border-style"] = BorderStyle,
        ["border-color"] = BorderColor,
        ["border-radius"] = BorderRadius,
        ["border"] = [.. BorderWidth, .. BorderStyle, .. BorderColor],
        ["border-top"] = [P.BorderTopWidth, P.BorderTopStyle, P.BorderTopColor],
        ["border-right"] = [P.BorderRightWidth, P.BorderRightStyle, P.BorderRightColor],
        ["border-bottom"] = [P.BorderBottomWidth, P.BorderBottomStyle, P.BorderBottomColor],
        ["border-left"] = [P.BorderLeftWidth, P.BorderLeftStyle, P.BorderLeftColor],
        ["flex"] = [P.FlexGrow, P.FlexShrink, P.FlexBasis],
        ["flex-flow"] = [P.FlexDirection, P.FlexWrap],
        ["gap"] = [P.RowGap, P.ColumnGap],
        ["grid-gap"] = [P.RowGap, P.ColumnGap],
        ["overflow"] = [P.OverflowX, P.OverflowY],
        ["background"] = [P.BackgroundColor, P.BackgroundImage, P.BackgroundRepeat, P.BackgroundPosition, P.BackgroundSize, P.BackgroundOrigin, P.BackgroundClip],
        ["font"] = [P.FontStyle, P.FontWeight, P.FontSize, P.LineHeight, P.FontFamily],
        ["text-decoration"] = [P.TextDecorationLine, P.TextDecorationStyle, P.TextDecorationColor],
        ["transition"] = [P.TransitionProperty, P.TransitionDuration, P.TransitionTimingFunction, P.TransitionDelay],
        ["animation"] = [P.AnimationName, P.AnimationDuration, P.AnimationTimingFunction, P.AnimationDelay, P.AnimationIterationCount, P.AnimationDirection, P.AnimationFillMode, P.AnimationPlayState],
    };

    /// <summary>
    /// Expands <paramref name="name"/> if it is a shorthand (returns true), setting
    /// <paramref name="valid"/> to whether the value matched its grammar.
    /// </summary>
    public static bool TryExpand(string name, ReadOnlySpan<CssToken> tokens, string source, List<(CssProperty, CssValue)> output, out bool valid)
    {
        if (name.StartsWith("-webkit-", StringComparison.Ordinal) && Longhands.ContainsKey(name[8..]))
        {
            name = name[8..];
        }

        if (!Longhands.TryGetValue(name, out var longhands))
        {
            valid = false;
            return false;
        }

        valid = true;
        if (tokens.Length == 0)
        {
            valid = false;
            return true;
        }

        if (CssValueParser.ContainsSubstitution(tokens) || CssValueParser.TryCssWide(tokens, out _))
        {
            var v = CssValueParser.ContainsSubstitution(tokens)
                ? new CssValue { Kind = CssValueKind.Pending, Text = CssValueParser.Normalize(tokens, source) }
                : CssValue.Keyword(tokens[0].Value.ToLowerInvariant() is "revert" or "revert-layer" ? CssWide.Unset : tokens[0].Value.ToLowerInvariant());
            foreach (var p in longhands)
            {
                output.Add((p, v));
            }

            return true;
        }

        valid = name switch
        {
            "margin" or "padding" or "inset" or "border-width" or "border-style" or "border-color" => FourSides(longhands, tokens, source, output),
            "border-radius" => Radius(tokens, source, output),
            "border" or "border-top" or "border-right" or "border-bottom" or "border-left" => Border(longhands, tokens, source, output),
            "flex" => Flex(tokens, source, output),
            "flex-flow" => AnyOrder(longhands, tokens, source, output),
            "gap" or "grid-gap" or "overflow" => TwoValues(longhands, tokens, source, output),
            "background" => Background(tokens, source, output),
            "font" => Font(tokens, source, output),
            "text-decoration" => TextDecoration(tokens, source, output),
            _ => TimingList(name, tokens, source, output),
        };
        if (!valid)
        {
            output.Clear();
        }

        return true;
    }

    /// <summary>Top-level components of a value (a function counts once).</summary>
    private static List<(int Start, int End)> Components(ReadOnlySpan<CssToken> tokens)
    {
        Span<(int, int)> buffer = stackalloc (int, int)[32];
        var n = CssValueParser.SplitComponents(tokens, buffer);
        var list = new List<(int, int)>(n);
        for (var i = 0; i < n; i++)
        {
            list.Add(buffer[i]);
        }

        return list;
    }

    private static bool Parse(CssProperty p, ReadOnlySpan<CssToken> tokens, string source, out CssValue value) =>
        CssValueParser.TryParse(p, tokens, source, out value) && value.Kind != CssValueKind.Pending && !CssWide.Is(value);

    /// <summary>CSS Box 4 §"margin": 1 to 4 values, top right bottom left, missing sides copy their opposite.</summary>
    private static bool FourSides(CssProperty[] sides, ReadOnlySpan<CssToken> tokens, string source, List<(CssProperty, CssValue)> output)
    {
        var parts = Components(tokens);
        if (parts.Count is < 1 or > 4)
        {
            return false;
        }

        var values = new CssValue[4];
        for (var i = 0; i < parts.Count; i++)
        {
            if (!Parse(sides[i], tokens[parts[i].Start..parts[i].End], source, out values[i]))
            {
                return false;
            }
        }

        if (parts.Count < 2)
        {
            values[1] = values[0];
        }

        if (parts.Count < 3)
        {
            values[2] = values[0];
        }

        if (parts.Count < 4)
        {
            values[3] = values[1];
        }

        for (var i = 0; i < 4; i++)
        {
            output.Add((sides[i], values[i]));
        }

        return true;
    }

    /// <summary>
    /// Backgrounds 3 §5.1: one to four horizontal radii, then optionally '/' and one to four vertical
    /// ones (each list expands as margin's does); without '/' the vertical radii equal the horizontal.
    /// A corner whose two radii differ gets a <see cref="CssValueKind.Pair"/>.
    /// </summary>
    private static bool Radius(ReadOnlySpan<CssToken> tokens, string source, List<(CssProperty, CssValue)> output)
    {
        var slash = -1;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].IsDelim('/'))
            {
                slash = i;
                break;
            }
        }

        var horizontal = slash < 0 ? tokens : tokens[..slash];
        if (slash < 0)
        {
            return FourSides(BorderRadius, horizontal, source, output);
        }

        var xs = new List<(CssProperty, CssValue)>(4);
        var ys = new List<(CssProperty, CssValue)>(4);
        if (!FourSides(BorderRadius, horizontal, source, xs) || !FourSides(BorderRadius, tokens[(slash + 1)..], source, ys))
        {
            return false;
        }

        for (var i = 0; i < 4; i++)
        {
            output.Add((BorderRadius[i], CssValue.Pair(xs[i].Item2, ys[i].Item2)));
        }

        return true;
    }

    /// <summary>Backgrounds 3 §4.4 border: width, style and color in any order, each at most once.</summary>
    private static bool Border(CssProperty[] longhands, ReadOnlySpan<CssToken> tokens, string source, List<(CssProperty, CssValue)> output)
    {
        // "border" sets all four sides: longhands are [4 widths, 4 styles, 4 colors].
        var sides = longhands.Length / 3;
        var triple = new[] { longhands[0], longhands[sides], longhands[2 * sides] };
        var single = new List<(CssProperty, CssValue)>();
        if (!AnyOrder(triple, tokens, source, single))
        {
            return false;
        }

        for (var k = 0; k < 3; k++)
        {
            for (var s = 0; s < sides; s++)
            {
                output.Add((longhands[(k * sides) + s], single[k].Item2));
            }
        }

        return true;
    }

    /// <summary>Each component sets the first longhand whose grammar accepts it; omitted longhands get their initial value.</summary>
    private static bool AnyOrder(CssProperty[] longhands, ReadOnlySpan<CssToken> tokens, string source, List<(CssProperty, CssValue)> output)
    {
        var values = new CssValue[longhands.Length];
        foreach (var (s, e) in Components(tokens))
        {
            var taken = false;
            for (var k = 0; k < longhands.Length && !taken; k++)
            {
                if (values[k].IsNone && Parse(longhands[k], tokens[s..e], source, out var v))
                {
                    values[k] = v;
                    taken = true;
                }
            }

            if (!taken)
            {
                return false;
            }
        }

        for (var k = 0; k < longhands.Length; k++)
        {
            output.Add((longhands[k], values[k].IsNone ? CssValue.Keyword(CssWide.Initial) : values[k]));
        }

        return true;
    }

    private static bool TwoValues(CssProperty[] longhands, ReadOnlySpan<CssToken> tokens, string source, List<(CssProperty, CssValue)> output)
    {
        var parts = Components(tokens);
        if (parts.Count is < 1 or > 2 || !Parse(longhands[0], tokens[parts[0].Start..parts[0].End], source, out var a))
        {
            return false;
        }

        var b = a;
        if (parts.Count == 2 && !Parse(longhands[1], tokens[parts[1].Start..parts[1].End], source, out b))
        {
            return false;
        }

        output.Add((longhands[0], a));
        output.Add((longhands[1], b));
        return true;
    }
}
