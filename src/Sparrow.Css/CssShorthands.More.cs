using System;
using System.Collections.Generic;
using System.Text;
using P = Sparrow.Css.CssProperties;

namespace Sparrow.Css;

internal static partial class CssShorthands
{
    private static readonly string[] RepeatKeywords = ["repeat", "repeat-x", "repeat-y", "no-repeat", "space", "round"];
    private static readonly string[] PositionKeywords = ["left", "right", "top", "bottom", "center"];
    private static readonly string[] BoxKeywords = ["border-box", "padding-box", "content-box", "scroll", "fixed", "local", "text"];
    private static readonly string[] TimingKeywords = ["ease", "linear", "ease-in", "ease-out", "ease-in-out", "step-start", "step-end"];

    /// <summary>Flexbox 1 §7.2: <c>none | [ &lt;flex-grow&gt; &lt;flex-shrink&gt;? || &lt;flex-basis&gt; ]</c>; a omitted basis is 0%.</summary>
    private static bool Flex(ReadOnlySpan<CssToken> tokens, string source, List<(CssProperty, CssValue)> output)
    {
        var parts = Components(tokens);
        if (parts.Count == 1 && tokens[parts[0].Start].IsIdent("none"))
        {
            Add3(output, CssValue.Num(0), CssValue.Num(0), CssValue.Keyword("auto"));
            return true;
        }

        if (parts.Count == 1 && tokens[parts[0].Start].IsIdent("auto"))
        {
            Add3(output, CssValue.Num(1), CssValue.Num(1), CssValue.Keyword("auto"));
            return true;
        }

        CssValue? grow = null, shrink = null, basis = null;
        foreach (var (s, e) in parts)
        {
            var part = tokens[s..e];
            if (part[0].Kind == CssTokenKind.Number && part[0].Number != 0 || (part[0].Kind == CssTokenKind.Number && (grow is null || shrink is null)))
            {
                if (!Parse(P.FlexGrow, part, source, out var n))
                {
                    return false;
                }

                if (grow is null)
                {
                    grow = n;
                }
                else if (shrink is null && basis is null)
                {
                    shrink = n;
                }
                else
                {
                    return false;
                }
            }
            else if (basis is null && Parse(P.FlexBasis, part, source, out var b))
            {
                basis = b;
            }
            else
            {
                return false;
            }
        }

        Add3(output, grow ?? CssValue.Num(1), shrink ?? CssValue.Num(1), basis ?? (grow is null ? CssValue.Keyword("auto") : CssValue.Percent(0)));
        return true;
    }

    private static void Add3(List<(CssProperty, CssValue)> output, CssValue grow, CssValue shrink, CssValue basis)
    {
        output.Add((P.FlexGrow, grow));
        output.Add((P.FlexShrink, shrink));
        output.Add((P.FlexBasis, basis));
    }

    /// <summary>
    /// Backgrounds 3 §3.10, one layer: color, image, repeat, position [/ size], box and attachment
    /// keywords in any order. With several layers the image list is kept as text and the color comes from the last layer.
    /// </summary>
    private static bool Background(ReadOnlySpan<CssToken> tokens, string source, List<(CssProperty, CssValue)> output)
    {
        CssValue? color = null;
        string? image = null;
        var layer = new BackgroundLayerText();
        var layers = new List<BackgroundLayerText> { layer };
        foreach (var (s, e) in Components(tokens))
        {
            var part = tokens[s..e];
            var t = part[0];
            var text = CssValueParser.Normalize(part, source);
            if (t.Kind == CssTokenKind.Comma)
            {
                layer = new BackgroundLayerText();
                layers.Add(layer);
                image = image is null ? null : image + ",";
                continue;
            }

            if (t.IsDelim('/'))
            {
                layer.AfterSlash = true;
                continue;
            }

            if (t.Kind == CssTokenKind.Url || (t.Kind == CssTokenKind.Function && (t.Value.Contains("gradient", StringComparison.OrdinalIgnoreCase) || t.Value.Equals("url", StringComparison.OrdinalIgnoreCase))) || t.IsIdent("none"))
            {
                image = image is null ? text : image.EndsWith(',') ? image + " " + text : image + " " + text;
            }
            else if (t.Kind == CssTokenKind.Ident && Array.IndexOf(RepeatKeywords, t.Value.ToLowerInvariant()) >= 0)
            {
                Append(layer.Repeat, t.Value.ToLowerInvariant());
            }
            else if (t.Kind == CssTokenKind.Ident && Array.IndexOf(BoxKeywords, t.Value.ToLowerInvariant()) >= 0)
            {
                // §3.10: the first <box> sets background-origin, the second background-clip; one sets both.
                var box = t.Value.ToLowerInvariant();
                if (box.EndsWith("-box", StringComparison.Ordinal))
                {
                    if (layer.Origin is null)
                    {
                        layer.Origin = box;
                    }
                    else
                    {
                        layer.Clip = box;
                    }
                }
            }
            else if (layer.AfterSlash && (t.IsIdent("cover") || t.IsIdent("contain") || t.IsIdent("auto") || CssValueParser.TryParseLength(part, true, true, out _)))
            {
                Append(layer.Size, text);
            }
            else if (!layer.AfterSlash && ((t.Kind == CssTokenKind.Ident && Array.IndexOf(PositionKeywords, t.Value.ToLowerInvariant()) >= 0) || CssValueParser.TryParseLength(part, true, false, out _)))
            {
                Append(layer.Position, text);
            }
            else if (CssValueParser.TryParseColor(part, out var c))
            {
                color = c;
            }
            else
            {
                return false;
            }
        }

        output.Add((P.BackgroundColor, color ?? CssValue.Keyword(CssWide.Initial)));
        output.Add((P.BackgroundImage, image is null ? CssValue.Keyword(CssWide.Initial) : image == "none" ? CssValue.Keyword("none") : CssValue.Raw(image)));
        output.Add((P.BackgroundRepeat, LayerList(layers, l => l.Repeat.ToString(), "repeat")));
        output.Add((P.BackgroundPosition, LayerList(layers, l => l.Position.ToString(), "0% 0%")));
        output.Add((P.BackgroundSize, LayerList(layers, l => l.Size.ToString(), "auto")));
        output.Add((P.BackgroundOrigin, LayerList(layers, l => l.Origin ?? string.Empty, "padding-box")));
        output.Add((P.BackgroundClip, LayerList(layers, l => l.Clip ?? l.Origin ?? string.Empty, "border-box")));
        return true;
    }

    private static void Append(StringBuilder list, string text) => list.Append(list.Length > 0 ? " " : string.Empty).Append(text);

    /// <summary>One longhand's layer list (initial where no layer set it; a layer that did not set it takes <paramref name="initial"/>).</summary>
    private static CssValue LayerList(List<BackgroundLayerText> layers, Func<BackgroundLayerText, string> part, string initial)
    {
        if (layers.TrueForAll(l => part(l).Length == 0))
        {
            return CssValue.Keyword(CssWide.Initial);
        }

        return CssValue.Raw(string.Join(", ", layers.ConvertAll(l => part(l) is { Length: > 0 } text ? text : initial)));
    }

    /// <summary>What one comma-separated layer of the background shorthand set.</summary>
    private sealed class BackgroundLayerText
    {
        public StringBuilder Repeat { get; } = new();

        public StringBuilder Position { get; } = new();

        public StringBuilder Size { get; } = new();

        public string? Origin { get; set; }

        public string? Clip { get; set; }

        public bool AfterSlash { get; set; }
    }

    /// <summary>Fonts 4 §2.8: <c>[style || variant || weight || stretch]? size [/ line-height]? family</c>.</summary>
    private static bool Font(ReadOnlySpan<CssToken> tokens, string source, List<(CssProperty, CssValue)> output)
    {
        CssValue? style = null, weight = null, size = null, lineHeight = null;
        var parts = Components(tokens);
        var i = 0;
        for (; i < parts.Count && size is null; i++)
        {
            var part = tokens[parts[i].Start..parts[i].End];
            var t = part[0];
            if (t.IsIdent("normal"))
            {
                continue;
            }

            if (style is null && Parse(P.FontStyle, part, source, out var st))
            {
                style = st;
            }
            else if (weight is null && Parse(P.FontWeight, part, source, out var w))
            {
                weight = w;
            }
            else if (t.IsIdent("small-caps") || (t.Kind == CssTokenKind.Ident && t.Value.EndsWith("condensed", StringComparison.OrdinalIgnoreCase)) || (t.Kind == CssTokenKind.Ident && t.Value.EndsWith("expanded", StringComparison.OrdinalIgnoreCase)))
            {
            }
            else if (Parse(P.FontSize, part, source, out var sz))
            {
                size = sz;
            }
            else
            {
                return false;
            }
        }

        if (size is null || i >= parts.Count)
        {
            return false;
        }

        if (tokens[parts[i].Start].IsDelim('/'))
        {
            if (i + 1 >= parts.Count || !Parse(P.LineHeight, tokens[parts[i + 1].Start..parts[i + 1].End], source, out var lh))
            {
                return false;
            }

            lineHeight = lh;
            i += 2;
        }

        if (i >= parts.Count)
        {
            return false;
        }

        var family = CssValueParser.Normalize(tokens[parts[i].Start..], source);
        output.Add((P.FontStyle, style ?? CssValue.Keyword(CssWide.Initial)));
        output.Add((P.FontWeight, weight ?? CssValue.Keyword(CssWide.Initial)));
        output.Add((P.FontSize, size.Value));
        output.Add((P.LineHeight, lineHeight ?? CssValue.Keyword(CssWide.Initial)));
        output.Add((P.FontFamily, CssValue.Raw(family)));
        return true;
    }

    /// <summary>Text Decoration 3 §2.4: <c>line || style || color</c>; several line keywords may combine.</summary>
    private static bool TextDecoration(ReadOnlySpan<CssToken> tokens, string source, List<(CssProperty, CssValue)> output)
    {
        var lines = new StringBuilder();
        CssValue? style = null, color = null;
        foreach (var (s, e) in Components(tokens))
        {
            var part = tokens[s..e];
            var t = part[0];
            if (t.Kind == CssTokenKind.Ident && t.Value.ToLowerInvariant() is "none" or "underline" or "overline" or "line-through" or "blink")
            {
                lines.Append(lines.Length > 0 ? " " : string.Empty).Append(t.Value.ToLowerInvariant());
            }
            else if (style is null && Parse(P.TextDecorationStyle, part, source, out var st))
            {
                style = st;
            }
            else if (color is null && CssValueParser.TryParseColor(part, out var c))
            {
                color = c;
            }
            else
            {
                return false;
            }
        }

        output.Add((P.TextDecorationLine, lines.Length == 0 ? CssValue.Keyword(CssWide.Initial) : lines.ToString() == "none" ? CssValue.Keyword("none") : CssValue.Raw(lines.ToString())));
        output.Add((P.TextDecorationStyle, style ?? CssValue.Keyword(CssWide.Initial)));
        output.Add((P.TextDecorationColor, color ?? CssValue.Keyword(CssWide.Initial)));
        return true;
    }
}
