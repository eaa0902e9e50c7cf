using System.Runtime.InteropServices;

namespace Sparrow.Host;

/// <summary>
/// The consumer's head and the producer's tail of a <see cref="SpscQueue{T}"/>, 128 bytes apart so
/// the two threads never share a cache line (two lines on every current CPU, prefetch pairs
/// included). Outside the generic queue because generic types cannot have explicit layout.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 256)]
internal struct QueueIndices
{
    [FieldOffset(64)]
    public long Head;

    [FieldOffset(192)]
    public long Tail;
}
