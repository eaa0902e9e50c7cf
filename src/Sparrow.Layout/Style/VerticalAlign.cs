namespace Sparrow.Layout;

/// <summary>CSS <c>vertical-align</c> of an inline-level box within its line box.</summary>
public enum VerticalAlign : byte
{
    Baseline = 0,
    Top,
    Middle,
    Bottom,
}
