namespace Sparrow.Layout;

/// <summary>
/// Per-item state of one flex layout pass (Taffy's <c>FlexItem</c>). Sizes are border-box sizes unless
/// named "outer" (margin box). NaN means "none". Lives in a reusable scratch array, never on the heap per pass.
/// </summary>
internal struct FlexItem
{
    public int Node;
    public int Order;

    /// <summary>Style width/height, min and max, resolved against the container's inner size and made border-box.</summary>
    public Size2 Size;
    public Size2 MinSize;
    public Size2 MaxSize;

    public Edges Inset;
    public Edges Margin;
    public bool MarginLeftAuto;
    public bool MarginRightAuto;
    public bool MarginTopAuto;
    public bool MarginBottomAuto;
    public Edges Padding;
    public Edges Border;

    public Align AlignSelf;
    public bool IsScrollContainer;
    public bool IsRelative;
    public float AspectRatio;
    public float FlexGrow;
    public float FlexShrink;

    /// <summary>The flex base size (border box) and the same without padding and border ("inner").</summary>
    public float FlexBasis;
    public float InnerFlexBasis;

    public float Violation;
    public bool Frozen;

    /// <summary>The used min main size: min-width/height, or the automatic minimum size of §4.5.</summary>
    public float ResolvedMinMainSize;

    public Size2 HypotheticalSize;
    public Size2 HypotheticalOuterSize;
    public Size2 TargetSize;
    public Size2 OuterTargetSize;

    /// <summary>Distance from the outer cross-start edge to the baseline, for align-self: baseline.</summary>
    public float Baseline;

    /// <summary>Logical offsets from main-start and from the line's cross-start, set by steps 12–14.</summary>
    public float OffsetMain;
    public float OffsetCross;

    public readonly bool MainStartAuto(bool row) => row ? MarginLeftAuto : MarginTopAuto;

    public readonly bool MainEndAuto(bool row) => row ? MarginRightAuto : MarginBottomAuto;

    public readonly bool CrossStartAuto(bool row) => row ? MarginTopAuto : MarginLeftAuto;

    public readonly bool CrossEndAuto(bool row) => row ? MarginBottomAuto : MarginRightAuto;

    public readonly float PaddingBorderMain(bool row) => Padding.MainSum(row) + Border.MainSum(row);

    public readonly float PaddingBorderCross(bool row) => Padding.CrossSum(row) + Border.CrossSum(row);
}
