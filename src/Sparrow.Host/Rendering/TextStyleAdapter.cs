using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Sparrow.Css;
using Sparrow.Text;

namespace Sparrow.Host.Rendering;

/// <summary>
/// Presents an element's computed styles as the Text stage's <see cref="TextStyle"/> (Text owns that
/// contract; this is the one place that knows both). Precondition: <see cref="Cascade.Apply"/> ran.
/// </summary>
public static class TextStyleAdapter
{
    public static TextStyle ToTextStyle(ComputedStyleStore styles, int node, Dictionary<string, FontQuery>? fonts = null)
    {
        CssValue V(CssProperty p) => styles.Get(p, node);
        var size = V(CssProperties.FontSize).Number;
        if (!(size > 0))
        {
            size = 16;
        }

        var weight = V(CssProperties.FontWeight) switch
        {
            { Kind: CssValueKind.Number } w => (int)w.Number,
            { Text: "bold" or "bolder" } => 700,
            { Text: "lighter" } => 300,
            _ => 400,
        };
        var lineHeight = V(CssProperties.LineHeight) switch
        {
            { Kind: CssValueKind.Number } n => LineHeight.Number(n.Number),
            { Kind: CssValueKind.Dimension } d => LineHeight.Pixels(d.Number),
            { Kind: CssValueKind.Percentage } p => LineHeight.Pixels(p.Number / 100f * size),
            _ => LineHeight.Normal,
        };
        var overflowHidden = V(CssProperties.OverflowX).Text is "hidden" or "clip" or "scroll" or "auto";
        var clamp = V(CssProperties.LineClamp);
        return new TextStyle
        {
            Font = Font(V(CssProperties.FontFamily).Text, weight, V(CssProperties.FontStyle).Text is "italic" or "oblique", fonts),
            FontSize = size,
            LineHeight = lineHeight,
            LetterSpacing = V(CssProperties.LetterSpacing).Kind == CssValueKind.Dimension ? V(CssProperties.LetterSpacing).Number : 0,
            WhiteSpace = V(CssProperties.WhiteSpace).Text switch
            {
                "nowrap" => WhiteSpace.NoWrap,
                "pre" => WhiteSpace.Pre,
                "pre-wrap" or "break-spaces" => WhiteSpace.PreWrap,
                "pre-line" => WhiteSpace.PreLine,
                _ => WhiteSpace.Normal,
            },
            WordBreak = V(CssProperties.WordBreak).Text switch
            {
                "break-all" => WordBreak.BreakAll,
                "keep-all" => WordBreak.KeepAll,
                _ => WordBreak.Normal,
            },
            OverflowWrap = V(CssProperties.WordBreak).Text == "break-word" ? OverflowWrap.Anywhere : V(CssProperties.OverflowWrap).Text switch
            {
                "break-word" => OverflowWrap.BreakWord,
                "anywhere" => OverflowWrap.Anywhere,
                _ => OverflowWrap.Normal,
            },
            TextAlign = V(CssProperties.TextAlign).Text switch
            {
                "right" or "end" => TextAlign.Right,
                "center" or "-webkit-center" => TextAlign.Center,
                "justify" => TextAlign.Justify,
                _ => TextAlign.Left,
            },
            Ellipsis = overflowHidden && V(CssProperties.TextOverflow).Text == "ellipsis",
            LineClamp = clamp.Kind == CssValueKind.Number && overflowHidden ? Math.Max(0, (int)clamp.Number) : 0,
        };
    }

    /// <summary>
    /// The font query for a family list, weight and style. With <paramref name="fonts"/> the same
    /// query object comes back for the same inputs: <see cref="FontQuery"/>'s family list compares by
    /// reference, and the Text stage caches paragraphs by style equality.
    /// </summary>
    public static FontQuery Font(string? families, int weight, bool italic, Dictionary<string, FontQuery>? fonts)
    {
        if (fonts is null)
        {
            return new FontQuery(Families(families), weight, italic);
        }

        var key = string.Concat(families, "|", weight.ToString(System.Globalization.CultureInfo.InvariantCulture), italic ? "|i" : "|n");
        if (!fonts.TryGetValue(key, out var query))
        {
            query = new FontQuery(Families(families), weight, italic);
            fonts[key] = query;
        }

        return query;
    }

    /// <summary>The comma-separated family list of a computed <c>font-family</c>, quotes removed.</summary>
    public static ImmutableArray<string> Families(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return FontQuery.Default.Families;
        }

        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var part in text.Split(','))
        {
            var name = part.Trim().Trim('"', '\'').Trim();
            if (name.Length > 0)
            {
                builder.Add(name);
            }
        }

        return builder.Count == 0 ? FontQuery.Default.Families : builder.ToImmutable();
    }
}
