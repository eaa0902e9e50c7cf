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
/// <para>
/// The slot for the full layout also keeps the question and answer of the node's last full layout when that
/// answer may not be reused (floats escaped, laid out beside floats, cut off below the depth limit) and after a
/// clear, marked unusable (<see cref="RunMode.None"/>), so that its content size and first baseline
/// (<see cref="ContentWidth"/>, <see cref="Baseline"/>) are always those of the box the last pass placed (placing
/// a box does not copy them into the output columns) and its percentage basis tells whether the box's resolved
/// edges are still current. A childless box's full layout, a size-only question, is kept there too.
/// </para>
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

    // Whether the node's LayoutEdges are current: resolved for its present style against the percentage basis
    // (parent width) of its last full layout, whose input the final slot keeps through clears. Dropped by Clear
    // (the style changed) and by a full layout against another basis (StoreFinal); placing the box rewrites the
    // edges only when they are not current. Kept by ClearKeepingEdges.
    private bool _edgesCurrent;

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

    /// <summary>
    /// Size of the scrollable overflow of the node's last full layout (content box plus children, at least the
    /// padding box), in CSS px; kept until the next one, through clears.
    /// </summary>
    public readonly float ContentWidth => _final.Output.ContentWidth;

    /// <inheritdoc cref="ContentWidth"/>
    public readonly float ContentHeight => _final.Output.ContentHeight;

    /// <summary>First baseline of the node's last full layout, from the top of its border box; NaN when the box has none.</summary>
    public readonly float Baseline => _final.Output.Baseline;

    /// <summary>
    /// Forgets every answer (the node is dirty) because its style changed: its resolved edges are written again
    /// on the next pass. Keeps the storage for the next answers and the last full layout's content size and baseline.
    /// </summary>
    public void Clear()
    {
        ClearKeepingEdges();
        _edgesCurrent = false;
    }

    /// <summary>
    /// Forgets every answer (the node is dirty) because something below it changed (a descendant, its children,
    /// its measure) and not its own style: its resolved edges stay as they are. Keeps what <see cref="Clear"/> keeps.
    /// </summary>
    public void ClearKeepingEdges()
    {
        _generation++;
        _final.MakeUnusable();
        if (_measures is not null)
        {
            Array.Clear(_measures);
        }
    }

    /// <summary>
    /// Records the content size and first baseline of a box laid out by other means than <see cref="LayoutEngine"/>
    /// (an embedder or a test that places boxes by hand), as if its last full layout had answered them. Caches nothing.
    /// </summary>
    public void SetContent(float contentWidth, float contentHeight, float baseline)
    {
        ClearKeepingEdges();
        _final = new CacheEntry(default, new LayoutOutput(0, 0, contentWidth, contentHeight, baseline));
    }

    /// <summary>Forgets every answer and the last full layout's: the node has no box (display: none, or cut off).</summary>
    internal void Forget()
    {
        Clear();
        _final = default;
    }

    /// <summary>
    /// True when the node's resolved edges were written for its present style against the percentage basis of
    /// its last full layout; records that they are about to be written otherwise.
    /// </summary>
    internal bool EdgesCurrent()
    {
        var current = _edgesCurrent;
        _edgesCurrent = true;
        return current;
    }

    /// <summary>
    /// The box was emptied (it has none): its edges are written again when it is next placed, and a last full
    /// layout that can no longer answer (the node was cleared since) no longer gives its content size and baseline.
    /// A valid answer stays: a display: none box's own answer is empty.
    /// </summary>
    internal void Emptied()
    {
        _edgesCurrent = false;
        if (!_final.Valid)
        {
            _final = default;
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

    /// <summary>
    /// Finds an answer to <paramref name="input"/>. For a <paramref name="final"/> question (a full layout) whose key
    /// is a size-only one (a childless box) answered from the size-only entries, the answer is kept in the final slot
    /// too, where the content size and baseline of the box about to be placed are read.
    /// </summary>
    internal bool TryGet(in LayoutInput input, bool final, out LayoutOutput output)
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
                if (final)
                {
                    StoreFinal(input, output, reusable: true);
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Keeps the answer of a full layout, the one whose box is placed (for a childless box, <paramref name="input"/>
    /// is a size-only question, which later size-only questions may match too). An answer that must not be
    /// reused (<paramref name="reusable"/> false) is kept for <see cref="ContentWidth"/> and <see cref="Baseline"/> alone.
    /// </summary>
    internal void StoreFinal(in LayoutInput input, in LayoutOutput output, bool reusable)
    {
        // The input keeps the parent width only where the style has percentages (LayoutEngine.ComputeChild),
        // so another one means edges resolved against another basis.
        if (BitConverter.SingleToInt32Bits(input.ParentWidth) != BitConverter.SingleToInt32Bits(_final.Input.ParentWidth))
        {
            _edgesCurrent = false;
        }

        _final = new CacheEntry(input, output);
        if (!reusable)
        {
            _final.MakeUnusable();
        }
    }

    /// <summary>
    /// Keeps an answer: a full layout's (<paramref name="final"/>) in the final slot, even when it may not be reused
    /// (floats escaped: then for its content size and baseline alone); a size-only one in its kind's entry, unless
    /// floats escaped.
    /// </summary>
    internal void Store(in LayoutInput input, in LayoutOutput output, bool final)
    {
        if (final)
        {
            StoreFinal(input, output, reusable: !output.FloatsEscape);
            return;
        }

        if (output.FloatsEscape)
        {
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
