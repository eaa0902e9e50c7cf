namespace Sparrow.Paint;

/// <summary>
/// What relative lengths inside raw values resolve against: the element's font size (em), the root's
/// (rem) and the viewport (vw, vh, vmin, vmax). rpx is already px: the Css stage resolves it in raw text.
/// </summary>
public readonly record struct LengthContext(float FontSize, float RootFontSize, float ViewportWidth, float ViewportHeight)
{
    public static LengthContext Default => new(16, 16, 375, 667);
}
