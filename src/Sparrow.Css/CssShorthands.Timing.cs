using System;
using System.Collections.Generic;
using System.Text;

namespace Sparrow.Css;

internal static partial class CssShorthands
{
    /// <summary>
    /// Transitions 1 §2.5 and Animations 1 §4.10: comma-separated items; in each, the first time is
    /// the duration and the second the delay, the rest is recognized by its grammar. Each longhand
    /// becomes the comma list of its per-item values, with initial values where an item omits one.
    /// </summary>
    private static bool TimingList(string name, ReadOnlySpan<CssToken> tokens, string source, List<(CssProperty, CssValue)> output)
    {
        var animation = name == "animation";
        var longhands = Longhands[name];
        var lists = new StringBuilder[longhands.Length];
        for (var k = 0; k < lists.Length; k++)
        {
            lists[k] = new StringBuilder();
        }

        var itemStart = 0;
        for (var i = 0; i <= tokens.Length; i++)
        {
            if (i < tokens.Length && tokens[i].Kind is CssTokenKind.Function or CssTokenKind.LeftParen)
            {
                i = CssValueParser.BlockEnd(tokens, i);
                continue;
            }

            if (i < tokens.Length && tokens[i].Kind != CssTokenKind.Comma)
            {
                continue;
            }

            var values = new string?[longhands.Length];
            if (!TimingItem(animation, tokens[itemStart..Math.Min(i, tokens.Length)], source, values))
            {
                return false;
            }

            for (var k = 0; k < longhands.Length; k++)
            {
                lists[k].Append(lists[k].Length > 0 ? ", " : string.Empty).Append(values[k] ?? longhands[k].InitialText);
            }

            itemStart = i + 1;
        }

        for (var k = 0; k < longhands.Length; k++)
        {
            output.Add((longhands[k], CssValue.Raw(lists[k].ToString())));
        }

        return true;
    }

    /// <summary>Fills one item's slots: transition [property, duration, timing, delay]; animation [name, duration, timing, delay, count, direction, fill, state].</summary>
    private static bool TimingItem(bool animation, ReadOnlySpan<CssToken> item, string source, string?[] slots)
    {
        foreach (var (s, e) in Components(item))
        {
            var part = item[s..e];
            var t = part[0];
            var lower = t.Kind == CssTokenKind.Ident ? t.Value.ToLowerInvariant() : string.Empty;
            if (t.Kind == CssTokenKind.Dimension && CssValue.ParseUnit(t.Value) is CssUnit.S or CssUnit.Ms)
            {
                var seconds = CssValue.ParseUnit(t.Value) == CssUnit.Ms ? t.Number / 1000 : t.Number;
                var text = CssValue.Format((float)seconds) + "s";
                if (slots[1] is null)
                {
                    slots[1] = text;
                }
                else if (slots[3] is null)
                {
                    slots[3] = text;
                }
                else
                {
                    return false;
                }
            }
            else if (slots[2] is null && (Array.IndexOf(TimingKeywords, lower) >= 0 || (t.Kind == CssTokenKind.Function && t.Value.ToLowerInvariant() is "cubic-bezier" or "steps")))
            {
                slots[2] = CssValueParser.Normalize(part, source);
            }
            else if (animation && slots[4] is null && (t.Kind == CssTokenKind.Number || lower == "infinite"))
            {
                slots[4] = CssValueParser.Normalize(part, source);
            }
            else if (animation && slots[5] is null && lower is "normal" or "reverse" or "alternate" or "alternate-reverse")
            {
                slots[5] = lower;
            }
            else if (animation && slots[6] is null && lower is "forwards" or "backwards" or "both")
            {
                slots[6] = lower;
            }
            else if (animation && slots[7] is null && lower is "running" or "paused")
            {
                slots[7] = lower;
            }
            else if (slots[0] is null && (t.Kind == CssTokenKind.Ident || (animation && t.Kind == CssTokenKind.String)))
            {
                slots[0] = animation || lower is "all" or "none" ? CssValueParser.Normalize(part, source) : lower;
            }
            else
            {
                return false;
            }
        }

        return true;
    }
}
