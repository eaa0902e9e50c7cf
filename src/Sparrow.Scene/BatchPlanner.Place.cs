using System;
using Sparrow.Core;

namespace Sparrow.Scene;

/// <summary>Placing one primitive: join the nearest batch it may share, or open a new one and say why.</summary>
public sealed partial class BatchPlanner
{
    private void Place(DisplayList list, in Candidate c)
    {
        var why = BatchBreak.FirstOfKind;
        var blocker = default(PrimitiveKind);
        var steps = 0;
        for (var j = Reorder ? _open.Count - 1 : -1; j >= 0; j--)
        {
            ref var open = ref _open[j];
            if (open.Kind == PrimitiveKind.LayerBegin)
            {
                break; // inside that layer: its contents batch among themselves
            }

            if (steps++ == Lookback)
            {
                if (why == BatchBreak.FirstOfKind && CanJoinAtOrBefore(list, c, j))
                {
                    why = BatchBreak.Lookback;
                }

                break;
            }

            if (open.Kind == PrimitiveKind.LayerEnd)
            {
                if (Overlaps(open, c.Bounds))
                {
                    (why, blocker) = CanJoinAtOrBefore(list, c, open.Last - 1) ? (BatchBreak.Overlap, PrimitiveKind.LayerEnd) : (why, blocker);
                    break;
                }

                j = open.Last; // past the whole layer: the loop's j-- steps over its begin
                continue;
            }

            if (open.Kind == c.Item.Kind)
            {
                var misfit = Misfit(list, open, j, c);
                if (misfit is null)
                {
                    Join(ref open, j, c);
                    return;
                }

                why = why == BatchBreak.FirstOfKind ? misfit.Value : why;
            }

            if (Overlaps(open, c.Bounds))
            {
                (why, blocker) = CanJoinAtOrBefore(list, c, j - 1) ? (BatchBreak.Overlap, open.Kind) : (why, blocker);
                break;
            }
        }

        var opened = new OpenBatch
        {
            Kind = c.Item.Kind,
            Scissor = c.Free && Reorder ? Batch.Unscissored : c.Item.Scissor,
            First = c.Index,
            Last = c.Index,
            Count = 1,
            Geometry = c.Geometry,
            Rects = -1,
            LastRect = -1,
            Break = why,
            Blocker = blocker,
        };
        var index = AddOpen(opened);
        AddBounds(ref _open[index], c.Bounds);
        _slotOf[c.Index] = SlotOf(ref _open[index], index, c.Texture);
    }

    /// <summary>Why <paramref name="c"/> may not join open batch <paramref name="j"/> of its kind (ignoring overlap), or null when it may.</summary>
    private BatchBreak? Misfit(DisplayList list, in OpenBatch open, int j, in Candidate c)
    {
        if (!c.Texture.IsNone && open.TextureCount == TextureSlots && OpenTextures(j, open.TextureCount).IndexOf(c.Texture) < 0)
        {
            return BatchBreak.Textures;
        }

        if (open.Scissor == Batch.Unscissored)
        {
            // A batch no scissor cuts yet takes the candidate's scissor when that leaves all its members whole.
            return c.Free || PixelsContain(list.Scissors[c.Item.Scissor], open.Geometry) ? null : BatchBreak.Scissor;
        }

        var scissor = list.Scissors[open.Scissor];
        var fits = c.Free ? PixelsContain(scissor, c.Geometry) : SamePixels(scissor, list.Scissors[c.Item.Scissor]);
        return fits ? null : BatchBreak.Scissor;
    }

    /// <summary>For the dump only: whether a batch at or before <paramref name="from"/> (within reach, overlap aside) could take <paramref name="c"/>.</summary>
    private bool CanJoinAtOrBefore(DisplayList list, in Candidate c, int from)
    {
        var steps = 0;
        for (var j = from; j >= 0 && steps++ < Lookback; j--)
        {
            ref readonly var open = ref _open[j];
            if (open.Kind == PrimitiveKind.LayerBegin)
            {
                return false;
            }

            if (open.Kind == PrimitiveKind.LayerEnd)
            {
                j = open.Last;
            }
            else if (open.Kind == c.Item.Kind && Misfit(list, open, j, c) is null)
            {
                return true;
            }
        }

        return false;
    }

    private void Join(ref OpenBatch open, int j, in Candidate c)
    {
        _next[open.Last] = c.Index;
        open.Last = c.Index;
        open.Count++;
        open.Geometry = open.Geometry.Union(c.Geometry);
        if (!c.Free && open.Scissor == Batch.Unscissored)
        {
            open.Scissor = c.Item.Scissor;
        }

        AddBounds(ref open, c.Bounds);
        _slotOf[c.Index] = SlotOf(ref open, j, c.Texture);
    }

    private int AddOpen(in OpenBatch open)
    {
        for (var s = 0; s < TextureSlots; s++)
        {
            _openTextures.Add(TextureId.None);
        }

        return _open.Add(open);
    }

    private ReadOnlySpan<TextureId> OpenTextures(int j, int count) => _openTextures.AsReadOnlySpan().Slice(j * TextureSlots, count);

    /// <summary>The slot of <paramref name="texture"/> in open batch <paramref name="j"/>, added when new (the caller checked there is room).</summary>
    private byte SlotOf(ref OpenBatch open, int j, TextureId texture)
    {
        if (texture.IsNone)
        {
            return 0;
        }

        var slot = OpenTextures(j, open.TextureCount).IndexOf(texture);
        if (slot < 0)
        {
            slot = open.TextureCount++;
            _openTextures[(j * TextureSlots) + slot] = texture;
        }

        return (byte)slot;
    }

    /// <summary>Adds <paramref name="r"/> to a batch's bounds: merged into its last rectangle when that wastes little (a line of glyphs), else a new one while there is room, else into the one it grows least.</summary>
    private void AddBounds(ref OpenBatch open, Rect r)
    {
        open.Bounds = open.Bounds.Union(r);
        if (open.RectCount > 0)
        {
            ref var last = ref _rects[open.LastRect];
            var merged = last.Rect.Union(r);
            if (Area(merged) <= 1.5f * (Area(last.Rect) + Area(r)))
            {
                last.Rect = merged;
                return;
            }
        }

        if (open.RectCount < MaxRects)
        {
            var node = _rects.Add(new RectNode(r, -1));
            if (open.RectCount == 0)
            {
                open.Rects = node;
            }
            else
            {
                _rects[open.LastRect].Next = node;
            }

            open.LastRect = node;
            open.RectCount++;
            return;
        }

        var best = open.Rects;
        var bestGrowth = float.MaxValue;
        for (var n = open.Rects; n >= 0; n = _rects[n].Next)
        {
            var growth = Area(_rects[n].Rect.Union(r)) - Area(_rects[n].Rect);
            if (growth < bestGrowth)
            {
                (best, bestGrowth) = (n, growth);
            }
        }

        _rects[best].Rect = _rects[best].Rect.Union(r);
    }

    private bool Overlaps(in OpenBatch open, Rect r)
    {
        if (!Intersects(open.Bounds, r))
        {
            return false;
        }

        for (var n = open.Rects; n >= 0; n = _rects[n].Next)
        {
            if (Intersects(_rects[n].Rect, r))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Intersects(Rect a, Rect b) =>
        !a.IsEmpty && !b.IsEmpty && a.Left < b.Right && b.Left < a.Right && a.Top < b.Bottom && b.Top < a.Bottom;

    private static float Area(Rect r) => r.IsEmpty ? 0 : r.Width * r.Height;

    /// <summary>A batch being filled, or a layer boundary (then <see cref="First"/> is the layer index and <see cref="Last"/> the partner entry).</summary>
    private struct OpenBatch
    {
        public PrimitiveKind Kind;
        public ushort Scissor;
        public int First;
        public int Last;
        public int Count;

        /// <summary>The union of the members' target bounds (a layer's: of everything in it).</summary>
        public Rect Bounds;

        /// <summary>The union of the members' drawn geometry before scissors.</summary>
        public Rect Geometry;
        public int Rects;
        public int LastRect;
        public int RectCount;
        public int TextureCount;
        public BatchBreak Break;
        public PrimitiveKind Blocker;

        public readonly bool IsBoundary => Kind is PrimitiveKind.LayerBegin or PrimitiveKind.LayerEnd;

        public static OpenBatch Boundary(PrimitiveKind kind, DrawItem item) => new()
        {
            Kind = kind,
            Scissor = item.Scissor,
            First = item.Index,
            Last = -1,
            Count = 1,
            Rects = -1,
            LastRect = -1,
            Break = BatchBreak.Layer,
        };
    }

    /// <summary>One rectangle of a batch's bounds, linked to the batch's next.</summary>
    private record struct RectNode(Rect Rect, int Next);
}
