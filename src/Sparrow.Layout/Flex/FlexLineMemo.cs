using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Sparrow.Layout;

/// <summary>
/// What the last full layout of a large multi-line flex container decided, line by line, so that the next
/// full layout with the same inputs can lay out only the lines whose items changed (see
/// <c>FlexLayout.TryRelayoutChangedLines</c>). Kept in the container's <see cref="LayoutCache"/> across
/// clears, since the container is cleared whenever one of its items changes; it checks itself against the
/// container's input, style and children instead. Its arrays are reused, so steady-state passes allocate nothing.
/// </summary>
internal sealed class FlexLineMemo
{
    /// <summary>
    /// The fewest items a container needs before its lines are memoised: below this, laying the whole
    /// container out again costs little next to keeping the memo. Results never depend on it.
    /// </summary>
    public const int MinItems = 32;

    private LayoutStyle _style;
    private LayoutInput _input;

    /// <summary>True once a full layout has finished recording; false while one is under way.</summary>
    public bool Valid;

    /// <summary>The container's children, which are exactly its flex items in document order, and the generation of each one's cache.</summary>
    public int[] Children = [];
    public uint[] Generations = [];
    public int ChildCount;

    public FlexLineRecord[] Lines = [];
    public int LineCount;

    /// <summary>The container's border-box and content-box sizes after step 15.</summary>
    public Size2 ContainerSize;
    public Size2 InnerContainerSize;

    /// <summary>Roughly what the memo holds: the object, its two per-child arrays and its line array.</summary>
    public long Bytes => 96 + (3 * 24) + (Children.Length * 8L) + (Lines.Length * (long)Unsafe.SizeOf<FlexLineRecord>());

    /// <summary>Starts recording a full layout of <paramref name="lineCount"/> lines over <paramref name="childCount"/> children.</summary>
    public void Begin(in LayoutInput input, in LayoutStyle style, int childCount, int lineCount)
    {
        Valid = false;
        _input = input;
        _style = style;
        ChildCount = childCount;
        LineCount = lineCount;
        if (Children.Length < childCount)
        {
            Children = new int[childCount];
            Generations = new uint[childCount];
        }

        if (Lines.Length < lineCount)
        {
            Lines = new FlexLineRecord[lineCount];
        }
    }

    /// <summary>Step 8's line cross sizes, before align-content stretches them.</summary>
    public void RecordNaturalCross(ReadOnlySpan<FlexLine> lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            ref var record = ref Lines[i];
            record.Start = lines[i].Start;
            record.Count = lines[i].Count;
            record.NaturalCross = lines[i].CrossSize;
        }
    }

    /// <summary>A line as the final pass placed it.</summary>
    public void RecordPlacedLine(int line, float crossStart, float cross, LineExtent extent)
    {
        ref var record = ref Lines[line];
        record.CrossStart = crossStart;
        record.Cross = cross;
        record.Extent = extent;
    }

    /// <summary>True when a layout of a container with this input, style and child count would take the same decisions, items aside.</summary>
    public bool Matches(in LayoutInput input, in LayoutStyle style, int childCount) =>
        Valid
        && childCount == ChildCount
        && SameInput(input, _input)
        && MemoryMarshal.AsBytes(new ReadOnlySpan<LayoutStyle>(in style)).SequenceEqual(MemoryMarshal.AsBytes(new ReadOnlySpan<LayoutStyle>(in _style)));

    /// <summary>The line holding item <paramref name="item"/> (binary search over the line starts).</summary>
    public int LineOf(int item)
    {
        int lo = 0, hi = LineCount - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (Lines[mid].Start <= item)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    /// <summary>The union of every line's extent: what the container's output is made of.</summary>
    public LineExtent Extent()
    {
        var extent = new LineExtent(0, 0, float.NaN);
        for (var i = 0; i < LineCount; i++)
        {
            extent = extent.Union(Lines[i].Extent);
        }

        return extent;
    }

    private static bool SameInput(in LayoutInput a, in LayoutInput b) =>
        Same(a.KnownWidth, b.KnownWidth) && Same(a.KnownHeight, b.KnownHeight)
        && Same(a.ParentWidth, b.ParentWidth) && Same(a.ParentHeight, b.ParentHeight)
        && Same(a.AvailableWidth, b.AvailableWidth) && Same(a.AvailableHeight, b.AvailableHeight)
        && a.RunMode == b.RunMode && a.SizingMode == b.SizingMode
        && a.MarginsCollapse == b.MarginsCollapse && a.IndefiniteHeight == b.IndefiniteHeight;

    private static bool Same(float a, float b) => BitConverter.SingleToInt32Bits(a) == BitConverter.SingleToInt32Bits(b);
}
