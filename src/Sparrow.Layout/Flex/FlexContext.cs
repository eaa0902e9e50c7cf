namespace Sparrow.Layout;

/// <summary>
/// Container-wide values of one flex layout pass (Taffy's <c>AlgoConstants</c>): direction, the
/// container's resolved box edges and sizes, gaps and alignment. Sizes may be NaN until determined.
/// </summary>
internal struct FlexContext
{
    public bool Row;
    public bool Reverse;
    public bool Wrap;
    public bool WrapReverse;

    public Edges Margin;
    public Edges Border;
    public Edges Padding;

    /// <summary>Padding plus border: the offset of the content box inside the border box.</summary>
    public Edges ContentInset;

    public Align AlignItems;
    public AlignContent AlignContent;
    public JustifyContent JustifyContent;

    /// <summary>Gap between items (main) and between lines (cross).</summary>
    public float MainGap;
    public float CrossGap;

    public Size2 MinSize;
    public Size2 MaxSize;

    /// <summary>The container's border-box size as known on entry (NaN: to be determined).</summary>
    public Size2 NodeOuterSize;

    /// <summary>The content-box size, filled in as steps 4 and 15 determine it.</summary>
    public Size2 NodeInnerSize;

    /// <summary>
    /// What percentages of items resolve against: the content box as definite on entry, the height only
    /// if the container's height is definite (§9.8), never the sizes steps 4 and 15 determine later.
    /// </summary>
    public Size2 PercentBasis;

    /// <summary>The final border-box and content-box sizes.</summary>
    public Size2 ContainerSize;
    public Size2 InnerContainerSize;
}
