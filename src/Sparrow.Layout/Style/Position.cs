namespace Sparrow.Layout;

/// <summary>The CSS <c>position</c> values.</summary>
public enum Position : byte
{
    Static = 0,
    Relative,
    Absolute,

    /// <summary>Absolute against the viewport (the root's available size).</summary>
    Fixed,
}
