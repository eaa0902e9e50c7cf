using System;
using Sparrow.Layout;

namespace Sparrow.Text;

/// <summary>
/// The Text stage behind Layout's <see cref="ILeafMeasure"/>: a text leaf answers layout's
/// questions (min-content, max-content, or the size at an available width) from its paragraph,
/// whose measurements are cached until the text or its style changes. Layout knows nothing about
/// fonts; this is the only place the two meet.
/// </summary>
public sealed class TextLeafMeasure : ILeafMeasure
{
    private readonly TextMeasurer _measurer;
    private readonly ITextLeafSource _source;

    public TextLeafMeasure(TextMeasurer measurer, ITextLeafSource source)
    {
        ArgumentNullException.ThrowIfNull(measurer);
        ArgumentNullException.ThrowIfNull(source);
        _measurer = measurer;
        _source = source;
    }

    /// <summary>
    /// A known width is laid out at that width; otherwise at the available width, where +∞ asks for
    /// max-content and −∞ for min-content (<see cref="AvailableSpace"/>), both of which
    /// <see cref="Paragraph.Measure"/> understands. Known sizes come back unchanged, as the contract asks.
    /// </summary>
    public MeasureResult Measure(int node, in MeasureInput input)
    {
        var paragraph = _source.GetParagraph(node, _measurer);
        if (paragraph is null)
        {
            return new MeasureResult(float.IsNaN(input.KnownWidth) ? 0 : input.KnownWidth, float.IsNaN(input.KnownHeight) ? 0 : input.KnownHeight);
        }

        var width = float.IsNaN(input.KnownWidth) ? input.AvailableWidth : input.KnownWidth;
        if (input.Placeholders is { } placeholders && paragraph.PlaceholderCount > 0)
        {
            // An inline formatting context with atomic inline boxes: size them, lay out, report where they went.
            paragraph.SetPlaceholders(placeholders);
            var layout = paragraph.Layout(float.IsNaN(width) ? AvailableSpace.MaxContent : width);
            for (var k = 0; k < placeholders.Count; k++)
            {
                var (x, y) = layout.PlaceholderPosition(k);
                placeholders.SetPosition(k, x, y);
            }
        }

        var measured = paragraph.Measure(float.IsNaN(width) ? AvailableSpace.MaxContent : width);
        return new MeasureResult(
            float.IsNaN(input.KnownWidth) ? measured.Width : input.KnownWidth,
            float.IsNaN(input.KnownHeight) ? measured.Height : input.KnownHeight,
            measured.FirstBaseline);
    }
}
