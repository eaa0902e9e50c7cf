using System;
using Sparrow.Core;

namespace Sparrow.Scene;

/// <summary>
/// Regroups a <see cref="DisplayList"/>'s draw order into fewer batches, as WebRender's batcher does: a
/// primitive joins an earlier batch of its pipeline when nothing drawn between that batch and it
/// overlaps it. Source-over of primitives that do not overlap commutes, so the picture is the same
/// with fewer draw calls (a card list that alternates boxes and text no longer costs two calls a
/// card). The display list itself is left in paint order (its dump and its invariants are unchanged);
/// the plan is a permutation of it, less the primitives a scissor hides entirely.
/// </summary>
/// <remarks>
/// <para>What may share a batch:</para>
/// <list type="bullet">
/// <item>Textures: a batch binds up to <see cref="TextureSlots"/> textures; each item's slot is in <see cref="Slots"/>.</item>
/// <item>Scissors: a primitive whose drawn geometry lies inside its scissor (in whole pixels, as the
/// renderer rounds scissors) is not cut by it, so it may draw under any scissor that also holds it, or
/// none (<see cref="Batch.Unscissored"/>); only a primitive its scissor really cuts needs that scissor.</item>
/// <item>Layers: a layer's contents only batch among themselves, but the layer as a whole is one step of
/// the order, bounded by what it holds, so primitives after it may still join batches before it.</item>
/// </list>
/// <para>
/// Overlap is tested on conservative target-pixel bounds (the primitive's drawn geometry through its
/// transform, one pixel wider for anti-aliasing, within its scissor) against each batch's bounds, kept
/// as at most <see cref="MaxRects"/> rectangles (a line of glyphs merges into one), looking back at most
/// <see cref="Lookback"/> batches: linear in the number of primitives. Storage is reused: planning a
/// frame in steady state allocates nothing.
/// </para>
/// </remarks>
public sealed partial class BatchPlanner
{
    /// <summary>How many open batches a primitive may pass over to join one of its kind.</summary>
    public const int Lookback = 32;

    /// <summary>How many rectangles a batch's bounds are kept as before they merge.</summary>
    public const int MaxRects = 16;

    private readonly PrimitiveArray<DrawItem> _items = new(64);
    private readonly PrimitiveArray<byte> _slots = new(64);
    private readonly PrimitiveArray<Batch> _batches = new(16);
    private readonly PrimitiveArray<BatchBreak> _breaks = new(16);
    private readonly PrimitiveArray<PrimitiveKind> _blockers = new(16);
    private readonly PrimitiveArray<int> _textureStarts = new(16);
    private readonly PrimitiveArray<TextureId> _textures = new(16);
    private readonly PrimitiveArray<OpenBatch> _open = new(16);
    private readonly PrimitiveArray<TextureId> _openTextures = new(16);
    private readonly PrimitiveArray<RectNode> _rects = new(64);
    private readonly PrimitiveArray<int> _next = new(64);
    private readonly PrimitiveArray<byte> _slotOf = new(64);
    private readonly PrimitiveArray<int> _layers = new(4);

    /// <summary>A planner whose batches bind one texture each.</summary>
    public BatchPlanner()
        : this(1)
    {
    }

    /// <summary>A planner whose batches may bind up to <paramref name="textureSlots"/> textures (1..255); the renderer says how many it samples.</summary>
    public BatchPlanner(int textureSlots)
    {
        if (textureSlots is < 1 or > byte.MaxValue)
        {
            ThrowHelper.ArgumentOutOfRange(nameof(textureSlots), "A batch binds 1 to 255 textures.");
        }

        TextureSlots = textureSlots;
    }

    /// <summary>How many textures one batch may bind.</summary>
    public int TextureSlots { get; }

    /// <summary>
    /// Whether primitives may move to share batches (the default). Off, every primitive is a batch of its
    /// own in paint order under its own scissor: the reference that tests compare a plan's pixels with.
    /// </summary>
    public bool Reorder { get; set; } = true;

    /// <summary>The draw order permuted so that each batch's items are consecutive (primitives a scissor hides entirely are left out).</summary>
    public ReadOnlySpan<DrawItem> Items => _items.AsReadOnlySpan();

    /// <summary>For each of <see cref="Items"/>, the slot of its texture among its batch's <see cref="TexturesOf"/> (0 when untextured).</summary>
    public ReadOnlySpan<byte> Slots => _slots.AsReadOnlySpan();

    /// <summary>
    /// The batches in drawing order. For primitives, <see cref="Batch.First"/> is an offset into
    /// <see cref="Items"/>; for layer boundaries it is the layer index (Count 1), as in <see cref="BatchIterator"/>.
    /// <see cref="Batch.Texture"/> is the batch's first texture, <see cref="Batch.Scissor"/> may be <see cref="Batch.Unscissored"/>.
    /// </summary>
    public ReadOnlySpan<Batch> Batches => _batches.AsReadOnlySpan();

    /// <summary>For each of <see cref="Batches"/>, why it was started rather than joined to an earlier one.</summary>
    public ReadOnlySpan<BatchBreak> Breaks => _breaks.AsReadOnlySpan();

    /// <summary>For each of <see cref="Batches"/> started for <see cref="BatchBreak.Overlap"/>, the kind of the batch in between that it overlaps.</summary>
    public ReadOnlySpan<PrimitiveKind> Blockers => _blockers.AsReadOnlySpan();

    /// <summary>The textures batch <paramref name="batch"/> binds, slot 0 first (empty for untextured kinds and layer boundaries).</summary>
    public ReadOnlySpan<TextureId> TexturesOf(int batch)
    {
        var start = _textureStarts[batch];
        var end = batch + 1 < _textureStarts.Count ? _textureStarts[batch + 1] : _textures.Count;
        return _textures.AsReadOnlySpan()[start..end];
    }

    /// <summary>Plans <paramref name="list"/>; the result stays valid until the next call.</summary>
    public void Plan(DisplayList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        Reset();
        var order = list.Order.AsReadOnlySpan();
        var target = new Rect(0, 0, list.Viewport.Width, list.Viewport.Height);
        for (var i = 0; i < order.Length; i++)
        {
            _next.Add(-1);
            _slotOf.Add(0);
        }

        for (var i = 0; i < order.Length; i++)
        {
            var item = order[i];
            switch (item.Kind)
            {
                case PrimitiveKind.LayerBegin:
                    _layers.Add(AddOpen(OpenBatch.Boundary(PrimitiveKind.LayerBegin, item)));
                    continue;
                case PrimitiveKind.LayerEnd:
                    EndLayer(item);
                    continue;
            }

            // Pixels outside the target do not exist: a margin beyond its edge is cut by nothing.
            var footprint = Footprint(list, item).Intersect(target);
            var scissor = list.Scissors[item.Scissor];
            var bounds = footprint.Intersect(RoundOut(scissor));
            if (bounds.IsEmpty)
            {
                continue; // its scissor or its clip hides it entirely: it draws nothing
            }

            var candidate = new Candidate(i, item, bounds, footprint, PixelsContain(scissor, footprint), TextureOf(list, item));
            Place(list, candidate);
            foreach (var layer in _layers.AsReadOnlySpan())
            {
                AddBounds(ref _open[layer], bounds);
            }
        }

        if (_layers.Count != 0)
        {
            ThrowHelper.InvalidOperation("The display list's layers are unbalanced.");
        }

        if (Reorder)
        {
            Sink(list); // BatchPlanner.Sink.cs
        }

        Flush(order);
    }

    private void Reset()
    {
        _items.Clear();
        _slots.Clear();
        _batches.Clear();
        _breaks.Clear();
        _blockers.Clear();
        _textureStarts.Clear();
        _textures.Clear();
        _open.Clear();
        _openTextures.Clear();
        _rects.Clear();
        _next.Clear();
        _slotOf.Clear();
        _layers.Clear();
    }

    /// <summary>Closes the innermost layer: its end entry carries the bounds of what it holds, so later primitives test against them.</summary>
    private void EndLayer(DrawItem item)
    {
        if (_layers.Count == 0)
        {
            ThrowHelper.InvalidOperation("The display list's layers are unbalanced.");
        }

        var begin = _layers[^1];
        _layers.RemoveLast();
        var end = OpenBatch.Boundary(PrimitiveKind.LayerEnd, item);
        ref readonly var opened = ref _open[begin];
        end.Last = begin;
        end.Bounds = opened.Bounds;
        end.Rects = opened.Rects;
        end.RectCount = opened.RectCount;
        end.LastRect = opened.LastRect;
        var index = AddOpen(end);
        _open[begin].Last = index;
    }

    /// <summary>Emits the open batches in order, each with its items consecutive.</summary>
    private void Flush(ReadOnlySpan<DrawItem> order)
    {
        for (var j = 0; j < _open.Count; j++)
        {
            ref readonly var open = ref _open[j];
            if (open.Count == 0)
            {
                continue; // sunk into a later batch
            }

            _textureStarts.Add(_textures.Count);
            _breaks.Add(open.Break);
            _blockers.Add(open.Blocker);
            if (open.IsBoundary)
            {
                _batches.Add(new Batch(open.Kind, open.First, 1, TextureId.None, open.Scissor));
                continue;
            }

            var first = _items.Count;
            for (var i = open.First; i >= 0; i = _next[i])
            {
                _items.Add(order[i]);
                _slots.Add(_slotOf[i]);
            }

            var textures = _openTextures.AsReadOnlySpan().Slice(j * TextureSlots, open.TextureCount);
            _textures.AddRange(textures);
            _batches.Add(new Batch(open.Kind, first, open.Count, textures.IsEmpty ? TextureId.None : textures[0], open.Scissor));
        }
    }

    /// <summary>
    /// The whole target pixels the primitive can change, before its scissor: those its quad (its vertex
    /// shader's geometry through its transform) covers, within those its clip mask leaves. The mask's
    /// coverage is <c>clamp(0.5 - d)</c> (common.glsl), zero from half a pixel outside its bounds, so a
    /// pixel whose centre lies outside the bounds rounded out to whole pixels is never touched.
    /// </summary>
    private static Rect Footprint(DisplayList list, DrawItem item)
    {
        var (local, transform, clip) = item.Kind switch
        {
            // quad, shadow and gradient vertex shaders draw one local unit beyond their rectangle for the anti-aliased edge.
            PrimitiveKind.Quad => (Inflate(list.Quads[item.Index].Bounds, 1), list.Quads[item.Index].Transform, list.Quads[item.Index].Clip),
            PrimitiveKind.Shadow => (Inflate(list.Shadows[item.Index].PaintBounds, 1), list.Shadows[item.Index].Transform, list.Shadows[item.Index].Clip),
            PrimitiveKind.Gradient => (Inflate(list.Gradients[item.Index].Bounds, 1), list.Gradients[item.Index].Transform, list.Gradients[item.Index].Clip),
            PrimitiveKind.Glyph => (list.Glyphs[item.Index].Bounds, list.Glyphs[item.Index].Transform, list.Glyphs[item.Index].Clip),
            _ => (list.Images[item.Index].Bounds, list.Images[item.Index].Transform, list.Images[item.Index].Clip),
        };
        var covered = RoundOut(SceneBuilder.TransformBounds(local, transform));
        return clip.IsNone ? covered : covered.Intersect(RoundOut(clip.Bounds));
    }

    private static Rect Inflate(Rect r, float d) => new(r.X - d, r.Y - d, r.Width + (2 * d), r.Height + (2 * d));

    /// <summary>The whole pixels a rectangle touches (as the renderer rounds scissors).</summary>
    private static Rect RoundOut(Rect r) =>
        r.IsEmpty ? Rect.Empty : Rect.FromEdges(MathF.Floor(r.Left), MathF.Floor(r.Top), MathF.Ceiling(r.Right), MathF.Ceiling(r.Bottom));

    private static TextureId TextureOf(DisplayList list, DrawItem item) => item.Kind switch
    {
        PrimitiveKind.Glyph => list.Glyphs[item.Index].Texture,
        PrimitiveKind.Image => list.Images[item.Index].Texture,
        _ => TextureId.None,
    };

    /// <summary>Whether the whole pixels <paramref name="inner"/> touches lie in the pixels a scissor of <paramref name="outer"/> keeps (the renderer rounds scissors outwards).</summary>
    private static bool PixelsContain(Rect outer, Rect inner) =>
        MathF.Floor(inner.Left) >= MathF.Floor(outer.Left) && MathF.Floor(inner.Top) >= MathF.Floor(outer.Top)
        && MathF.Ceiling(inner.Right) <= MathF.Ceiling(outer.Right) && MathF.Ceiling(inner.Bottom) <= MathF.Ceiling(outer.Bottom);

    /// <summary>Whether two scissors keep the same pixels.</summary>
    private static bool SamePixels(Rect a, Rect b) => PixelsContain(a, b) && PixelsContain(b, a);

    /// <summary>
    /// A primitive being placed: its index in the order, the pixels it touches (<see cref="Footprint"/>)
    /// within its scissor and before it, whether its scissor leaves it whole, its texture.
    /// </summary>
    private readonly record struct Candidate(int Index, DrawItem Item, Rect Bounds, Rect Geometry, bool Free, TextureId Texture);
}
