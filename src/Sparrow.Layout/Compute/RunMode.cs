namespace Sparrow.Layout;

/// <summary>Whether a pass only needs the node's size or must also place its descendants (Taffy's <c>RunMode</c>).</summary>
internal enum RunMode : byte
{
    /// <summary>No question: an empty <see cref="CacheEntry"/> has this mode.</summary>
    None = 0,
    ComputeSize = 1,
    PerformLayout = 2,
}
