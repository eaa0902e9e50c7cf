namespace Sparrow.Css;

/// <summary>What a <see cref="CssValue"/> holds.</summary>
public enum CssValueKind : byte
{
    /// <summary>No value (an unset slot).</summary>
    None,
    Keyword,

    /// <summary><see cref="CssValue.Number"/> in <see cref="CssValue.Unit"/> (lengths, angles, times).</summary>
    Dimension,
    Percentage,
    Number,
    Color,
    String,
    Url,

    /// <summary>A <c>calc()</c> after resolution: <see cref="CssValue.Number"/> px plus <see cref="CssValue.Number2"/> percent.</summary>
    Calc,

    /// <summary>A value kept as normalized text (gradients, transforms, shadows, lists): grammar checked loosely.</summary>
    Raw,

    /// <summary>A declared value containing <c>var()</c> or <c>env()</c>: parsed at computed-value time (CSS Variables 1 §3).</summary>
    Pending,

    /// <summary>A parsed <c>calc()</c> expression not yet resolved (holds a <see cref="CalcNode"/>).</summary>
    CalcExpression,

    /// <summary>
    /// Two components (a <see cref="CssValuePair"/> in <see cref="CssValue.Complex"/>): a corner's
    /// horizontal and vertical radius when they differ (css-backgrounds-3 §5.1).
    /// </summary>
    Pair,
}
