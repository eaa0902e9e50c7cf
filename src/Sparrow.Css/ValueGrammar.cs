namespace Sparrow.Css;

/// <summary>
/// The value grammars of the property table; <see cref="CssValueParser"/> has one parse routine per
/// grammar. Grammars ending in a keyword list also accept the property's <see cref="CssProperty.Keywords"/>.
/// </summary>
public enum ValueGrammar : byte
{
    /// <summary>One of the property's keywords.</summary>
    Keyword,

    /// <summary><c>&lt;length&gt;</c> (non-negative where the property says so), or a keyword.</summary>
    Length,

    /// <summary><c>&lt;length-percentage&gt;</c>, or a keyword (<c>auto</c>, <c>none</c>, <c>normal</c>, …).</summary>
    LengthPercentage,

    /// <summary><c>&lt;number&gt;</c>, or a keyword.</summary>
    Number,

    /// <summary><c>&lt;integer&gt;</c>, or a keyword (<c>auto</c> for z-index).</summary>
    Integer,

    /// <summary><c>&lt;number&gt; | &lt;percentage&gt;</c>, computed as a number (opacity).</summary>
    AlphaValue,
    Color,

    /// <summary><c>normal | &lt;number&gt; | &lt;length-percentage&gt;</c>.</summary>
    LineHeight,

    /// <summary>Absolute and relative size keywords or <c>&lt;length-percentage&gt;</c>.</summary>
    FontSize,

    /// <summary><c>normal | bold | bolder | lighter | &lt;number [1,1000]&gt;</c>.</summary>
    FontWeight,

    /// <summary>A comma list of times (<c>transition-duration</c>, <c>animation-delay</c>).</summary>
    TimeList,

    /// <summary><c>auto | &lt;ratio&gt;</c>.</summary>
    Ratio,

    /// <summary>
    /// A corner radius: one or two <c>&lt;length-percentage [0,∞]&gt;</c>, horizontal then vertical
    /// (css-backgrounds-3 §5.1); two that differ make a <see cref="CssValueKind.Pair"/>.
    /// </summary>
    CornerRadius,

    /// <summary>Kept as normalized text after a balance check: images, gradients, transforms, shadows, lists.</summary>
    Raw,
}
