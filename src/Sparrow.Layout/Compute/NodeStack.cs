using System;

namespace Sparrow.Layout;

/// <summary>A growable stack of node indices, reused across passes so that iterative walks allocate nothing in steady state.</summary>
internal sealed class NodeStack
{
    private int[] _items = new int[64];

    public int Count { get; private set; }

    public void Push(int node)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[Count++] = node;
    }

    public int Pop() => _items[--Count];
}
