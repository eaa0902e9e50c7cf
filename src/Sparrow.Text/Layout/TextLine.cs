namespace Sparrow.Text;

/// <summary>
/// One laid-out line: code points [Start, End) of the paragraph's processed text, its box
/// (<see cref="Top"/>, <see cref="Height"/>), baseline, content width and the x where
/// text-indent and alignment put it. <see cref="Ellipsis"/> says the line was cut and ends with
/// "…"; <see cref="ContentEnd"/> is where its drawn content ends (before hanging spaces or the
/// cut); <see cref="Expansion"/> is what justification added at each opportunity.
/// </summary>
public readonly record struct TextLine(
    int Start,
    int End,
    float X,
    float Top,
    float Height,
    float Baseline,
    float Width,
    bool Ellipsis,
    int ContentEnd,
    float Expansion);
