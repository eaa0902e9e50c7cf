namespace Sparrow.Layout;

/// <summary>
/// CSS <c>align-items</c> and <c>align-self</c> in a flex container. <see cref="Auto"/> is only
/// meaningful for align-self (defer to the parent's align-items); <c>normal</c> behaves as stretch.
/// </summary>
public enum Align : byte
{
    Auto = 0,
    FlexStart,
    FlexEnd,
    Center,
    Baseline,
    Stretch,
}
