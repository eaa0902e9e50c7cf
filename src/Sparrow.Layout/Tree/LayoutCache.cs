using System.Runtime.CompilerServices;

namespace Sparrow.Layout;

/// <summary>
/// A node's memo of earlier layouts, keyed by <c>LayoutInput</c> (Taffy's <c>Cache</c>): one slot for the
/// last full layout and nine for size-only measurements, one per kind of question (which sizes are
/// known, and whether the free axes are under a min-content constraint), so that the answers flex and
/// block layout keep asking for do not evict each other. <c>default</c> is empty. Clearing it is how the
/// embedder marks a node dirty; <see cref="LayoutTreeStore"/> also clears every ancestor, since a change
/// can resize them, but leaves siblings alone: their entries stay valid for the same inputs.
/// </summary>
public struct LayoutCache
{
    private Entry _final;
    private MeasureSlots _measures;

    /// <summary>True when nothing is cached: the node will be laid out on the next pass.</summary>
    public readonly bool IsEmpty
    {
        get
        {
            if (_final.Valid)
            {
                return false;
            }

            foreach (var entry in _measures)
            {
                if (entry.Valid)
                {
                    return false;
                }
            }

            return true;
        }
    }

    public void Clear() => this = default;

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

        foreach (var entry in _measures)
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
        var entry = new Entry { Valid = true, Input = input, Output = output };
        if (input.RunMode == RunMode.PerformLayout)
        {
            _final = entry;
        }
        else
        {
            _measures[Slot(input)] = entry;
        }
    }

    /// <summary>Taffy's <c>compute_cache_slot</c>: the kind of question, so each kind keeps its latest answer.</summary>
    private static int Slot(in LayoutInput input)
    {
        var knownW = Floats.Has(input.KnownWidth);
        var knownH = Floats.Has(input.KnownHeight);
        if (knownW && knownH)
        {
            return 0;
        }

        if (knownW)
        {
            return input.AvailableHeight == AvailableSpace.MinContent ? 2 : 1;
        }

        if (knownH)
        {
            return input.AvailableWidth == AvailableSpace.MinContent ? 4 : 3;
        }

        return 5 + (input.AvailableHeight == AvailableSpace.MinContent ? 1 : 0) + (input.AvailableWidth == AvailableSpace.MinContent ? 2 : 0);
    }

    [InlineArray(9)]
    private struct MeasureSlots
    {
        private Entry _first;
    }

    private struct Entry
    {
        public bool Valid;
        public LayoutInput Input;
        public LayoutOutput Output;

        public readonly bool Match(in LayoutInput input, out LayoutOutput output)
        {
            output = Output;
            if (!Valid)
            {
                return false;
            }

            if (input.RunMode != Input.RunMode)
            {
                return false;
            }

            // Taffy's Cache::get: a question matches when, per axis, the known size is the one asked
            // before or the size that came out, and the available space only matters on an axis whose
            // size is not known (a box of known size lays out the same whatever space is around it).
            return Axis(input.KnownWidth, Input.KnownWidth, Output.Width, input.AvailableWidth, Input.AvailableWidth)
                && Axis(input.KnownHeight, Input.KnownHeight, Output.Height, input.AvailableHeight, Input.AvailableHeight)
                && Floats.Same(input.ParentWidth, Input.ParentWidth) && Floats.Same(input.ParentHeight, Input.ParentHeight)
                && input.SizingMode == Input.SizingMode && input.MarginsCollapse == Input.MarginsCollapse
                && input.IndefiniteHeight == Input.IndefiniteHeight;
        }

        private static bool Axis(float known, float cachedKnown, float cachedSize, float available, float cachedAvailable) =>
            (Floats.Same(known, cachedKnown) || known == cachedSize)
            && (Floats.Has(known) || Floats.Same(available, cachedAvailable));
    }
}
