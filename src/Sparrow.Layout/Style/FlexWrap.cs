namespace Sparrow.Layout;

/// <summary>CSS <c>flex-wrap</c>.</summary>
public enum FlexWrap : byte
{
    NoWrap = 0,
    Wrap,
    WrapReverse,
}
