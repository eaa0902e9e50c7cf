using System;
using System.Collections.Generic;

namespace Sparrow.Text;

/// <summary>
/// A paragraph laid out at one width: its lines, glyph runs and the numbers layout asks for.
/// <see cref="Width"/> is the widest line's content (hanging spaces excluded, the first line's
/// text-indent included), which is the shrink-to-fit width; <see cref="Height"/> is the sum of line heights. Glyph runs are
/// positioned on first access, so measuring costs only line breaking.
/// </summary>
public sealed class TextLayout(
    float availableWidth,
    float width,
    float height,
    IReadOnlyList<TextLine> lines,
    Func<IReadOnlyList<GlyphRun>> buildRuns,
    float[]? placeholderPositions = null,
    Func<IReadOnlyList<InlineBoxFragment>>? buildBoxFragments = null)
{
    private IReadOnlyList<GlyphRun>? runs;
    private IReadOnlyList<InlineBoxFragment>? boxFragments;

    public float AvailableWidth { get; } = availableWidth;

    public float Width { get; } = width;

    public float Height { get; } = height;

    public IReadOnlyList<TextLine> Lines { get; } = lines;

    public int LineCount => Lines.Count;

    /// <summary>The first line's baseline from the top (CSS 2 §10.8; 0 for empty text).</summary>
    public float FirstBaseline => Lines.Count > 0 ? Lines[0].Baseline : 0;

    public IReadOnlyList<GlyphRun> GlyphRuns => runs ??= buildRuns();

    /// <summary>
    /// The fragments of the paragraph's inline boxes with edges (<see cref="StyledText.InlineBoxes"/>): box by
    /// box, each box's in line order; built on first access. Empty without such boxes.
    /// </summary>
    public IReadOnlyList<InlineBoxFragment> InlineBoxFragments => boxFragments ??= buildBoxFragments?.Invoke() ?? [];

    /// <summary>
    /// Where the paragraph's atomic inline box <paramref name="index"/> (<see cref="Paragraph.PlaceholderCount"/>)
    /// sits: its margin box's top-left relative to the paragraph's top-left; NaN when no kept line holds it.
    /// </summary>
    public (float X, float Y) PlaceholderPosition(int index) =>
        placeholderPositions is { } p && (uint)index < (uint)(p.Length / 2) ? (p[2 * index], p[(2 * index) + 1]) : (float.NaN, float.NaN);
}
