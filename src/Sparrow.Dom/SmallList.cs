using System;

namespace Sparrow.Dom;

/// <summary>
/// A growable list stored by value in a node column (classes, attributes, dataset, listener stats).
/// Its array is kept when the list is cleared or its node freed, so a slot reused by a new node
/// does not allocate again.
/// </summary>
internal struct SmallList<T>
{
    private T[]? _items;
    private int _count;

    public readonly int Count => _count;

    public readonly ReadOnlySpan<T> AsSpan() => _items is null ? default : _items.AsSpan(0, _count);

    public readonly Span<T> AsMutableSpan() => _items is null ? default : _items.AsSpan(0, _count);

    public void Add(T item)
    {
        _items ??= new T[2];
        if (_count == _items.Length)
        {
            Array.Resize(ref _items, _count * 2);
        }

        _items[_count++] = item;
    }

    public void RemoveAt(int index)
    {
        if ((uint)index >= (uint)_count)
        {
            Sparrow.Core.ThrowHelper.ArgumentOutOfRange(nameof(index), "Index outside the list.");
        }

        _count--;
        Array.Copy(_items!, index + 1, _items!, index, _count - index);
        _items![_count] = default!;
    }

    public void Clear()
    {
        if (_items is not null)
        {
            Array.Clear(_items, 0, _count);
        }

        _count = 0;
    }
}
