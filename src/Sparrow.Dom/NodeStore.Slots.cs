using System;
using Sparrow.Core;

namespace Sparrow.Dom;

public sealed partial class NodeStore
{
    /// <summary>
    /// Takes a slot from the free list (or a new one), bumps its generation and resets its columns.
    /// A new node is style-, layout- and paint-dirty: nothing about it has been computed.
    /// </summary>
    internal NodeId Allocate(NodeKind kind, Atom tag, Atom stylingName)
    {
        int index;
        if (_freeHead >= 0)
        {
            index = _freeHead;
            _freeHead = _nextSibling[index];
        }
        else
        {
            if (_used == _capacity)
            {
                Grow();
            }

            index = _used++;
        }

        // Generation 0 means "none"; skip it when the counter wraps.
        var generation = _generation[index] + 1;
        _generation[index] = generation == 0 ? 1 : generation;
        _kind[index] = kind;
        _parent[index] = _firstChild[index] = _lastChild[index] = _prevSibling[index] = _nextSibling[index] = -1;
        _tag[index] = tag;
        _stylingName[index] = stylingName;
        _flags[index] = NodeFlags.AllDirty;
        _styleScope[index] = _extraStyleScope[index] = _hostStyleScope[index] = -1;
        _id[index] = Atom.Empty;
        _handle[index] = 0;
        _text[index] = null;
        _inlineStyle[index] = null;
        _classes[index].Clear();
        _attributes[index].Clear();
        _dataset[index].Clear();
        _listeners[index].Clear();
        _liveCount++;
        return new NodeId(index, _generation[index]);
    }

    /// <summary>Frees a detached, childless slot; its generation makes every id of it stale.</summary>
    internal void Free(int index)
    {
        if (_parent[index] >= 0 || _firstChild[index] >= 0 || _kind[index] is NodeKind.Free or NodeKind.Root)
        {
            ThrowHelper.InvalidOperation($"Slot {index} must be a detached, childless, non-root node to be freed.");
        }

        var handle = _handle[index];
        if (handle != 0 && handle < (uint)_byHandle.Length && _byHandle[handle].Index == index)
        {
            _byHandle[handle] = NodeId.None;
        }

        _kind[index] = NodeKind.Free;
        _text[index] = null;
        _inlineStyle[index] = null;
        _classes[index].Clear();
        _attributes[index].Clear();
        _dataset[index].Clear();
        _listeners[index].Clear();
        _nextSibling[index] = _freeHead;
        _freeHead = index;
        _liveCount--;
    }

    private void MapHandle(uint handle, NodeId id)
    {
        if (handle >= (uint)_byHandle.Length)
        {
            var size = _byHandle.Length;
            while (size <= handle)
            {
                size *= 2;
            }

            Array.Resize(ref _byHandle, size);
        }

        _byHandle[handle] = id;
        _handle[id.Index] = handle;
    }

    private void Grow()
    {
        var size = _capacity * 2;
        Array.Resize(ref _generation, size);
        Array.Resize(ref _kind, size);
        Array.Resize(ref _parent, size);
        Array.Resize(ref _firstChild, size);
        Array.Resize(ref _lastChild, size);
        Array.Resize(ref _prevSibling, size);
        Array.Resize(ref _nextSibling, size);
        Array.Resize(ref _tag, size);
        Array.Resize(ref _stylingName, size);
        Array.Resize(ref _flags, size);
        Array.Resize(ref _styleScope, size);
        Array.Resize(ref _extraStyleScope, size);
        Array.Resize(ref _hostStyleScope, size);
        Array.Resize(ref _id, size);
        Array.Resize(ref _handle, size);
        Array.Resize(ref _text, size);
        Array.Resize(ref _inlineStyle, size);
        Array.Resize(ref _classes, size);
        Array.Resize(ref _attributes, size);
        Array.Resize(ref _dataset, size);
        Array.Resize(ref _listeners, size);
        _capacity = size;
    }
}
