using System;

namespace Sparrow.Css;

internal sealed partial class CssComputer
{
    /// <summary>CSS Values 4 §6.2 absolute units in px; font-relative units from the element's font size.</summary>
    public float ToPx(CssValue v, float emBase, float rootFontSize) => v.Unit switch
    {
        CssUnit.Px => v.Number,
        CssUnit.Em => v.Number * emBase,
        CssUnit.Rem => v.Number * rootFontSize,
        CssUnit.Rpx => Rpx.ToPx(v.Number, _env.WindowWidth),
        CssUnit.Vw => v.Number * _env.WindowWidth / 100,
        CssUnit.Vh => v.Number * _env.WindowHeight / 100,
        CssUnit.Vmin => v.Number * Math.Min(_env.WindowWidth, _env.WindowHeight) / 100,
        CssUnit.Vmax => v.Number * Math.Max(_env.WindowWidth, _env.WindowHeight) / 100,
        CssUnit.Pt => v.Number * 4 / 3,
        CssUnit.Pc => v.Number * 16,
        CssUnit.In => v.Number * 96,
        CssUnit.Cm => v.Number * 96 / 2.54f,
        CssUnit.Mm => v.Number * 96 / 25.4f,
        CssUnit.Q => v.Number * 96 / 101.6f,

        // Without font metrics here, ex and ch use the 0.5em fallback CSS Values 4 §6.1.1 allows.
        CssUnit.Ex or CssUnit.Ch => v.Number * emBase / 2,
        _ => float.NaN,
    };

    private CssValue ComputeValue(CssProperty p, CssValue v, float emBase, float parentFontSize, float rootFontSize, CssValue currentColor)
    {
        switch (v.Kind)
        {
            case CssValueKind.Dimension when CssValue.IsLengthUnit(v.Unit):
                return CssValue.Px(ToPx(v, emBase, rootFontSize));
            case CssValueKind.Percentage when p == CssProperties.FontSize:
                return CssValue.Px(parentFontSize * v.Number / 100);
            case CssValueKind.Percentage when p == CssProperties.LineHeight:
                return CssValue.Px(emBase * v.Number / 100);
            case CssValueKind.CalcExpression:
            {
                // Parsing type-checked the expression; what can still fail is a division by zero.
                if (!((CalcNode)v.Complex!).TryResolve((Computer: this, Em: emBase, Root: rootFontSize), static (s, x) => s.Computer.ToPx(x, s.Em, s.Root), out var px, out var percent, out var number, out var isNumber))
                {
                    return CssInitialValues.Get(p);
                }

                if (isNumber)
                {
                    return CssValue.Num(number);
                }

                if (p == CssProperties.FontSize || p == CssProperties.LineHeight)
                {
                    var basis = p == CssProperties.FontSize ? parentFontSize : emBase;
                    return CssValue.Px(px + (basis * percent / 100));
                }

                if (p.NonNegative && percent == 0)
                {
                    px = Math.Max(0, px);
                }

                return percent == 0 ? CssValue.Px(px) : new CssValue { Kind = CssValueKind.Calc, Number = px, Number2 = percent };
            }

            case CssValueKind.Pair:
            {
                var pair = (CssValuePair)v.Complex!;
                return CssValue.Pair(
                    ComputeValue(p, pair.X, emBase, parentFontSize, rootFontSize, currentColor),
                    ComputeValue(p, pair.Y, emBase, parentFontSize, rootFontSize, currentColor));
            }

            case CssValueKind.Keyword:
                return ComputeKeyword(p, v, parentFontSize, currentColor);
            case CssValueKind.Raw when v.Text is { } text && text.Contains("rpx", StringComparison.OrdinalIgnoreCase):
                return CssValue.Raw(ResolveRpxText(text));
            case CssValueKind.Number when p == CssProperties.Opacity:
                return CssValue.Num(Math.Clamp(v.Number, 0, 1));
            default:
                return v;
        }
    }

    /// <summary>Raw text (shadows, transforms…) with its rpx as px; remembered, since the same declared text computes on every restyle.</summary>
    private string ResolveRpxText(string text)
    {
        if (!_rpxText.TryGetValue(text, out var px))
        {
            if (_rpxText.Count >= MaxRememberedSubstitutions)
            {
                _rpxText.Clear();
            }

            _rpxText[text] = px = Rpx.ResolveText(text, _env.WindowWidth);
        }

        return px;
    }

    private static CssValue ComputeKeyword(CssProperty p, CssValue v, float parentFontSize, CssValue currentColor)
    {
        var k = v.Text!;
        if (k == CssValueParser.CurrentColor)
        {
            return currentColor;
        }

        if (p == CssProperties.FontSize)
        {
            // Chromium's font size table for a 16px medium (FontSizeFunctions.cpp), and CSS Fonts 4 §2.5 for smaller/larger.
            return CssValue.Px(k switch
            {
                "xx-small" => 9,
                "x-small" => 10,
                "small" => 13,
                "medium" => 16,
                "large" => 18,
                "x-large" => 24,
                "xx-large" => 32,
                "xxx-large" => 48,
                "smaller" => parentFontSize / 1.2f,
                _ => parentFontSize * 1.2f,
            });
        }

        if (p == CssProperties.FontWeight)
        {
            return CssValue.Num(k switch
            {
                "normal" => 400,
                "bold" => 700,
                "bolder" => 0,
                _ => -1,
            });
        }

        if (p.Grammar == ValueGrammar.Length && k is "thin" or "medium" or "thick")
        {
            return CssValue.Px(k switch { "thin" => 1, "medium" => 3, _ => 5 });
        }

        return v;
    }

    /// <summary>CSS Fonts 4 §2.2 "bolder"/"lighter" relative to the inherited weight.</summary>
    internal static float RelativeWeight(float marker, float parentWeight) => marker switch
    {
        0 => parentWeight < 350 ? 400 : parentWeight < 550 ? 700 : 900,
        -1 => parentWeight < 100 ? parentWeight : parentWeight < 550 ? 100 : parentWeight < 750 ? 400 : 700,
        _ => marker,
    };

    /// <summary>An initial value's computed form: the root context (16px, no parent); currentcolor stays a keyword.</summary>
    internal CssValue ComputeInitial(CssProperty p, CssValue v) =>
        v.IsKeyword(CssValueParser.CurrentColor) ? v : ComputeValue(p, v, _env.DefaultFontSize, _env.DefaultFontSize, _env.DefaultFontSize, v);
}
