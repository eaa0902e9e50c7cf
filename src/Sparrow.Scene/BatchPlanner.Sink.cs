using System;

namespace Sparrow.Scene;

/// <summary>
/// The second pass: placing only ever moves a primitive earlier, so a batch opened early (the text of
/// the first card) cannot take what comes after something it must stay under (the second card's box).
/// Sinking moves whole batches later instead: from the last batch back, each one merges into the
/// nearest later batch it may share when nothing drawn in between overlaps it. Its items go first in
/// the merged batch, so any of them that overlap one of the later batch's still draw before it.
/// </summary>
public sealed partial class BatchPlanner
{
    private void Sink(DisplayList list)
    {
        for (var j = _open.Count - 2; j >= 0; j--)
        {
            if (_open[j].IsBoundary || _open[j].Count == 0)
            {
                continue;
            }

            var steps = 0;
            for (var k = j + 1; k < _open.Count && steps < Lookback; k++)
            {
                ref readonly var later = ref _open[k];
                if (later.Count == 0)
                {
                    continue; // merged away already
                }

                steps++;
                if (later.Kind == PrimitiveKind.LayerEnd)
                {
                    break; // the end of the layer batch j is in
                }

                if (later.Kind == PrimitiveKind.LayerBegin)
                {
                    if (Overlap(_open[j], later))
                    {
                        break;
                    }

                    k = later.Last; // past the whole layer: the loop's k++ steps over its end
                    continue;
                }

                if (later.Kind == _open[j].Kind && CanMerge(list, j, k))
                {
                    Merge(j, k);
                    break;
                }

                if (Overlap(_open[j], later))
                {
                    break;
                }
            }
        }
    }

    /// <summary>Whether batches <paramref name="j"/> and <paramref name="k"/> (same kind) fit in one draw call: textures and scissors, overlap aside.</summary>
    private bool CanMerge(DisplayList list, int j, int k)
    {
        ref readonly var a = ref _open[j];
        ref readonly var b = ref _open[k];
        var extra = 0;
        foreach (var texture in OpenTextures(j, a.TextureCount))
        {
            extra += OpenTextures(k, b.TextureCount).IndexOf(texture) < 0 ? 1 : 0;
        }

        if (b.TextureCount + extra > TextureSlots)
        {
            return false;
        }

        return (a.Scissor, b.Scissor) switch
        {
            (Batch.Unscissored, Batch.Unscissored) => true,
            (Batch.Unscissored, _) => PixelsContain(list.Scissors[b.Scissor], a.Geometry),
            (_, Batch.Unscissored) => PixelsContain(list.Scissors[a.Scissor], b.Geometry),
            _ => SamePixels(list.Scissors[a.Scissor], list.Scissors[b.Scissor]),
        };
    }

    /// <summary>Batch <paramref name="j"/> joins batch <paramref name="k"/> in front of its items; j is left empty.</summary>
    private void Merge(int j, int k)
    {
        ref var from = ref _open[j];
        ref var into = ref _open[k];
        Span<byte> remap = stackalloc byte[TextureSlots];
        var textures = OpenTextures(j, from.TextureCount);
        for (var s = 0; s < textures.Length; s++)
        {
            remap[s] = SlotOf(ref into, k, textures[s]);
        }

        var item = from.First;
        for (var n = 0; n < from.Count; n++, item = _next[item])
        {
            _slotOf[item] = remap[_slotOf[item]];
        }

        _next[from.Last] = into.First;
        into.First = from.First;
        into.Count += from.Count;
        into.Bounds = into.Bounds.Union(from.Bounds);
        into.Geometry = into.Geometry.Union(from.Geometry);
        if (into.Scissor == Batch.Unscissored)
        {
            into.Scissor = from.Scissor;
        }

        if (from.RectCount > 0)
        {
            _rects[from.LastRect].Next = into.Rects;
            into.LastRect = into.RectCount == 0 ? from.LastRect : into.LastRect;
            into.Rects = from.Rects;
            into.RectCount += from.RectCount;
        }

        from.Count = 0;
    }

    /// <summary>Whether any rectangle of one batch's bounds meets any of the other's.</summary>
    private bool Overlap(in OpenBatch a, in OpenBatch b)
    {
        if (!Intersects(a.Bounds, b.Bounds))
        {
            return false;
        }

        for (var n = a.Rects; n >= 0; n = _rects[n].Next)
        {
            if (Overlaps(b, _rects[n].Rect))
            {
                return true;
            }
        }

        return false;
    }
}
