using System;
using System.Globalization;
using Sparrow.Layout;

namespace Sparrow.Host.Conformance.Suites.Layout;

/// <summary>
/// Turns a fixture's inline <c>style="…"</c> into a <see cref="LayoutStyle"/>. Deliberately tiny and
/// strict: it knows the properties and value forms fixtures use (px, %, auto, keywords, the flex, margin,
/// padding, border, inset and gap shorthands), and throws on anything else, so a fixture never passes by
/// silently ignoring a declaration. Not a CSS engine; Sparrow.Css owns the real cascade.
/// </summary>
internal static class FixtureStyleParser
{
    public static LayoutStyle Parse(string tag, string css)
    {
        var s = LayoutStyle.Default;
        if (tag == "span")
        {
            s.Display = Display.Inline;
        }

        // CSS 2 §8.5.3: a border whose style is none has a used width of 0, whatever border-width says.
        var borderWidths = new Length[4];
        var borderStyled = new bool[4];
        foreach (var declaration in css.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = declaration.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                throw new FormatException($"bad declaration '{declaration}'");
            }

            var name = declaration[..colon].Trim();
            var value = declaration[(colon + 1)..].Trim();
            Apply(ref s, name, value, borderWidths, borderStyled);
        }

        s.BorderTop = borderStyled[0] ? borderWidths[0] : Length.Zero;
        s.BorderRight = borderStyled[1] ? borderWidths[1] : Length.Zero;
        s.BorderBottom = borderStyled[2] ? borderWidths[2] : Length.Zero;
        s.BorderLeft = borderStyled[3] ? borderWidths[3] : Length.Zero;
        return s;
    }

    private static void Apply(ref LayoutStyle s, string name, string value, Length[] borderWidths, bool[] borderStyled)
    {
        switch (name)
        {
            case "display": s.Display = Keyword<Display>(value); break;
            case "position": s.Position = Keyword<Position>(value); break;
            case "flex-direction": s.FlexDirection = Keyword<FlexDirection>(value); break;
            case "flex-wrap": s.FlexWrap = Keyword<FlexWrap>(value); break;
            case "justify-content": s.JustifyContent = value == "normal" ? JustifyContent.FlexStart : Keyword<JustifyContent>(value); break;
            case "align-items": s.AlignItems = value == "normal" ? Align.Stretch : Keyword<Align>(value); break;
            case "align-self": s.AlignSelf = Keyword<Align>(value); break;
            case "align-content": s.AlignContent = value == "normal" ? AlignContent.Stretch : Keyword<AlignContent>(value); break;
            case "box-sizing": s.BoxSizing = Keyword<BoxSizing>(value); break;
            case "overflow":
                s.OverflowX = Keyword<Overflow>(value);
                s.OverflowY = s.OverflowX;
                break;
            case "overflow-x": s.OverflowX = Keyword<Overflow>(value); break;
            case "overflow-y": s.OverflowY = Keyword<Overflow>(value); break;
            case "text-align": s.TextAlign = Keyword<TextAlign>(value); break;
            case "white-space": s.NoWrap = value is "nowrap" or "pre"; break;
            case "vertical-align": s.VerticalAlign = Keyword<VerticalAlign>(value); break;
            case "float": s.Float = Keyword<FloatSide>(value); break;
            case "clear": s.Clear = Keyword<Clear>(value); break;
            case "flex-grow": s.FlexGrow = Number(value); break;
            case "flex-shrink": s.FlexShrink = Number(value); break;
            case "flex-basis": s.FlexBasis = value == "content" ? Length.Undefined : LengthValue(value); break;
            case "flex": Flex(ref s, value); break;
            case "order": s.Order = int.Parse(value, CultureInfo.InvariantCulture); break;
            case "z-index": s.ZIndex = value == "auto" ? LayoutStyle.AutoZIndex : int.Parse(value, CultureInfo.InvariantCulture); break;
            case "aspect-ratio": s.AspectRatio = Ratio(value); break;
            case "width": s.Width = LengthValue(value); break;
            case "height": s.Height = LengthValue(value); break;
            case "min-width": s.MinWidth = LengthValue(value); break;
            case "min-height": s.MinHeight = LengthValue(value); break;
            case "max-width": s.MaxWidth = LengthValue(value); break;
            case "max-height": s.MaxHeight = LengthValue(value); break;
            case "margin": Box(value, out var mt, out var mr, out var mb, out var ml); s.MarginTop = mt; s.MarginRight = mr; s.MarginBottom = mb; s.MarginLeft = ml; break;
            case "margin-top": s.MarginTop = LengthValue(value); break;
            case "margin-right": s.MarginRight = LengthValue(value); break;
            case "margin-bottom": s.MarginBottom = LengthValue(value); break;
            case "margin-left": s.MarginLeft = LengthValue(value); break;
            case "padding": Box(value, out var pt, out var pr, out var pbm, out var pl); s.PaddingTop = pt; s.PaddingRight = pr; s.PaddingBottom = pbm; s.PaddingLeft = pl; break;
            case "padding-top": s.PaddingTop = LengthValue(value); break;
            case "padding-right": s.PaddingRight = LengthValue(value); break;
            case "padding-bottom": s.PaddingBottom = LengthValue(value); break;
            case "padding-left": s.PaddingLeft = LengthValue(value); break;
            case "inset": Box(value, out var it, out var ir, out var ib, out var il); s.InsetTop = it; s.InsetRight = ir; s.InsetBottom = ib; s.InsetLeft = il; break;
            case "top": s.InsetTop = LengthValue(value); break;
            case "right": s.InsetRight = LengthValue(value); break;
            case "bottom": s.InsetBottom = LengthValue(value); break;
            case "left": s.InsetLeft = LengthValue(value); break;
            case "gap":
                var gaps = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                s.RowGap = LengthValue(gaps[0]);
                s.ColumnGap = LengthValue(gaps.Length > 1 ? gaps[1] : gaps[0]);
                break;
            case "row-gap": s.RowGap = LengthValue(value); break;
            case "column-gap": s.ColumnGap = LengthValue(value); break;
            case "border-width": Box(value, out borderWidths[0], out borderWidths[1], out borderWidths[2], out borderWidths[3]); break;
            case "border-style":
                var styles = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                for (var i = 0; i < 4; i++)
                {
                    borderStyled[i] = BoxPick(styles, i) != "none";
                }

                break;
            case "border": Border(value, borderWidths, borderStyled, 0, 1, 2, 3); break;
            case "border-top": Border(value, borderWidths, borderStyled, 0); break;
            case "border-right": Border(value, borderWidths, borderStyled, 1); break;
            case "border-bottom": Border(value, borderWidths, borderStyled, 2); break;
            case "border-left": Border(value, borderWidths, borderStyled, 3); break;
            case "font-size" or "line-height" or "background" or "color" or "font-family" or "visibility":
                // Paint-only or text properties: fixtures without text do not depend on them.
                break;
            default:
                throw new FormatException($"unsupported property '{name}'");
        }
    }

    private static T Keyword<T>(string value)
        where T : struct, Enum
    {
        var name = value.Replace("-", string.Empty, StringComparison.Ordinal);
        return Enum.TryParse<T>(name, ignoreCase: true, out var result)
            ? result
            : throw new FormatException($"unsupported {typeof(T).Name} value '{value}'");
    }

    private static float Number(string value) => float.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static float Ratio(string value)
    {
        if (value == "auto")
        {
            return float.NaN;
        }

        var parts = value.Split('/', StringSplitOptions.TrimEntries);
        return parts.Length == 2 ? Number(parts[0]) / Number(parts[1]) : Number(parts[0]);
    }

    public static Length LengthValue(string value)
    {
        if (value == "auto")
        {
            return Length.Auto;
        }

        if (value == "none")
        {
            return Length.Undefined;
        }

        if (value.EndsWith("px", StringComparison.Ordinal))
        {
            return Length.Points(Number(value[..^2]));
        }

        if (value.EndsWith('%'))
        {
            return Length.Percent(Number(value[..^1]) / 100f);
        }

        if (value == "0")
        {
            return Length.Zero;
        }

        throw new FormatException($"unsupported length '{value}'");
    }

    /// <summary>The flex shorthand (css-flexbox-1 §7.1.1): none, auto, a number, two numbers, or numbers and a basis.</summary>
    private static void Flex(ref LayoutStyle s, string value)
    {
        switch (value)
        {
            case "none": s.FlexGrow = 0; s.FlexShrink = 0; s.FlexBasis = Length.Auto; return;
            case "auto": s.FlexGrow = 1; s.FlexShrink = 1; s.FlexBasis = Length.Auto; return;
            case "initial": s.FlexGrow = 0; s.FlexShrink = 1; s.FlexBasis = Length.Auto; return;
        }

        var parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        s.FlexGrow = Number(parts[0]);
        s.FlexShrink = 1;

        // "When omitted from the flex shorthand, its specified value is 0" for flex-basis.
        s.FlexBasis = Length.Zero;
        if (parts.Length == 2)
        {
            if (float.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var shrink))
            {
                s.FlexShrink = shrink;
            }
            else
            {
                s.FlexBasis = LengthValue(parts[1]);
            }
        }
        else if (parts.Length == 3)
        {
            s.FlexShrink = Number(parts[1]);
            s.FlexBasis = LengthValue(parts[2]);
        }
    }

    private static void Box(string value, out Length top, out Length right, out Length bottom, out Length left)
    {
        var p = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        top = LengthValue(BoxPick(p, 0));
        right = LengthValue(BoxPick(p, 1));
        bottom = LengthValue(BoxPick(p, 2));
        left = LengthValue(BoxPick(p, 3));
    }

    /// <summary>The 1-to-4-value box shorthand rule: top, right, bottom, left with the usual fallbacks.</summary>
    private static string BoxPick(string[] p, int side) => (p.Length, side) switch
    {
        (1, _) => p[0],
        (2, 0 or 2) => p[0],
        (2, _) => p[1],
        (3, 0) => p[0],
        (3, 1 or 3) => p[1],
        (3, _) => p[2],
        _ => p[side],
    };

    /// <summary>border / border-side shorthands: a width (px; default medium = 3px), a style, a colour (ignored).</summary>
    private static void Border(string value, Length[] widths, bool[] styled, params int[] sides)
    {
        var width = Length.Points(3);
        var hasStyle = false;
        foreach (var token in value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.EndsWith("px", StringComparison.Ordinal) || token == "0")
            {
                width = LengthValue(token);
            }
            else if (token is "solid" or "dashed" or "dotted" or "double")
            {
                hasStyle = true;
            }
        }

        foreach (var side in sides)
        {
            widths[side] = width;
            styled[side] = hasStyle;
        }
    }
}
