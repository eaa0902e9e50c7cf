using System;
using System.Collections.Generic;
using Sparrow.Core;

namespace Sparrow.Text;

/// <summary>
/// One block's text (one inline formatting context: its text nodes as <see cref="StyledText"/>
/// spans), shaped once, laid out at any width. Construction runs white-space processing (CSS
/// Text 3 §4), UTF-16 validation, UAX #29 grapheme and UAX #14 line-break analysis, itemisation
/// and shaping; <see cref="Layout"/> then only breaks lines, which is cheap, and caches the last
/// widths asked for. Text and styles are fixed for the object's life: a change makes a new
/// paragraph (<see cref="TextMeasurer"/> caches them by text and style). All inline boxes sit on
/// the baseline (vertical-align: baseline).
/// </summary>
public sealed partial class Paragraph
{
    private readonly FontSystem fonts;
    private readonly CodePointText text;
    private readonly LineBreakOpportunity[] breaks;
    private readonly bool[] graphemes;
    private readonly List<TextItem> items;
    private readonly float[] advances;
    private readonly double[] prefix;
    private readonly int[] itemOf;
    private readonly ScaledFontMetrics primaryMetrics;
    private readonly TextStyle[] styles;
    private readonly FaceMatch[] primaries;
    private readonly int[] styleOf;

    internal Paragraph(FontSystem fonts, string source, TextStyle style, IDiagnosticSink? diagnostics, float devicePixelRatio = 1f)
        : this(fonts, StyledText.Of(source, style), style, diagnostics, devicePixelRatio)
    {
    }

    internal Paragraph(FontSystem fonts, StyledText content, TextStyle style, IDiagnosticSink? diagnostics, float devicePixelRatio = 1f)
    {
        ArgumentNullException.ThrowIfNull(content);
        this.fonts = fonts;
        Style = style;
        DevicePixelRatio = devicePixelRatio;
        var sourceIndex = new List<int>(content.Text.Length);
        text = CodePointText.Decode(WhiteSpaceProcessor.Process(content.Text, style.WhiteSpace, sourceIndex));
        styles = new TextStyle[content.Spans.Length];
        primaries = new FaceMatch[styles.Length];
        for (int i = 0; i < styles.Length; i++)
        {
            styles[i] = content.Spans[i].Style;
            primaries[i] = fonts.PrimaryFace(styles[i].Font);
        }

        styleOf = new int[text.Count];
        for (int i = 0; i < text.Count; i++)
        {
            styleOf[i] = content.SpanAt(sourceIndex[text.Offsets[i]]);
        }

        if (text.ReplacedCount > 0)
        {
            diagnostics?.Report(Diagnostic.Warning(
                TextDiagnosticCodes.InvalidUtf16,
                $"Text contains {text.ReplacedCount} unpaired surrogate(s) (invalid UTF-16); shown as U+FFFD.",
                SourceLocation.None));
        }

        int n = text.Count;
        breaks = new LineBreakOpportunity[n + 1];
        CssLineBreaks.Compute(text.Span, breaks, style.WordBreak);
        graphemes = new bool[n + 1];
        GraphemeBreaker.Compute(text.Span, graphemes);
        Primary = fonts.PrimaryFace(style.Font);
        primaryMetrics = Primary.Face.Metrics.At(style.FontSize, devicePixelRatio);
        items = Itemizer.Itemize(fonts, text, graphemes, styles, styleOf);
        advances = new float[n];
        itemOf = new int[n];
        Shape();
        TrimAdjacentPunctuation();
        PrepareTabs();
        FindPlaceholders(content);
        ApplyInlineBoxes(content);
        prefix = new double[n + 1];
        for (int i = 0; i < n; i++)
        {
            prefix[i + 1] = prefix[i] + advances[i];
        }
    }

    public TextStyle Style { get; }

    /// <summary>
    /// The device pixel ratio the line boxes are rounded at (<see cref="FontMetrics.At"/>): font
    /// ascent, descent and line gap in whole device pixels, half-leading floored to them.
    /// </summary>
    public float DevicePixelRatio { get; }

    /// <summary>The text after white-space processing and U+FFFD substitution (what is drawn).</summary>
    public string Text => text.Text;

    /// <summary>The block's face of the first available family: its metrics give the strut (CSS 2 §10.8.1).</summary>
    public FaceMatch Primary { get; }

    /// <summary>The style of each span of the <see cref="StyledText"/>; <see cref="GlyphRun.StyleIndex"/> indexes it.</summary>
    public ReadOnlySpan<TextStyle> SpanStyles => styles;

    /// <summary>Shapes every item (through the shaper's cache) and spreads advances over code points.</summary>
    private void Shape()
    {
        string s = text.Text;
        var cps = text.Span;
        for (int k = 0; k < items.Count; k++)
        {
            var item = items[k];
            var itemStyle = styles[item.StyleIndex];
            int u0 = text.Offsets[item.Start];
            int u1 = text.Offsets[item.End];
            var run = fonts.Shaper.Shape(item.Face.Face, s.Substring(u0, u1 - u0), item.Script, item.RightToLeft, itemStyle.Language, itemStyle.Features);
            item.Run = run;
            var glyphCps = new int[run.Count];
            float scale = itemStyle.FontSize / item.Face.Face.ShapingUnitsPerEm;
            for (int g = 0; g < run.Count; g++)
            {
                int cp = CodePointAt(u0 + run.Cluster(g));
                glyphCps[g] = cp;
                if (!IsHardBreak(cps[cp]))
                {
                    advances[cp] += run.Advance(g) * scale;
                }
            }

            item.GlyphCodePoints = glyphCps;
            for (int i = item.Start; i < item.End; i++)
            {
                itemOf[i] = k;
            }
        }

        // CSS Text 3 §8.1 word-spacing is added to word-separator characters, which in
        // Chinese/Latin text are U+0020 and U+00A0. §8.2 letter-spacing goes after each
        // typographic character unit; Chromium adds it after the last one of the line too.
        for (int i = 0; i < cps.Length; i++)
        {
            var cpStyle = styles[styleOf[i]];
            if (cps[i] is ' ' or 0xA0)
            {
                advances[i] += cpStyle.WordSpacing;
            }

            if (graphemes[i] && !IsHardBreak(cps[i]))
            {
                advances[i] += cpStyle.LetterSpacing;
            }
        }
    }

    private int CodePointAt(int utf16)
    {
        int i = Array.BinarySearch(text.Offsets, 0, text.Count + 1, utf16);
        return i >= 0 ? i : ~i - 1;
    }

    private static bool IsHardBreak(int cp) => cp is '\n' or '\r' or 0x0B or 0x0C or 0x85 or 0x2028 or 0x2029;

    /// <summary>Width of code points [start, end), <paramref name="start"/> being where a line starts.</summary>
    private float Width(int start, int end) =>
        tabPrefix is { } tabs && tabs[end] != tabs[start] ? WidthWithTabs(start, end) : (float)(prefix[end] - prefix[start]);
}
