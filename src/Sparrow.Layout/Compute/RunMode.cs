namespace Sparrow.Layout;

/// <summary>Whether a pass only needs the node's size or must also place its descendants (Taffy's <c>RunMode</c>).</summary>
internal enum RunMode : byte
{
    ComputeSize = 0,
    PerformLayout = 1,
}
