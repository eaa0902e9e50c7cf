using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Sparrow.Dom;

namespace Sparrow.Host.Rendering;

/// <summary>
/// The paint half of the dirty signal: after the cascade, the nodes whose computed style changed
/// (it marks them <see cref="NodeFlags.PaintDirty"/> or <see cref="NodeFlags.LayoutDirty"/>), whose text
/// changed, and whose children changed, gathered by walking only subtrees with dirty descendants.
/// They collect across <see cref="Update"/>s until the painter takes them
/// (<see cref="ClearPaintInvalidation"/>); layout boxes, positions and scroll the painter compares itself.
/// </summary>
public sealed partial class PageDocument
{
    private const NodeFlags Changed = NodeFlags.PaintDirty | NodeFlags.LayoutDirty;
    private const NodeFlags ChangedBelow = NodeFlags.DescendantPaintDirty | NodeFlags.DescendantLayoutDirty;

    private readonly List<int> _paintDirty = [];
    private readonly Stack<int> _paintWalk = new();

    /// <summary>Nodes changed for paint since the last <see cref="ClearPaintInvalidation"/> (may repeat).</summary>
    public ReadOnlySpan<int> PaintDirtyNodes => CollectionsMarshal.AsSpan(_paintDirty);

    /// <summary>More changed than is worth listing: paint everything.</summary>
    public bool PaintDirtyAll { get; private set; } = true;

    /// <summary>The painter has taken <see cref="PaintDirtyNodes"/>.</summary>
    public void ClearPaintInvalidation()
    {
        _paintDirty.Clear();
        PaintDirtyAll = false;
    }

    /// <summary>Runs after the cascade and before the box sync, which clears the layout bits.</summary>
    private void CollectPaintInvalidation()
    {
        var flags = Store.Flags;
        if ((flags[Root] & (Changed | ChangedBelow)) == 0)
        {
            return;
        }

        var first = Store.FirstChild;
        var next = Store.NextSibling;
        _paintWalk.Clear();
        _paintWalk.Push(Root);
        while (_paintWalk.TryPop(out var node))
        {
            var bits = flags[node];
            if ((bits & Changed) != 0 && !PaintDirtyAll)
            {
                _paintDirty.Add(node);
            }

            if ((bits & ChangedBelow) == 0)
            {
                continue;
            }

            for (var child = first[node]; child >= 0; child = next[child])
            {
                if ((flags[child] & (Changed | ChangedBelow)) != 0)
                {
                    _paintWalk.Push(child);
                }
            }
        }

        if (_paintDirty.Count > Store.SlotCount)
        {
            PaintDirtyAll = true;
            _paintDirty.Clear();
        }

        // Nothing else reads the paint bits; the layout bits are the box sync's to clear.
        Store.ClearDirty(NodeFlags.PaintDirty | NodeFlags.DescendantPaintDirty);
    }
}
