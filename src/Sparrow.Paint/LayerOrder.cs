using System;

namespace Sparrow.Paint;

/// <summary>
/// The layer children of a stacking context and the order they paint in: per context a list in tree
/// order (kept as first/last/next columns indexed by node slot), sorted on demand by z-index, then
/// tree order, into a key stack shared by nesting levels. Used by <see cref="Painter"/> and by the
/// embedder's hit-testing (which walks the same keys from the top).
/// </summary>
public static class LayerOrder
{
    /// <summary>Appends <paramref name="node"/> to the layer list of <paramref name="context"/>.</summary>
    public static void Append(Span<int> first, Span<int> last, Span<int> next, int context, int node)
    {
        if (last[context] < 0)
        {
            first[context] = node;
        }
        else
        {
            next[last[context]] = node;
        }

        last[context] = node;
    }

    /// <summary>
    /// Pushes a key (z-index in the high half, pre-order index in the low) per layer child, from
    /// <paramref name="firstChild"/> along <paramref name="next"/>, onto <paramref name="keys"/> at
    /// <paramref name="top"/> (growing it when full), sorted. Keys are negative exactly for negative z-index.
    /// </summary>
    /// <param name="keys">The key stack.</param>
    /// <param name="top">The stack's height, advanced past the pushed keys.</param>
    /// <param name="firstChild">The context's first layer child, or −1.</param>
    /// <param name="next">Each layer child's next sibling in its context's list, or −1.</param>
    /// <param name="layerZ">Each box's <see cref="StackingStyle.LayerZ"/>.</param>
    /// <param name="order">Each box's pre-order index.</param>
    public static void Gather(ref long[] keys, ref int top, int firstChild, ReadOnlySpan<int> next, ReadOnlySpan<int> layerZ, ReadOnlySpan<int> order)
    {
        var start = top;
        var sorted = true;
        for (var c = firstChild; c >= 0; c = next[c])
        {
            if (top == keys.Length)
            {
                Array.Resize(ref keys, keys.Length * 2);
            }

            var key = ((long)layerZ[c] << 32) | (uint)order[c];
            sorted &= top == start || key > keys[top - 1];
            keys[top++] = key;
        }

        if (!sorted)
        {
            // Keys are unique (the pre-order index), so an unstable sort is deterministic.
            keys.AsSpan(start, top - start).Sort();
        }
    }

    /// <summary>The pre-order index a key of <see cref="Gather"/> was made from.</summary>
    public static int OrderOf(long key) => (int)(key & 0xffffffff);
}
