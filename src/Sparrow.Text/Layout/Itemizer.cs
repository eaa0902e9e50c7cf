using System;
using System.Collections.Generic;
using Sparrow.Text.Interop;

namespace Sparrow.Text;

/// <summary>
/// Splits a paragraph into <see cref="TextItem"/>s: script per code point (UAX #24, from
/// HarfBuzz's Unicode functions; Common and Inherited take the script around them, as UAX #24
/// §5.1 suggests), then a face per grapheme cluster from the fallback chain of that script and
/// the cluster's style, then direction from the script (basic bidi: a right-to-left script makes
/// an RTL run, no reordering across runs). Items also split where the style changes.
/// </summary>
internal static class Itemizer
{
    private static readonly uint Common = HarfBuzz.Tag('Z', 'y', 'y', 'y');
    private static readonly uint Inherited = HarfBuzz.Tag('Z', 'i', 'n', 'h');
    private static readonly uint Unknown = HarfBuzz.Tag('Z', 'z', 'z', 'z');
    private static readonly uint Latin = HarfBuzz.Tag('L', 'a', 't', 'n');

    public static List<TextItem> Itemize(FontSystem fonts, CodePointText text, ReadOnlySpan<bool> graphemes, TextStyle style) =>
        Itemize(fonts, text, graphemes, [style], new int[text.Count]);

    public static List<TextItem> Itemize(FontSystem fonts, CodePointText text, ReadOnlySpan<bool> graphemes, TextStyle[] styles, int[] styleOf)
    {
        var cps = text.Span;
        var scripts = ResolveScripts(cps);
        var items = new List<TextItem>();
        FaceMatch? previous = null;

        // One chain per (style, script class) for this paragraph: the lookup is per cluster.
        var chains = new FontFallbackChain?[styles.Length * 4];
        for (int g = 0; g < cps.Length;)
        {
            int end = g + 1;
            while (!graphemes[end])
            {
                end++;
            }

            var cluster = cps[g..end];
            int styleIndex = styleOf[g];
            var scriptClass = ScriptClassExtensions.FromScript(scripts[g]);
            var chain = chains[(styleIndex * 4) + (int)scriptClass] ??= fonts.GetChain(styles[styleIndex].Font, scriptClass);
            FaceMatch face;
            if (cluster[0] < 0x20 || cluster[0] == 0x7F)
            {
                // Controls (segment breaks, tabs) have no glyph to find; keep the run going.
                face = previous is { } p && items[^1].StyleIndex == styleIndex ? p : chain.Primary;
            }
            else
            {
                FaceMatch? found = chain.FindFor(cluster, EmojiPresentations.Of(cluster));
                if (found is null)
                {
                    fonts.ReportMissingGlyph(cluster[0]);
                }

                face = found ?? chain.Primary;
            }

            bool rtl = HarfBuzz.hb_script_get_horizontal_direction(scripts[g]) == HarfBuzz.DirectionRtl;
            var last = items.Count > 0 ? items[^1] : null;
            if (last is not null && last.Face == face && last.Script == scripts[g] && last.RightToLeft == rtl && last.StyleIndex == styleIndex)
            {
                last.End = end;
            }
            else
            {
                items.Add(new TextItem(g, end, face, scripts[g], rtl, styleIndex));
            }

            previous = face;
            g = end;
        }

        return items;
    }

    private static uint[] ResolveScripts(ReadOnlySpan<int> cps)
    {
        nint funcs = HarfBuzz.hb_unicode_funcs_get_default();
        var scripts = new uint[cps.Length];
        uint current = 0;
        for (int i = 0; i < cps.Length; i++)
        {
            uint s = HarfBuzz.hb_unicode_script(funcs, (uint)cps[i]);
            if (s == Common || s == Inherited || s == Unknown)
            {
                s = current;
            }

            scripts[i] = s;
            current = s;
        }

        // Leading Common/Inherited text takes the first real script after it, or Latin.
        uint next = Latin;
        for (int i = cps.Length - 1; i >= 0; i--)
        {
            if (scripts[i] == 0)
            {
                scripts[i] = next;
            }
            else
            {
                next = scripts[i];
            }
        }

        return scripts;
    }
}
