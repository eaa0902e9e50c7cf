using System;
using Sparrow.Core;

namespace Sparrow.Scene;

/// <summary>
/// Regroups a <see cref="DisplayList"/>'s draw order into fewer batches, as WebRender's batcher does: a
/// primitive joins an earlier batch of its pipeline, texture and scissor when nothing drawn between
/// that batch and it overlaps it. Source-over of primitives that do not overlap commutes, so the
/// picture is the same with fewer draw calls (a card list that alternates boxes and text no longer
/// costs two calls a card). Layer boundaries are barriers. The display list itself is left in paint
/// order (its dump and its invariants are unchanged); the plan is a permutation of it.
/// </summary>
/// <remarks>
/// Overlap is tested on conservative target-pixel bounds (the primitive's paint bounds through its
/// transform, one pixel wider for anti-aliasing, within its scissor) against the union of each
/// batch's bounds, looking back at most <see cref="Lookback"/> batches: linear in the number of
/// primitives. Storage is reused: planning a frame in steady state allocates nothing.
/// </remarks>
public sealed class BatchPlanner
{
    /// <summary>How many open batches a primitive may pass over to join one of its kind.</summary>
    public const int Lookback = 16;

    private readonly PrimitiveArray<DrawItem> _items = new(64);
    private readonly PrimitiveArray<Batch> _batches = new(16);
    private readonly PrimitiveArray<OpenBatch> _open = new(16);
    private readonly PrimitiveArray<int> _next = new(64);

    /// <summary>The draw order permuted so that each batch's items are consecutive.</summary>
    public ReadOnlySpan<DrawItem> Items => _items.AsReadOnlySpan();

    /// <summary>
    /// The batches in drawing order. For primitives, <see cref="Batch.First"/> is an offset into
    /// <see cref="Items"/>; for layer boundaries it is the layer index (Count 1), as in <see cref="BatchIterator"/>.
    /// </summary>
    public ReadOnlySpan<Batch> Batches => _batches.AsReadOnlySpan();

    /// <summary>Plans <paramref name="list"/>; the result stays valid until the next call.</summary>
    public void Plan(DisplayList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        _items.Clear();
        _batches.Clear();
        _open.Clear();
        _next.Clear();
        var order = list.Order.AsReadOnlySpan();
        for (var i = 0; i < order.Length; i++)
        {
            _next.Add(-1);
        }

        for (var i = 0; i < order.Length; i++)
        {
            var item = order[i];
            if (item.Kind is PrimitiveKind.LayerBegin or PrimitiveKind.LayerEnd)
            {
                Flush(order);
                _batches.Add(new Batch(item.Kind, item.Index, 1, TextureId.None, item.Scissor));
                continue;
            }

            Place(i, item, Bounds(list, item), TextureOf(list, item));
        }

        Flush(order);
    }

    private void Place(int i, DrawItem item, Rect bounds, TextureId texture)
    {
        var stop = Math.Max(0, _open.Count - Lookback);
        for (var j = _open.Count - 1; j >= stop; j--)
        {
            ref var open = ref _open[j];
            if (open.Kind == item.Kind && open.Texture == texture && open.Scissor == item.Scissor)
            {
                _next[open.Last] = i;
                open.Last = i;
                open.Count++;
                open.Bounds = Union(open.Bounds, bounds);
                return;
            }

            if (Overlaps(open.Bounds, bounds))
            {
                break;
            }
        }

        _open.Add(new OpenBatch(item.Kind, texture, item.Scissor, i, i, 1, bounds));
    }

    /// <summary>Emits the open batches in order, each with its items consecutive.</summary>
    private void Flush(ReadOnlySpan<DrawItem> order)
    {
        for (var j = 0; j < _open.Count; j++)
        {
            ref readonly var open = ref _open[j];
            var first = _items.Count;
            for (var i = open.First; i >= 0; i = _next[i])
            {
                _items.Add(order[i]);
            }

            _batches.Add(new Batch(open.Kind, first, open.Count, open.Texture, open.Scissor));
        }

        _open.Clear();
    }

    private static Rect Union(Rect a, Rect b) =>
        a.IsEmpty ? b : b.IsEmpty ? a : Rect.FromEdges(Math.Min(a.Left, b.Left), Math.Min(a.Top, b.Top), Math.Max(a.Right, b.Right), Math.Max(a.Bottom, b.Bottom));

    private static bool Overlaps(Rect a, Rect b) =>
        !a.IsEmpty && !b.IsEmpty && a.Left < b.Right && b.Left < a.Right && a.Top < b.Bottom && b.Top < a.Bottom;

    /// <summary>Where the item can touch the target: its paint bounds through its transform, within its scissor.</summary>
    private static Rect Bounds(DisplayList list, DrawItem item)
    {
        var (local, transform) = item.Kind switch
        {
            // quad.vert.glsl draws one local unit beyond the bounds for the anti-aliased edge.
            PrimitiveKind.Quad => (Inflate(list.Quads[item.Index].Bounds, 1), list.Quads[item.Index].Transform),
            PrimitiveKind.Shadow => (list.Shadows[item.Index].PaintBounds, list.Shadows[item.Index].Transform),
            PrimitiveKind.Gradient => (list.Gradients[item.Index].Bounds, list.Gradients[item.Index].Transform),
            PrimitiveKind.Glyph => (list.Glyphs[item.Index].Bounds, list.Glyphs[item.Index].Transform),
            _ => (list.Images[item.Index].Bounds, list.Images[item.Index].Transform),
        };
        var device = Inflate(SceneBuilder.TransformBounds(local, transform), 1);
        return device.Intersect(list.Scissors[item.Scissor]);
    }

    private static Rect Inflate(Rect r, float d) => new(r.X - d, r.Y - d, r.Width + (2 * d), r.Height + (2 * d));

    private static TextureId TextureOf(DisplayList list, DrawItem item) => item.Kind switch
    {
        PrimitiveKind.Glyph => list.Glyphs[item.Index].Texture,
        PrimitiveKind.Image => list.Images[item.Index].Texture,
        _ => TextureId.None,
    };

    private record struct OpenBatch(PrimitiveKind Kind, TextureId Texture, ushort Scissor, int First, int Last, int Count, Rect Bounds);
}
