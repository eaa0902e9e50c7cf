using System;
using System.Numerics;
using System.Threading;

namespace Sparrow.Host;

/// <summary>
/// A bounded lock-free queue for exactly one producer thread and one consumer thread: the
/// transport between the logic thread and the render thread (op batches one way; events and
/// query results the other). Each side owns its index and only reads the other's, so enqueue and
/// dequeue are a few loads and one release-store each, with no locks and no allocation.
/// </summary>
/// <remarks>
/// The capacity is a power of two. The indices grow without wrapping (64-bit), so full and empty
/// are told apart by their difference. Head and tail sit on separate cache lines to avoid false
/// sharing between the two threads.
/// </remarks>
public sealed class SpscQueue<T>
{
    private readonly T[] _items;
    private readonly int _mask;
    private QueueIndices _indices;

    public SpscQueue(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 2);
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)capacity);
        _items = new T[size];
        _mask = size - 1;
    }

    public int Capacity => _items.Length;

    /// <summary>Items queued now (a snapshot; exact only on either owning thread).</summary>
    public int Count => (int)(Volatile.Read(ref _indices.Tail) - Volatile.Read(ref _indices.Head));

    /// <summary>Producer only. False when the queue is full (the item is not queued).</summary>
    public bool TryEnqueue(T item)
    {
        var tail = _indices.Tail; // only the producer writes Tail
        if (tail - Volatile.Read(ref _indices.Head) >= _items.Length)
        {
            return false;
        }

        _items[(int)tail & _mask] = item;
        Volatile.Write(ref _indices.Tail, tail + 1); // publishes the item
        return true;
    }

    /// <summary>Consumer only. False when the queue is empty.</summary>
    public bool TryDequeue(out T item)
    {
        var head = _indices.Head; // only the consumer writes Head
        if (head == Volatile.Read(ref _indices.Tail))
        {
            item = default!;
            return false;
        }

        var slot = (int)head & _mask;
        item = _items[slot];
        _items[slot] = default!; // do not keep a dequeued batch alive
        Volatile.Write(ref _indices.Head, head + 1); // frees the slot for the producer
        return true;
    }
}
