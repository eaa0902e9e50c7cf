using Sparrow.Core;

namespace Sparrow.Dom;

public sealed partial class NodeStore
{
    /// <summary>True when <paramref name="ancestor"/> is <paramref name="node"/> or one of its ancestors.</summary>
    public bool IsInclusiveAncestor(int ancestor, int node)
    {
        for (var n = node; n >= 0; n = _parent[n])
        {
            if (n == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Number of children; walks the list.</summary>
    public int ChildCount(int node)
    {
        var count = 0;
        for (var c = _firstChild[node]; c >= 0; c = _nextSibling[c])
        {
            count++;
        }

        return count;
    }

    /// <summary>
    /// Links a detached <paramref name="child"/> under <paramref name="parent"/> before
    /// <paramref name="before"/> (-1: at the end). Callers have validated the operands.
    /// </summary>
    internal void Link(int parent, int child, int before)
    {
        if (_parent[child] >= 0 || (before >= 0 && _parent[before] != parent))
        {
            ThrowHelper.InvalidOperation("Link needs a detached child and a sibling of the same parent.");
        }

        _parent[child] = parent;
        if (before < 0)
        {
            var last = _lastChild[parent];
            _prevSibling[child] = last;
            _nextSibling[child] = -1;
            if (last >= 0)
            {
                _nextSibling[last] = child;
            }
            else
            {
                _firstChild[parent] = child;
            }

            _lastChild[parent] = child;
        }
        else
        {
            var prev = _prevSibling[before];
            _prevSibling[child] = prev;
            _nextSibling[child] = before;
            _prevSibling[before] = child;
            if (prev >= 0)
            {
                _nextSibling[prev] = child;
            }
            else
            {
                _firstChild[parent] = child;
            }
        }

        OnChildrenChanged(parent);
        OnInserted(child);
    }

    /// <summary>Detaches <paramref name="child"/> (and its subtree) from its parent, if any.</summary>
    internal void Unlink(int child)
    {
        var parent = _parent[child];
        if (parent < 0)
        {
            return;
        }

        var prev = _prevSibling[child];
        var next = _nextSibling[child];
        if (prev >= 0)
        {
            _nextSibling[prev] = next;
        }
        else
        {
            _firstChild[parent] = next;
        }

        if (next >= 0)
        {
            _prevSibling[next] = prev;
        }
        else
        {
            _lastChild[parent] = prev;
        }

        _parent[child] = _prevSibling[child] = _nextSibling[child] = -1;
        OnChildrenChanged(parent);
    }

    /// <summary>Moves every child of <paramref name="fragment"/>, in order, under <paramref name="parent"/> before <paramref name="before"/>.</summary>
    internal void MoveChildren(int fragment, int parent, int before)
    {
        var c = _firstChild[fragment];
        while (c >= 0)
        {
            var next = _nextSibling[c];
            Unlink(c);
            Link(parent, c, before);
            c = next;
        }
    }

    /// <summary>
    /// A parent's child list changed: its layout and paint, and the selector inputs of its children
    /// (<c>:first-child</c>, <c>:nth-child</c>, <c>+</c>, <c>~</c>) and of itself (<c>:empty</c>).
    /// </summary>
    private void OnChildrenChanged(int parent)
    {
        MarkDirty(parent, NodeFlags.LayoutDirty | NodeFlags.PaintDirty);
        _flags[parent] |= NodeFlags.SelectorInputsChanged;
        _styleChanges.Add(new StyleChange(IdOf(parent), StyleChangeKind.ChildrenChanged, Atom.Empty, Atom.Empty, -1));
    }

    /// <summary>An inserted subtree is styled from scratch: inherited values come from its new parent.</summary>
    private void OnInserted(int child)
    {
        MarkDirty(child, NodeFlags.AllDirty);
        _styleChanges.Add(new StyleChange(IdOf(child), StyleChangeKind.Inserted, Atom.Empty, Atom.Empty, -1));
    }
}
