namespace Sparrow.Layout;

/// <summary>
/// Where an absolutely positioned box goes on an axis whose insets are both auto (CSS 2 §10.3.7
/// "static position"): at <c>Start + Factor × (Space − outer size)</c> from the container's border-box
/// origin. Block flow uses factor 0 at the box's in-flow position; flex uses justify-content and
/// align-self as factors (css-flexbox-1 §4.1).
/// </summary>
internal readonly record struct StaticPosition(float StartX, float SpaceX, float FactorX, float StartY, float SpaceY, float FactorY);
