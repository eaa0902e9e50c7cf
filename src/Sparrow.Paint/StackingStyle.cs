using Sparrow.Css;

namespace Sparrow.Paint;

/// <summary>
/// What a box's computed style says about its place in paint order (CSS 2.1 Appendix E and §9.9):
/// whether it is positioned, makes a stacking context, is painted as a layer of its context, and
/// which overflow clip reaches it. Read once per box by <see cref="Painter"/>'s pre-pass, and by the
/// embedder's hit-testing so that it finds the topmost box in exactly the order Paint paints.
/// </summary>
public readonly struct StackingStyle
{
    private StackingStyle(string? position, string? display, int z, bool isContext, bool isLayerChild, bool transformed)
    {
        Position = position;
        Display = display;
        Z = z;
        IsContext = isContext;
        IsLayerChild = isLayerChild;
        Transformed = transformed;
    }

    /// <summary>The computed <c>position</c> keyword (null when unset).</summary>
    public string? Position { get; }

    /// <summary>The computed <c>display</c> keyword (null when unset).</summary>
    public string? Display { get; }

    /// <summary>The integer z-index, 0 for <c>auto</c>.</summary>
    public int Z { get; }

    /// <summary>The box makes a stacking context.</summary>
    public bool IsContext { get; }

    /// <summary>The box is painted by its stacking context's z-ordered phases (positioned, or a nested context), not in flow.</summary>
    public bool IsLayerChild { get; }

    /// <summary>The box has a <c>transform</c>.</summary>
    public bool Transformed { get; }

    /// <summary><c>position</c> is not static.</summary>
    public bool Positioned => Position is "relative" or "absolute" or "fixed" or "sticky";

    /// <summary><c>position: fixed</c>: placed against the viewport.</summary>
    public bool Fixed => Position == "fixed";

    /// <summary><c>position</c> absolute or fixed: out of flow.</summary>
    public bool OutOfFlow => Position is "absolute" or "fixed";

    /// <summary>What the box sorts by among its context's layers: its z-index when it makes a context; a positioned box with z-index auto sits at 0.</summary>
    public int LayerZ => IsContext ? Z : 0;

    /// <summary>The box lays its children out as flex (or grid) items, so z-index applies to them even when static (css-flexbox-1 §4.3).</summary>
    public bool IsFlexContainer => Display is "flex" or "inline-flex" or "-webkit-box" or "-webkit-inline-box" or "grid" or "inline-grid";

    /// <summary>
    /// Reads the element <paramref name="node"/>'s stacking facts. Chromium: fixed boxes always make a
    /// stacking context; z-index applies to flex items even when static; opacity (css-color-3 §3.2) and
    /// transforms (css-transforms-1 §3) make one too.
    /// </summary>
    /// <param name="styles">The computed styles.</param>
    /// <param name="node">An element slot (text nodes have no style row of their own).</param>
    /// <param name="isRoot">The node is the root of the painted tree (always a context, never a layer child).</param>
    /// <param name="parentIsFlex">The parent is a flex container.</param>
    public static StackingStyle Read(ComputedStyleStore styles, int node, bool isRoot, bool parentIsFlex)
    {
        var position = styles.Get(CssProperties.Position, node).Text;
        var positioned = position is "relative" or "absolute" or "fixed" or "sticky";
        var zValue = styles.Get(CssProperties.ZIndex, node);
        var zAuto = zValue.Kind != CssValueKind.Number;
        var opacity = styles.Get(CssProperties.Opacity, node);
        var transformed = styles.Get(CssProperties.Transform, node).Kind == CssValueKind.Raw;
        var isContext = isRoot || position == "fixed" || (positioned && !zAuto) || (parentIsFlex && !zAuto)
            || (opacity.Kind == CssValueKind.Number && opacity.Number < 1) || transformed;
        var display = styles.Get(CssProperties.Display, node).Text;
        return new StackingStyle(position, display, zAuto ? 0 : (int)zValue.Number, isContext, !isRoot && (positioned || isContext), transformed);
    }

    /// <summary>
    /// The overflow clip that reaches the box, by its containing block (CSS 2.1 §11.1.1): fixed boxes
    /// escape them all (−1), absolute ones those below their containing block.
    /// </summary>
    /// <param name="flowClip">The clip for in-flow and relatively positioned children of the parent.</param>
    /// <param name="containingBlockClip">The clip for absolutely positioned boxes whose containing block is the parent's.</param>
    public int ClipFor(int flowClip, int containingBlockClip) => Fixed ? -1 : OutOfFlow ? containingBlockClip : flowClip;
}
