namespace Sparrow.Css;

/// <summary>Units of numeric values (CSS Values 4 §5–6) plus WXSS's <c>rpx</c>.</summary>
public enum CssUnit : byte
{
    None,
    Px,
    Em,
    Rem,

    /// <summary>Responsive pixel: 750rpx is the window width (WXSS).</summary>
    Rpx,
    Vw,
    Vh,
    Vmin,
    Vmax,
    Percent,
    Pt,
    Pc,
    In,
    Cm,
    Mm,
    Q,
    Ex,
    Ch,
    Deg,
    Rad,
    Grad,
    Turn,
    S,
    Ms,
    Fr,
    Dppx,
}
