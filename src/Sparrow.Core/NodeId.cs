using System.Runtime.InteropServices;

namespace Sparrow.Core;

/// <summary>
/// A node of the render-side store: an index into its columns plus the generation of that slot,
/// so an id kept after its node was freed (and the slot reused) is detected as stale.
/// <c>default</c> is <see cref="None"/>.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
public readonly record struct NodeId(int Index, uint Generation)
{
    public static NodeId None => default;

    /// <summary>Generation 0 is never handed out, so <c>default</c> never names a live node.</summary>
    public bool IsNone => Generation == 0;

    public override string ToString() => IsNone ? "#none" : $"#{Index}.{Generation}";
}
