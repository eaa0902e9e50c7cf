using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Sparrow.Layout;

/// <summary>
/// Interned <see cref="LayoutStyle"/>s: nodes with equal styles share one stored copy and hold a 4-byte
/// handle to it (Yoga keeps a node's style inline; browsers share computed styles between elements the
/// same way, e.g. Blink's and Servo's style sharing caches). A page has a few dozen distinct layout styles
/// for thousands of nodes, so a layout pass reads a handle per node and the same few cache lines of styles.
/// Styles are compared byte for byte. Each handle is reference-counted: a style no node holds any more is
/// dropped and its slot reused, so restyling a node back and forth allocates nothing once warm.
/// </summary>
internal sealed class LayoutStyleTable
{
    private readonly Dictionary<LayoutStyle, int> _handles = new(ByteComparer.Instance);
    private LayoutStyle[] _styles = new LayoutStyle[16];
    private int[] _references = new int[16];
    private int[] _free = new int[16];
    private int _freeCount;
    private int _used;

    /// <summary>How many distinct styles nodes hold now.</summary>
    public int Distinct => _handles.Count;

    /// <summary>
    /// Bytes the table keeps, for the benchmarks' bytes-per-node line, roughly: each slot's style and count and
    /// free-list entry, and each lookup entry (a key copy, the handle, hash, next link and bucket).
    /// </summary>
    public long Bytes => ((long)_styles.Length * (Unsafe.SizeOf<LayoutStyle>() + sizeof(int) + sizeof(int)))
        + ((long)_handles.Count * (Unsafe.SizeOf<LayoutStyle>() + 16));

    /// <summary>The stored styles, indexed by handle (replaced when the table grows; free slots hold stale styles).</summary>
    public LayoutStyle[] Slots => _styles;

    /// <summary>The stored style of <paramref name="handle"/>.</summary>
    public ref readonly LayoutStyle this[int handle]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ref _styles[handle];
    }

    /// <summary>Returns the handle of a style equal to <paramref name="style"/>, adding it if no node holds one, and counts one more holder.</summary>
    public int Acquire(in LayoutStyle style)
    {
        if (_handles.TryGetValue(style, out var handle))
        {
            _references[handle]++;
            return handle;
        }

        handle = _freeCount > 0 ? _free[--_freeCount] : NewSlot();
        _styles[handle] = style;
        _references[handle] = 1;
        _handles.Add(style, handle);
        return handle;
    }

    /// <summary>Counts one holder less of <paramref name="handle"/>; the last one out frees the slot.</summary>
    public void Release(int handle)
    {
        if (--_references[handle] > 0)
        {
            return;
        }

        _handles.Remove(_styles[handle]);
        if (_freeCount == _free.Length)
        {
            Array.Resize(ref _free, _free.Length * 2);
        }

        _free[_freeCount++] = handle;
    }

    private int NewSlot()
    {
        if (_used == _styles.Length)
        {
            Array.Resize(ref _styles, _used * 2);
            Array.Resize(ref _references, _used * 2);
        }

        return _used++;
    }

    /// <summary>Equality and hash over a style's bytes (as <see cref="LayoutTreeStore.SetStyle"/> always compared them).</summary>
    private sealed class ByteComparer : IEqualityComparer<LayoutStyle>
    {
        public static readonly ByteComparer Instance = new();

        public bool Equals(LayoutStyle x, LayoutStyle y) => Of(x).SequenceEqual(Of(y));

        public int GetHashCode(LayoutStyle style)
        {
            var hash = new HashCode();
            hash.AddBytes(Of(style));
            return hash.ToHashCode();
        }

        private static ReadOnlySpan<byte> Of(in LayoutStyle style) =>
            MemoryMarshal.AsBytes(new ReadOnlySpan<LayoutStyle>(in style));
    }
}
