using System;

namespace Sparrow.Host.Input;

/// <summary>What the hit tester's pre-pass records per box (the subset of Paint's flags that decides what is on top).</summary>
[Flags]
internal enum HitFlags : ushort
{
    None = 0,

    /// <summary>The box makes a stacking context (root, fixed, positioned or flex item with a z-index, opacity &lt; 1, transform).</summary>
    StackingContext = 1 << 0,

    /// <summary>Painted as a layer of its stacking context (positioned, or a nested context), not in flow.</summary>
    LayerChild = 1 << 1,

    /// <summary><c>position</c> is not static.</summary>
    Positioned = 1 << 2,

    /// <summary><c>position: fixed</c>: placed against the viewport, does not scroll.</summary>
    Fixed = 1 << 3,

    /// <summary>Overflow clips the box's descendants to its padding box.</summary>
    Clips = 1 << 4,

    /// <summary>Only the horizontal axis clips (overflow-x not visible, overflow-y visible).</summary>
    ClipXOnly = 1 << 5,

    /// <summary>Only the vertical axis clips.</summary>
    ClipYOnly = 1 << 6,

    /// <summary>The box itself is never a target: <c>visibility</c> not visible or <c>pointer-events: none</c> (its descendants may be).</summary>
    Transparent = 1 << 7,
}
