namespace Sparrow.Layout;

/// <summary>Derived questions algorithms ask of a style, kept next to the data they read.</summary>
public partial struct LayoutStyle
{
    public readonly bool IsFlexContainer => Display is Display.Flex or Display.InlineFlex;

    public readonly bool IsRow => FlexDirection is FlexDirection.Row or FlexDirection.RowReverse;

    public readonly bool IsReverse => FlexDirection is FlexDirection.RowReverse or FlexDirection.ColumnReverse;

    /// <summary>Absolutely positioned boxes are taken out of flow (CSS 2 §9.6).</summary>
    public readonly bool IsOutOfFlow => Position is Position.Absolute or Position.Fixed;

    /// <summary>
    /// A scroll container clips and scrolls its content; for flex items it also makes the automatic
    /// minimum size 0 (css-flexbox-1 §4.5: "this value … for flex items that are not scroll containers").
    /// </summary>
    public readonly bool IsScrollContainer => OverflowX != Overflow.Visible || OverflowY != Overflow.Visible;

    /// <summary>
    /// A float taken out of flow and shifted left or right (CSS 2 §9.5). Absolutely positioned boxes do not
    /// float (§9.7: their computed float is none); the flex algorithm never asks, so float on a flex item
    /// is ignored as css-flexbox-1 §3 says.
    /// </summary>
    public readonly bool IsFloating => Float != FloatSide.None && !IsOutOfFlow;

    public readonly bool IsInlineLevel => Display is Display.Inline or Display.InlineBlock or Display.InlineFlex;

    /// <summary>
    /// Whether any length this node resolves against its containing block is a percentage. When none is,
    /// the containing block's size cannot change this node's layout, and the cache ignores it.
    /// </summary>
    public readonly bool UsesParentSize =>
        IsPercent(Width) || IsPercent(Height) || IsPercent(MinWidth) || IsPercent(MinHeight) || IsPercent(MaxWidth) || IsPercent(MaxHeight)
        || IsPercent(MarginLeft) || IsPercent(MarginRight) || IsPercent(MarginTop) || IsPercent(MarginBottom)
        || IsPercent(PaddingLeft) || IsPercent(PaddingRight) || IsPercent(PaddingTop) || IsPercent(PaddingBottom)
        || IsPercent(BorderLeft) || IsPercent(BorderRight) || IsPercent(BorderTop) || IsPercent(BorderBottom)
        || IsPercent(InsetLeft) || IsPercent(InsetRight) || IsPercent(InsetTop) || IsPercent(InsetBottom);

    /// <summary>
    /// Whether the node has its own size constraints (width, height, min, max, aspect-ratio). Without them,
    /// laying it out by its content or by its styles is the same, and the cache treats both alike.
    /// </summary>
    public readonly bool HasSizeConstraints =>
        !Width.IsAuto || !Height.IsAuto || !MinWidth.IsAuto || !MinHeight.IsAuto || !MaxWidth.IsUndefined || !MaxHeight.IsUndefined
        || !float.IsNaN(AspectRatio);

    private static bool IsPercent(Length l) => l.Unit == LengthUnit.Percent;
}
