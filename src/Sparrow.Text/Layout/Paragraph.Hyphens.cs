namespace Sparrow.Text;

public sealed partial class Paragraph
{
    private const int SoftHyphen = 0x00AD;

    private TrailingText? hyphen;

    /// <summary>
    /// Width of a line [start, contentEnd) as drawn: when it ends at a soft hyphen (U+00AD, a
    /// UAX #14 BA opportunity), the hyphen that CSS Text 3 §5.4 (hyphens: manual) shows there
    /// counts too.
    /// </summary>
    private float LineWidth(int start, int contentEnd) =>
        Width(start, contentEnd) + (EndsWithSoftHyphen(start, contentEnd) ? Hyphen().Width : 0);

    private bool EndsWithSoftHyphen(int start, int contentEnd) =>
        contentEnd > start && text.CodePoints[contentEnd - 1] == SoftHyphen;

    /// <summary>
    /// The visible hyphen: U+2010 when the primary face has it, else U+002D, as Blink's
    /// ComputedStyle::HyphenString chooses, shaped in the primary face.
    /// </summary>
    private TrailingText Hyphen() =>
        hyphen ??= TrailingText.Shape(fonts, Primary, Primary.Face.HasGlyph(0x2010) ? "\u2010" : "-", Style);
}
