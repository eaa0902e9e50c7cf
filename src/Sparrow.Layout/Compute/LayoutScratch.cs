using System;
using System.Threading;

namespace Sparrow.Layout;

/// <summary>
/// Reusable per-thread buffers for the algorithms, so a steady-state pass allocates nothing. Flex
/// containers nest, so each nesting depth owns its own arrays: a container's spans stay valid while
/// its children (one level deeper) lay out, even if their buffers grow.
/// </summary>
internal sealed class LayoutScratch
{
    [ThreadStatic]
    private static LayoutScratch? s_current;

    private FlexItem[][] _items = new FlexItem[8][];
    private FlexLine[][] _lines = new FlexLine[8][];
    private int _depth;

    /// <summary>The viewport: the containing block of <c>position: fixed</c> boxes during the current pass.</summary>
    public Size2 Viewport;

    /// <summary>How many boxes deep the current pass is (see <see cref="LayoutEngine.MaxDepth"/>).</summary>
    public int Depth;

    /// <summary>Subtrees the current pass left out for depth.</summary>
    public int TruncatedSubtrees;

    /// <summary>Whether the current pass left a subtree out because the thread's stack ran short (not for <see cref="LayoutEngine.MaxDepth"/>).</summary>
    public bool RanOutOfStack;

    private static uint s_passes;

    /// <summary>Boxes laid out (not answered from a cache) on this thread, ever: a pass that adds none changed nothing.</summary>
    public long Dispatched;

    /// <summary>Full flex layouts on this thread, ever, that laid out only the changed lines of a container (FlexLineMemo).</summary>
    public long ReusedFlexLayouts;

    /// <summary>The number of the current pass, unique in the process (a tree may be laid out on more than one thread); nodes stamp it when a pass writes their box (see <see cref="LayoutCache.MarkWritten"/>).</summary>
    public uint Pass;

    /// <summary>Boxes the current (or last) pass's rounding walk snapped: the measure of what it did not skip.</summary>
    public int RoundedBoxes;

    /// <summary>A stack of node indices for walks that must not recurse (hiding a subtree).</summary>
    public readonly NodeStack NodeStack = new();

    /// <summary>The floats of the block formatting contexts being laid out.</summary>
    public readonly FloatContext Floats = new();

    public static LayoutScratch Current => s_current ??= new LayoutScratch();

    /// <summary>A new pass number, never one another thread's pass holds (0 is skipped: it means "never written").</summary>
    public static uint NextPass()
    {
        var pass = Interlocked.Increment(ref s_passes);
        return pass != 0 ? pass : Interlocked.Increment(ref s_passes);
    }

    /// <summary>Enters one more level of flex nesting; pair with <see cref="Leave"/>.</summary>
    public int Enter()
    {
        var depth = _depth++;
        if (depth >= _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
            Array.Resize(ref _lines, _lines.Length * 2);
        }

        return depth;
    }

    public void Leave() => _depth--;

    public Span<FlexItem> Items(int depth, int count)
    {
        ref var items = ref _items[depth];
        if (items is null || items.Length < count)
        {
            items = new FlexItem[Math.Max(count, 16)];
        }

        return items.AsSpan(0, count);
    }

    public Span<FlexLine> Lines(int depth, int count)
    {
        ref var lines = ref _lines[depth];
        if (lines is null || lines.Length < count)
        {
            lines = new FlexLine[Math.Max(count, 4)];
        }

        return lines.AsSpan(0, count);
    }
}
