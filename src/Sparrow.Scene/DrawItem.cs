using System.Runtime.InteropServices;

namespace Sparrow.Scene;

/// <summary>
/// One entry of the draw order: a primitive (kind and index into its array) or a layer boundary,
/// with the scissor rectangle it is drawn under (an index into <see cref="DisplayList.Scissors"/>;
/// 0 means the whole target).
/// </summary>
[StructLayout(LayoutKind.Sequential, Pack = 4, Size = 8)]
public readonly record struct DrawItem(PrimitiveKind Kind, byte Reserved, ushort Scissor, int Index)
{
    public DrawItem(PrimitiveKind kind, ushort scissor, int index)
        : this(kind, 0, scissor, index)
    {
    }
}
