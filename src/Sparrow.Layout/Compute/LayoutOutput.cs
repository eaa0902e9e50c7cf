namespace Sparrow.Layout;

/// <summary>What a node's layout returns to its parent: border-box size, overflow size and first baseline (NaN: none).</summary>
internal struct LayoutOutput
{
    public float Width;
    public float Height;
    public float ContentWidth;
    public float ContentHeight;
    public float Baseline;

    /// <summary>The last baseline (CSS 2 §10.8.1: an inline-block's baseline is its last line box's).</summary>
    public float LastBaseline;

    /// <summary>
    /// For a box laid out with <c>LayoutInput.MarginsCollapse</c>: its own top margin collapsed with any
    /// child margins that collapse through its top edge, and likewise at the bottom (CSS 2 §8.3.1).
    /// </summary>
    public MarginSet TopMargin;
    public MarginSet BottomMargin;

    /// <summary>The box is empty and its top and bottom margins collapse through it.</summary>
    public bool CollapsesThrough;

    /// <summary>
    /// The box is not a BFC root and floats inside it joined the enclosing block formatting context: a cached
    /// copy of this answer would not add them again, so it is never cached.
    /// </summary>
    public bool FloatsEscape;

    public LayoutOutput(float width, float height, float contentWidth, float contentHeight, float baseline)
    {
        Width = width;
        Height = height;
        ContentWidth = contentWidth;
        ContentHeight = contentHeight;
        Baseline = baseline;
        LastBaseline = baseline;
    }

    public static LayoutOutput FromSize(float width, float height) => new(width, height, width, height, float.NaN);

    public static LayoutOutput Hidden => new(0, 0, 0, 0, float.NaN);

    public readonly Size2 Size => new(Width, Height);
}
