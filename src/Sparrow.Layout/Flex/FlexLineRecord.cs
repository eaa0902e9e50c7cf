namespace Sparrow.Layout;

/// <summary>One line of a <see cref="FlexLineMemo"/>: its items, cross sizes, position and extent as the last full layout left them.</summary>
internal struct FlexLineRecord
{
    public int Start;
    public int Count;

    /// <summary>The line's cross size from its items (step 8), before align-content stretched it (step 9).</summary>
    public float NaturalCross;

    /// <summary>The used cross size and logical cross-start offset within the content box (steps 9 and 16).</summary>
    public float Cross;
    public float CrossStart;

    public LineExtent Extent;

    public readonly int End => Start + Count;
}
