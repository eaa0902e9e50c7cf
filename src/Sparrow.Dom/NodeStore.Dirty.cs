namespace Sparrow.Dom;

public sealed partial class NodeStore
{
    /// <summary>
    /// Sets <paramref name="bits"/> (any of style, layout, paint) on <paramref name="node"/> and the
    /// matching <c>Descendant…</c> bits on its ancestors, stopping at the first ancestor that already
    /// has them: everything above it has them too, so marking is O(1) amortised.
    /// </summary>
    public void MarkDirty(int node, NodeFlags bits)
    {
        _flags[node] |= bits;
        var up = NodeFlags.None;
        if ((bits & NodeFlags.StyleDirty) != 0)
        {
            up |= NodeFlags.DescendantStyleDirty;
        }

        if ((bits & NodeFlags.LayoutDirty) != 0)
        {
            up |= NodeFlags.DescendantLayoutDirty;
        }

        if ((bits & NodeFlags.PaintDirty) != 0)
        {
            up |= NodeFlags.DescendantPaintDirty;
        }

        for (var p = _parent[node]; p >= 0 && up != NodeFlags.None; p = _parent[p])
        {
            var missing = up & ~_flags[p];
            _flags[p] |= missing;
            up = missing;
        }
    }

    /// <summary>Clears <paramref name="bits"/> on every slot: a stage calls it after a full pass.</summary>
    public void ClearDirty(NodeFlags bits)
    {
        var flags = Flags;
        for (var i = 0; i < flags.Length; i++)
        {
            flags[i] &= ~bits;
        }
    }
}
