namespace Sparrow.Layout;

/// <summary>The state of stacking one container's in-flow children: where the next one goes and which margins are still open.</summary>
internal struct BlockFlow
{
    /// <summary>The top of the next child's border box, before the pending margins, from the container's border-box top.</summary>
    public float Cursor;

    /// <summary>Margins that have not been placed yet: the last child's bottom margin, collapsed with what came after it.</summary>
    public MarginSet Pending;

    /// <summary>Child margins that collapsed through the container's top edge.</summary>
    public MarginSet TopEscape;

    /// <summary>Whether any in-flow child with a height, border or padding has been placed.</summary>
    public bool HasContent;

    public float ContentRight;
    public float ContentBottom;
    public float Baseline;
    public float LastBaseline;
}
