namespace Sparrow.Text;

/// <summary>
/// Where <see cref="TextLeafMeasure"/> finds a layout node's text: the embedder (the style stage's
/// adapter) maps node indices to a paragraph built from the node's text and computed style.
/// </summary>
public interface ITextLeafSource
{
    /// <summary>The paragraph of <paramref name="node"/>, or null when the node has no text (it measures as empty).</summary>
    Paragraph? GetParagraph(int node, TextMeasurer measurer);
}
