using System;
using System.Runtime.CompilerServices;

namespace Sparrow.Layout;

/// <summary>
/// A node's memo of earlier layouts, keyed by <c>LayoutInput</c> (Taffy's <c>Cache</c>): one slot for the
/// last full layout, kept inline, and up to nine size-only answers, one per kind of question (which sizes
/// are known, and whether the free axes are under a min-content constraint) so that the answers flex and
/// block layout keep asking for do not evict each other. The size-only answers live in a small array
/// allocated the first time the node is measured and grown only to the kinds actually asked: most boxes in
/// block flow are never measured, and a flex item is asked two or three kinds. <c>default</c> is empty.
/// Clearing it is how the embedder marks a node dirty; <see cref="LayoutTreeStore"/> also clears every
/// ancestor, since a change can resize them, but leaves siblings alone: their entries stay valid for the
/// same inputs. Clearing keeps the array, so steady-state passes allocate nothing.
/// </summary>
public struct LayoutCache
{
    private const int SlotCount = 9;

    private CacheEntry _final;
    private CacheEntry[]? _measures;

    // The viewport and device pixel ratio of the last pass that used this node as its root, as a
    // PassViewports id (0: none): with the root's cached answer, they tell that a pass would change nothing
    // at all; without it, whether the boxes the last pass rounded (and the fixed boxes it placed against the
    // viewport) can be kept. Kept when the cache is cleared.
    private int _passViewport;

    // The rounding walk's memo (LayoutEngine.Rounding): the number of the last pass that wrote this node's box
    // or laid out its subtree, and the unrounded border-box position, relative to the pass root's
    // parent, at which the last rounding walk snapped it. Kept when the cache is cleared.
    private uint _writtenPass;
    private float _absoluteX;
    private float _absoluteY;

    // Counts clears, so that a container's FlexLineMemo can tell which items changed since it was recorded
    // (an item cleared and answered again in the same pass still shows a new generation). Kept when cleared.
    private uint _generation;

    // The container's per-line memo of its last full flex layout, if it is a large multi-line container.
    // Kept when cleared: the container is cleared whenever an item changes, and the memo checks itself.
    private FlexLineMemo? _flexLines;

    /// <summary>True when nothing is cached: the node will be laid out on the next pass.</summary>
    public readonly bool IsEmpty
    {
        get
        {
            if (_final.Valid)
            {
                return false;
            }

            foreach (var entry in _measures.AsSpan())
            {
                if (entry.Valid)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>Forgets every answer (the node is dirty). Keeps the storage for the next answers.</summary>
    public void Clear()
    {
        _generation++;
        _final = default;
        if (_measures is not null)
        {
            Array.Clear(_measures);
        }
    }

    /// <summary>True when the last pass from this root ran in viewport <paramref name="viewport"/> and its answer is still cached.</summary>
    internal readonly bool IsPassCurrent(int viewport) => _final.Valid && _passViewport == viewport;

    /// <summary>True when the last pass from this root ran in viewport <paramref name="viewport"/> (a <see cref="PassViewports"/> id).</summary>
    internal readonly bool IsSamePass(int viewport) => _passViewport == viewport;

    /// <summary>How many times this cache was cleared: a change since a moment shows as another generation.</summary>
    internal readonly uint Generation => _generation;

    /// <summary>The per-line memo of this flex container's last full layout (see <see cref="FlexLineMemo"/>), if any.</summary>
    internal FlexLineMemo? FlexLines
    {
        readonly get => _flexLines;
        set => _flexLines = value;
    }

    /// <summary>Bytes this node's cache keeps out of line (see <see cref="LayoutTreeStore.SideBytes"/>).</summary>
    internal readonly long SideBytes =>
        (_measures is null ? 0 : 24 + ((long)_measures.Length * Unsafe.SizeOf<CacheEntry>()))
        + (_flexLines?.Bytes ?? 0);

    internal void StampPass(int viewport) => _passViewport = viewport;

    /// <summary>Records that pass <paramref name="pass"/> wrote this node's box or laid out its subtree.</summary>
    internal void MarkWritten(uint pass) => _writtenPass = pass;

    /// <summary>True when pass <paramref name="pass"/> wrote this node's box or laid out its subtree.</summary>
    internal readonly bool WasWritten(uint pass) => _writtenPass == pass;

    /// <summary>True when the last rounding walk snapped this node at exactly this unrounded position.</summary>
    internal readonly bool IsAt(float x, float y) =>
        BitConverter.SingleToInt32Bits(x) == BitConverter.SingleToInt32Bits(_absoluteX)
        && BitConverter.SingleToInt32Bits(y) == BitConverter.SingleToInt32Bits(_absoluteY);

    /// <summary>Remembers where the rounding walk snapped this node; returns true when that differs from the last walk.</summary>
    internal bool MoveTo(float x, float y)
    {
        var moved = !IsAt(x, y);
        _absoluteX = x;
        _absoluteY = y;
        return moved;
    }

    internal readonly bool TryGet(in LayoutInput input, out LayoutOutput output)
    {
        if (_final.Match(input, out output))
        {
            return true;
        }

        if (input.RunMode == RunMode.PerformLayout)
        {
            // Only a full layout has placed the descendants; a size-only entry cannot stand in for it.
            return false;
        }

        foreach (ref readonly var entry in _measures.AsSpan())
        {
            if (entry.Match(input, out output))
            {
                return true;
            }
        }

        return false;
    }

    internal void Store(in LayoutInput input, in LayoutOutput output)
    {
        if (input.RunMode == RunMode.PerformLayout)
        {
            _final = new CacheEntry(input, output);
            return;
        }

        var slot = Slot(input);
        var entries = _measures.AsSpan();
        var free = -1;
        for (var i = 0; i < entries.Length; i++)
        {
            if (entries[i].Valid && Slot(entries[i].Input) == slot)
            {
                entries[i] = new CacheEntry(input, output);
                return;
            }

            if (!entries[i].Valid && free < 0)
            {
                free = i;
            }
        }

        if (free < 0)
        {
            // Grow to the kinds this node is asked: 2, then 4, then all nine.
            free = entries.Length;
            Array.Resize(ref _measures, Math.Min(Math.Max(free * 2, 2), SlotCount));
        }

        _measures![free] = new CacheEntry(input, output);
    }

    /// <summary>Taffy's <c>compute_cache_slot</c>: the kind of question, so each kind keeps its latest answer.</summary>
    private static byte Slot(in LayoutInput input)
    {
        var knownW = Floats.Has(input.KnownWidth);
        var knownH = Floats.Has(input.KnownHeight);
        if (knownW && knownH)
        {
            return 0;
        }

        if (knownW)
        {
            return (byte)(input.AvailableHeight == AvailableSpace.MinContent ? 2 : 1);
        }

        if (knownH)
        {
            return (byte)(input.AvailableWidth == AvailableSpace.MinContent ? 4 : 3);
        }

        return (byte)(5 + (input.AvailableHeight == AvailableSpace.MinContent ? 1 : 0) + (input.AvailableWidth == AvailableSpace.MinContent ? 2 : 0));
    }
}
