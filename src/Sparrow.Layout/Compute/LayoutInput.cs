namespace Sparrow.Layout;

/// <summary>
/// The inputs of one node's layout: everything its size may depend on, hence the cache key.
/// Known sizes are border-box sizes the parent imposes (NaN: free); parent sizes resolve percentages
/// (NaN: indefinite); available sizes follow <see cref="AvailableSpace"/>.
/// </summary>
internal struct LayoutInput
{
    public float KnownWidth;
    public float KnownHeight;
    public float ParentWidth;
    public float ParentHeight;
    public float AvailableWidth;
    public float AvailableHeight;
    public RunMode RunMode;
    public SizingMode SizingMode;

    /// <summary>
    /// True when the node is a block-level box in a parent's block flow whose vertical margins may
    /// collapse with its children's (CSS 2 §8.3.1); false for flex items, the root, and anything else
    /// that is laid out as a formatting context root.
    /// </summary>
    public bool MarginsCollapse;

    /// <summary>
    /// The known height is a used size that descendants' percentage heights cannot resolve against:
    /// css-flexbox-1 §9.8 makes a flex item's height definite only when it is stretched, specified, or the
    /// post-flexing main size of a container with a definite main size. (Widths always resolve.)
    /// </summary>
    public bool IndefiniteHeight;

    public LayoutInput(Size2 known, Size2 parent, Size2 available, RunMode runMode, SizingMode sizingMode)
    {
        KnownWidth = known.Width;
        KnownHeight = known.Height;
        ParentWidth = parent.Width;
        ParentHeight = parent.Height;
        AvailableWidth = available.Width;
        AvailableHeight = available.Height;
        RunMode = runMode;
        SizingMode = sizingMode;
    }

    public readonly Size2 Known => new(KnownWidth, KnownHeight);

    public readonly Size2 Parent => new(ParentWidth, ParentHeight);

    public readonly Size2 Available => new(AvailableWidth, AvailableHeight);
}
