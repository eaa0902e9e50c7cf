using System.Collections.Generic;
using Sparrow.Core;

namespace Sparrow.Text;

/// <summary>
/// The Text stage's entry point for layout: min-content and max-content widths, and height,
/// baseline and line count at a width, for (text, style). Paragraphs are cached by text and
/// style, and each caches its layouts, so re-measuring unchanged text costs a dictionary lookup.
/// Precondition: styles are computed (font sizes in px). Not thread-safe: the render thread owns it.
/// </summary>
public sealed class TextMeasurer(FontSystem fonts, IDiagnosticSink? diagnostics = null)
{
    private const int MaxParagraphs = 4096;

    private readonly Dictionary<(string Text, TextStyle Style), Paragraph> paragraphs = [];
    private readonly Dictionary<(StyledText Text, TextStyle Style), Paragraph> styledParagraphs = [];
    private float devicePixelRatio = 1f;

    public FontSystem Fonts { get; } = fonts;

    /// <summary>
    /// The device pixel ratio new paragraphs round their line boxes at (<see cref="Paragraph.DevicePixelRatio"/>,
    /// Chromium's zoom for the device scale factor); 1 by default. Setting another value drops the
    /// cached paragraphs: a paragraph kept by the caller keeps the ratio it was built at.
    /// </summary>
    public float DevicePixelRatio
    {
        get => devicePixelRatio;
        set
        {
            if (!(value > 0) || float.IsInfinity(value))
            {
                ThrowHelper.ArgumentOutOfRange(nameof(value), "The device pixel ratio must be positive and finite.");
            }

            if (value != devicePixelRatio)
            {
                devicePixelRatio = value;
                Clear();
            }
        }
    }

    /// <summary>Paragraphs built (cache misses); tests use it to prove reuse.</summary>
    public int BuildCount { get; private set; }

    /// <summary>The shaped paragraph for text and style, from the cache when unchanged.</summary>
    public Paragraph GetParagraph(string text, TextStyle style)
    {
        if (!paragraphs.TryGetValue((text, style), out var paragraph))
        {
            if (paragraphs.Count >= MaxParagraphs)
            {
                paragraphs.Clear();
            }

            paragraph = new Paragraph(Fonts, text, style, diagnostics, devicePixelRatio);
            paragraphs.Add((text, style), paragraph);
            BuildCount++;
        }

        return paragraph;
    }

    /// <summary>
    /// The shaped paragraph for an inline formatting context: text nodes with their own styles in
    /// <paramref name="content"/>, block-level properties from <paramref name="blockStyle"/>.
    /// </summary>
    public Paragraph GetParagraph(StyledText content, TextStyle blockStyle)
    {
        if (!styledParagraphs.TryGetValue((content, blockStyle), out var paragraph))
        {
            if (styledParagraphs.Count >= MaxParagraphs)
            {
                styledParagraphs.Clear();
            }

            paragraph = new Paragraph(Fonts, content, blockStyle, diagnostics, devicePixelRatio);
            styledParagraphs.Add((content, blockStyle), paragraph);
            BuildCount++;
        }

        return paragraph;
    }

    /// <summary>
    /// A paragraph of its own (not cached, not shared) for content with atomic inline boxes, whose sizes
    /// each node sets on its paragraph (<see cref="Paragraph.SetPlaceholders"/>). Shaping is still cached.
    /// </summary>
    public Paragraph CreateParagraph(StyledText content, TextStyle blockStyle)
    {
        BuildCount++;
        return new Paragraph(Fonts, content, blockStyle, diagnostics, devicePixelRatio);
    }

    public float MinContentWidth(string text, TextStyle style) => GetParagraph(text, style).MinContentWidth;

    public float MaxContentWidth(string text, TextStyle style) => GetParagraph(text, style).MaxContentWidth;

    public TextMeasurement Measure(string text, TextStyle style, float availableWidth) =>
        GetParagraph(text, style).Measure(availableWidth);

    /// <summary>Drops cached paragraphs (e.g. after fonts were registered).</summary>
    public void Clear()
    {
        paragraphs.Clear();
        styledParagraphs.Clear();
    }
}
