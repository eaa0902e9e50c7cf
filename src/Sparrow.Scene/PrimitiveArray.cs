using System;
using System.Runtime.CompilerServices;
using Sparrow.Core;

namespace Sparrow.Scene;

/// <summary>
/// A growable array of blittable structs that keeps its storage across <see cref="Clear"/>, so a frame
/// in steady state allocates nothing. Exposed as spans: the renderer uploads <see cref="AsSpan"/> as is.
/// </summary>
public sealed class PrimitiveArray<T>
    where T : unmanaged
{
    private T[] _items;

    public PrimitiveArray(int capacity = 16)
    {
        _items = new T[Math.Max(capacity, 1)];
    }

    public int Count { get; private set; }

    public int Capacity => _items.Length;

    public ref T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                ThrowHelper.ArgumentOutOfRange(nameof(index), "Index is outside the array.");
            }

            return ref _items[index];
        }
    }

    public Span<T> AsSpan() => _items.AsSpan(0, Count);

    public ReadOnlySpan<T> AsReadOnlySpan() => _items.AsSpan(0, Count);

    /// <summary>Appends and returns the new item's index.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Add(in T item)
    {
        if (Count == _items.Length)
        {
            Grow();
        }

        _items[Count] = item;
        return Count++;
    }

    /// <summary>Appends <paramref name="items"/> and returns the index of the first.</summary>
    public int AddRange(ReadOnlySpan<T> items)
    {
        var first = Count;
        if (Count + items.Length > _items.Length)
        {
            Array.Resize(ref _items, Math.Max(Count + items.Length, _items.Length * 2));
        }

        items.CopyTo(_items.AsSpan(Count));
        Count += items.Length;
        return first;
    }

    public void RemoveLast()
    {
        if (Count == 0)
        {
            ThrowHelper.InvalidOperation("The array is empty.");
        }

        Count--;
    }

    public void Clear() => Count = 0;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow() => Array.Resize(ref _items, _items.Length * 2);
}
