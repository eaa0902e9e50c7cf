namespace Sparrow.Layout;

/// <summary>
/// Whether a node applies its own width/height styles (<see cref="InherentSize"/>) or only the known
/// sizes its parent passed (<see cref="ContentSize"/>); flex items are sized by the flex algorithm, so
/// their style sizes were already folded in by the parent (Taffy's <c>SizingMode</c>).
/// </summary>
internal enum SizingMode : byte
{
    InherentSize = 0,
    ContentSize = 1,
}
