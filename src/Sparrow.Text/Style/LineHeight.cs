namespace Sparrow.Text;

/// <summary>
/// CSS 2 §10.8.1 <c>line-height</c>: <c>normal</c> (from the fonts' metrics, see
/// <see cref="ScaledFontMetrics.LineSpacing"/>), a number (times the font size) or a length in px.
/// </summary>
public readonly record struct LineHeight
{
    private LineHeight(byte kind, float value)
    {
        Kind = kind;
        Value = value;
    }

    public static LineHeight Normal => default;

    /// <summary>0 normal, 1 number, 2 length.</summary>
    public byte Kind { get; }

    public float Value { get; }

    public bool IsNormal => Kind == 0;

    public static LineHeight Number(float factor) => new(1, factor);

    public static LineHeight Pixels(float px) => new(2, px);

    /// <summary>
    /// The used line height in px for a font size; only meaningful when not normal. Truncated to
    /// Chromium's LayoutUnit (1/64 px), as ComputedStyle::ComputedLineHeightAsFixed does: 1.2 at
    /// 16px is 19.1875, not 19.2.
    /// </summary>
    public float Resolve(float fontSize) => System.MathF.Floor((Kind == 1 ? Value * fontSize : Value) * 64) / 64;
}
