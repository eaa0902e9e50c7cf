using System;
using System.Collections.Generic;

namespace Sparrow.Text;

/// <summary>
/// A paragraph laid out at one width: its lines, glyph runs and the numbers layout asks for.
/// <see cref="Width"/> is the widest line's content (hanging spaces excluded, the first line's
/// text-indent included), which is the shrink-to-fit width; <see cref="Height"/> is the sum of line heights. Glyph runs are
/// positioned on first access, so measuring costs only line breaking.
/// </summary>
public sealed class TextLayout(float availableWidth, float width, float height, IReadOnlyList<TextLine> lines, Func<IReadOnlyList<GlyphRun>> buildRuns)
{
    private IReadOnlyList<GlyphRun>? runs;

    public float AvailableWidth { get; } = availableWidth;

    public float Width { get; } = width;

    public float Height { get; } = height;

    public IReadOnlyList<TextLine> Lines { get; } = lines;

    public int LineCount => Lines.Count;

    /// <summary>The first line's baseline from the top (CSS 2 §10.8; 0 for empty text).</summary>
    public float FirstBaseline => Lines.Count > 0 ? Lines[0].Baseline : 0;

    public IReadOnlyList<GlyphRun> GlyphRuns => runs ??= buildRuns();
}
