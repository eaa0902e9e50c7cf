using System.Runtime.CompilerServices;

namespace Sparrow.Layout;

/// <summary>
/// Everything layout reads about one node, packed: enums share one 32-bit word of bit fields,
/// lengths are 32-bit tagged values (<see cref="Length"/>). 128 bytes per node.
/// <c>Sparrow.Css</c> adapts computed styles to this; layout never sees CSS text.
/// Use <see cref="Default"/>, not <c>default</c>: width, height, insets and flex-basis start as auto.
/// </summary>
public partial struct LayoutStyle
{
    // Bit layout of _enums: each field's shift and width. Widths fit the enum's largest value.
    private const int DisplayShift = 0, DisplayBits = 3;
    private const int PositionShift = 3, PositionBits = 2;
    private const int DirectionShift = 5, DirectionBits = 2;
    private const int WrapShift = 7, WrapBits = 2;
    private const int JustifyShift = 9, JustifyBits = 3;
    private const int AlignItemsShift = 12, AlignItemsBits = 3;
    private const int AlignSelfShift = 15, AlignSelfBits = 3;
    private const int AlignContentShift = 18, AlignContentBits = 3;
    private const int BoxSizingShift = 21, BoxSizingBits = 1;
    private const int OverflowXShift = 22, OverflowXBits = 2;
    private const int OverflowYShift = 24, OverflowYBits = 2;
    private const int TextAlignShift = 26, TextAlignBits = 2;
    private const int VerticalAlignShift = 28, VerticalAlignBits = 2;
    private const int FloatShift = 30, FloatBits = 2;

    // Bits that did not fit in _enums; the struct's 4-byte alignment pads it to 128 bytes anyway.
    private const int ClearShift = 0, ClearBits = 2;
    private const int NoWrapBit = 1 << 2;

    private uint _enums;
    private ushort _moreEnums;

    /// <summary>CSS initial values (display block: a WeChat <c>view</c>).</summary>
    public static LayoutStyle Default => new()
    {
        AlignItems = Align.Stretch,
        Width = Length.Auto,
        Height = Length.Auto,
        MinWidth = Length.Auto,
        MinHeight = Length.Auto,
        MaxWidth = Length.Undefined,
        MaxHeight = Length.Undefined,
        FlexBasis = Length.Auto,
        InsetLeft = Length.Auto,
        InsetRight = Length.Auto,
        InsetTop = Length.Auto,
        InsetBottom = Length.Auto,
        FlexShrink = 1,
        AspectRatio = float.NaN,
        ZIndex = AutoZIndex,
    };

    /// <summary>The <see cref="ZIndex"/> value that stands for <c>z-index: auto</c>.</summary>
    public const int AutoZIndex = int.MinValue;

    public Display Display { readonly get => (Display)Get(DisplayShift, DisplayBits); set => Set(DisplayShift, DisplayBits, (uint)value); }

    public Position Position { readonly get => (Position)Get(PositionShift, PositionBits); set => Set(PositionShift, PositionBits, (uint)value); }

    public FlexDirection FlexDirection { readonly get => (FlexDirection)Get(DirectionShift, DirectionBits); set => Set(DirectionShift, DirectionBits, (uint)value); }

    public FlexWrap FlexWrap { readonly get => (FlexWrap)Get(WrapShift, WrapBits); set => Set(WrapShift, WrapBits, (uint)value); }

    public JustifyContent JustifyContent { readonly get => (JustifyContent)Get(JustifyShift, JustifyBits); set => Set(JustifyShift, JustifyBits, (uint)value); }

    public Align AlignItems { readonly get => (Align)Get(AlignItemsShift, AlignItemsBits); set => Set(AlignItemsShift, AlignItemsBits, (uint)value); }

    public Align AlignSelf { readonly get => (Align)Get(AlignSelfShift, AlignSelfBits); set => Set(AlignSelfShift, AlignSelfBits, (uint)value); }

    public AlignContent AlignContent { readonly get => (AlignContent)Get(AlignContentShift, AlignContentBits); set => Set(AlignContentShift, AlignContentBits, (uint)value); }

    public BoxSizing BoxSizing { readonly get => (BoxSizing)Get(BoxSizingShift, BoxSizingBits); set => Set(BoxSizingShift, BoxSizingBits, (uint)value); }

    public Overflow OverflowX { readonly get => (Overflow)Get(OverflowXShift, OverflowXBits); set => Set(OverflowXShift, OverflowXBits, (uint)value); }

    public Overflow OverflowY { readonly get => (Overflow)Get(OverflowYShift, OverflowYBits); set => Set(OverflowYShift, OverflowYBits, (uint)value); }

    public TextAlign TextAlign { readonly get => (TextAlign)Get(TextAlignShift, TextAlignBits); set => Set(TextAlignShift, TextAlignBits, (uint)value); }

    public VerticalAlign VerticalAlign { readonly get => (VerticalAlign)Get(VerticalAlignShift, VerticalAlignBits); set => Set(VerticalAlignShift, VerticalAlignBits, (uint)value); }

    /// <summary>CSS <c>float</c>; see <see cref="IsFloating"/> for whether it applies.</summary>
    public FloatSide Float { readonly get => (FloatSide)Get(FloatShift, FloatBits); set => Set(FloatShift, FloatBits, (uint)value); }

    public Clear Clear
    {
        readonly get => (Clear)((_moreEnums >> ClearShift) & ((1 << ClearBits) - 1));
        set => _moreEnums = (ushort)((_moreEnums & ~(((1 << ClearBits) - 1) << ClearShift)) | (((int)value & ((1 << ClearBits) - 1)) << ClearShift));
    }

    /// <summary>
    /// The computed <c>white-space</c> allows no soft wrap between inline boxes (<c>nowrap</c> or <c>pre</c>,
    /// css-text-3 §3): a block container's line boxes then never break between its atomic inlines. Inherited
    /// in CSS, so the Css stage passes the computed value down as for <see cref="TextAlign"/>.
    /// </summary>
    public bool NoWrap
    {
        readonly get => (_moreEnums & NoWrapBit) != 0;
        set => _moreEnums = (ushort)(value ? _moreEnums | NoWrapBit : _moreEnums & ~NoWrapBit);
    }

    public Length Width { get; set; }

    public Length Height { get; set; }

    public Length MinWidth { get; set; }

    public Length MinHeight { get; set; }

    public Length MaxWidth { get; set; }

    public Length MaxHeight { get; set; }

    /// <summary>flex-basis; <see cref="Length.Undefined"/> stands for <c>content</c> (none is not a valid flex-basis).</summary>
    public Length FlexBasis { get; set; }

    /// <summary>Gap between rows (lines of a row container, items of a column container).</summary>
    public Length RowGap { get; set; }

    public Length ColumnGap { get; set; }

    public Length MarginLeft { get; set; }

    public Length MarginRight { get; set; }

    public Length MarginTop { get; set; }

    public Length MarginBottom { get; set; }

    public Length PaddingLeft { get; set; }

    public Length PaddingRight { get; set; }

    public Length PaddingTop { get; set; }

    public Length PaddingBottom { get; set; }

    /// <summary>Border widths (layout needs no colours or styles); percentages are not valid CSS here.</summary>
    public Length BorderLeft { get; set; }

    public Length BorderRight { get; set; }

    public Length BorderTop { get; set; }

    public Length BorderBottom { get; set; }

    public Length InsetLeft { get; set; }

    public Length InsetRight { get; set; }

    public Length InsetTop { get; set; }

    public Length InsetBottom { get; set; }

    public float FlexGrow { get; set; }

    public float FlexShrink { get; set; }

    /// <summary>Width divided by height, or NaN for <c>aspect-ratio: auto</c>.</summary>
    public float AspectRatio { get; set; }

    public int Order { get; set; }

    /// <summary>Recorded for paint's stacking order; layout does not read it. <see cref="AutoZIndex"/> for auto.</summary>
    public int ZIndex { get; set; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly uint Get(int shift, int bits) => (_enums >> shift) & ((1u << bits) - 1);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Set(int shift, int bits, uint value)
    {
        var mask = ((1u << bits) - 1) << shift;
        _enums = (_enums & ~mask) | ((value << shift) & mask);
    }
}
