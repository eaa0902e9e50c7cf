using System;
using System.Collections.Generic;
using System.Numerics;
using System.Runtime.InteropServices;
using Sparrow.Core;
using Sparrow.Dom;
using Sparrow.Scene;

namespace Sparrow.Paint;

/// <summary>
/// Incremental paint: with <see cref="Incremental"/> set, the painter keeps the last frame's scene and,
/// per paint chunk (a stacking context, or a box's block-background or inline-content run, for boxes
/// with at least <see cref="MinChunkNodes"/> nodes in their subtree), the range of the list it filled
/// and what it was painted under. A chunk whose subtree holds no dirty box (<c>Painter.Invalidation.cs</c>)
/// and that begins under the same transform, scissor and rounded clip is copied from the last frame
/// (<see cref="SceneBuilder.Replay"/>) instead of painted; after a scroll of the page by whole device
/// pixels, a chunk on the target in both frames is copied moved by it (<c>CanReplayScrolled</c>). The
/// scene is the one a full build gives, item for item (tested by comparing <see cref="SceneDump"/>s
/// over random edits and scrolls).
/// </summary>
public sealed partial class Painter
{
    /// <summary>Below this many boxes a subtree is painted with its parent's chunk: bookkeeping would cost more than it saves.</summary>
    internal const int MinChunkNodes = 8;

    private readonly DisplayList _previous = new();
    private PrimitiveArray<GlyphUse> _glyphUses = new(64);
    private PrimitiveArray<GlyphUse> _previousGlyphUses = new(64);
    private List<ImageUse> _imageUses = [];
    private List<ImageUse> _previousImageUses = [];
    private PaintChunk[] _chunks = [];
    private int _frame;
    private bool _incremental;
    private bool _reuse;
    private bool _previousValid;
    private PaintContext _previousContext;
    private float _previousRootFontSize;
    private NodeStore? _previousStore;
    private int _statReused;
    private int _statRebuilt;
    private int _lastItems;
    private int _lastBoxes;

    /// <summary>How far the scroll moved the page since the last frame, in target pixels (whole pixels when <see cref="_reuse"/>).</summary>
    private Vector2 _scrollShift;

    /// <summary>
    /// Whether frames reuse the unchanged chunks of the last one (default false: every frame is painted
    /// whole). The embedder then reports each frame's changes with <see cref="Invalidate(ReadOnlySpan{int})"/>:
    /// the nodes whose computed style or text changed. Layout boxes, positions, clips and the tree's
    /// shape the painter compares itself.
    /// </summary>
    public bool Incremental { get; set; }

    /// <summary>
    /// With <see cref="Incremental"/>, a frame is built incrementally only when the last one drew at
    /// least this many draw items per box (default 1); else it is built whole, at no extra cost. Reuse
    /// costs a comparison of every box with its last frame (the pre-pass walks every box anyway), which
    /// pays off when painting is a large share of the frame (a tall viewport, a long page on screen) and
    /// not when most boxes are culled (a phone screen over a long page: a few hundred items).
    /// </summary>
    public float IncrementalMinItemsPerBox { get; set; } = 1;

    /// <summary>Marks <paramref name="nodes"/> (store slots whose computed style or text changed) dirty for the next frame.</summary>
    public void Invalidate(ReadOnlySpan<int> nodes)
    {
        foreach (var node in nodes)
        {
            Invalidate(node);
        }
    }

    /// <summary>Marks one store slot dirty for the next frame.</summary>
    public void Invalidate(int node)
    {
        if (node < 0)
        {
            return;
        }

        EnsureSignalColumn(node + 1);
        if (!_signalled[node])
        {
            _signalled[node] = true;
            _signals.Add(node);
        }
    }

    /// <summary>The next frame is painted whole.</summary>
    public void InvalidateAll() => _invalidAll = true;

    private void BeginIncrementalFrame(int slots)
    {
        _frame++;
        _incremental = Incremental && _lastItems >= IncrementalMinItemsPerBox * _lastBoxes;
        _statReused = _statRebuilt = 0;
        _glyphUses.Clear();
        _imageUses.Clear();
        if (_incremental && _chunks.Length < 3 * _flags.Length)
        {
            Array.Resize(ref _chunks, 3 * _flags.Length);
        }

        EnsureSignalColumn(slots);
    }

    /// <summary>Keeps this frame's scene for the next one (an exact copy: the caller may add to its list afterwards).</summary>
    private void EndIncrementalFrame(DisplayList list)
    {
        _lastItems = list.Order.Count;
        _lastBoxes = _statBoxes;
        _previousValid = _incremental;
        ClearSignals();
        if (!_incremental)
        {
            return;
        }

        _previous.CopyFrom(list);
        (_glyphUses, _previousGlyphUses) = (_previousGlyphUses, _glyphUses);
        (_imageUses, _previousImageUses) = (_previousImageUses, _imageUses);
        _previousContext = _context;
        _previousRootFontSize = _rootFontSize;
        _previousStore = _store;
    }

    /// <summary>Whether <paramref name="node"/>'s runs are chunks of their own this frame.</summary>
    private bool IsChunk(int node) => _incremental && (node == _root || _end[node] - _order[node] >= MinChunkNodes);

    /// <summary>Copies the chunk from the last frame when nothing it depends on changed; false: paint it.</summary>
    private bool TryReplay(int node, PaintChunkPhase phase)
    {
        if (!_reuse)
        {
            return false;
        }

        ref var chunk = ref _chunks[(3 * node) + (int)phase];
        if (chunk.Frame != _frame - 1 || chunk.Volatile || SubtreeDirty(node))
        {
            return false;
        }

        var shift = Vector2.Zero;
        if (_scrollShift != Vector2.Zero && SubtreeHasFixed(node))
        {
            // A fixed box undoes the scroll inside the chunk: what it paints moved otherwise than the chunk.
            return false;
        }

        if (!SameBits(chunk.Transform, _builder.Transform) || !SameBits(chunk.Scissor, _builder.CurrentScissor)
            || !SameBits(chunk.Mask, _builder.CurrentMask))
        {
            if (!CanReplayScrolled(node, phase, chunk))
            {
                return false;
            }

            shift = _scrollShift;
        }

        // Ask the atlases and the image source what painting would ask them: tiles stay resident, and a
        // tile or image that moved or went means painting again.
        var glyphs = _previousGlyphUses.AsReadOnlySpan()[chunk.GlyphUsesStart..chunk.GlyphUsesEnd];
        foreach (var use in glyphs)
        {
            if (!(use.Color ? _colorAtlas : _glyphAtlas).TryGetTile(use.Key, out var tile) || tile != use.Tile)
            {
                return false;
            }
        }

        for (var i = chunk.ImageUsesStart; i < chunk.ImageUsesEnd; i++)
        {
            var use = _previousImageUses[i];
            if (_images is null || !_images.TryGetImage(use.Url, out var texture, out var width, out var height)
                || texture != use.Texture || width != use.Width || height != use.Height)
            {
                return false;
            }
        }

        var start = _builder.Mark();
        var glyphStart = _glyphUses.Count;
        var imageStart = _imageUses.Count;
        _builder.Replay(_previous, chunk.Start, chunk.End, shift);
        _glyphUses.AddRange(glyphs);
        for (var i = chunk.ImageUsesStart; i < chunk.ImageUsesEnd; i++)
        {
            _imageUses.Add(_previousImageUses[i]);
        }

        _statContexts += chunk.Contexts;
        _statCulled += chunk.Culled;
        _statGlyphs += chunk.Glyphs;
        _statReused++;
        MoveNestedChunks(node, phase, chunk, start, glyphStart - chunk.GlyphUsesStart, imageStart - chunk.ImageUsesStart, shift);
        chunk.Frame = _frame;
        chunk.Start = start;
        chunk.End = _builder.Mark();
        chunk.Transform = _builder.Transform;
        chunk.Scissor = _builder.CurrentScissor;
        chunk.Mask = _builder.CurrentMask;
        chunk.GlyphUsesStart = glyphStart;
        chunk.GlyphUsesEnd = _glyphUses.Count;
        chunk.ImageUsesStart = imageStart;
        chunk.ImageUsesEnd = _imageUses.Count;
        return true;
    }

    /// <summary>
    /// The chunks painted inside a copied one moved with it: their records follow, so that the next
    /// frame can copy them on their own when only their parent changes. A chunk of the subtree painted
    /// elsewhere (a positioned box below a positioned box with z-index auto belongs to the enclosing
    /// context) lies outside the old range and is left for its own painter.
    /// </summary>
    private void MoveNestedChunks(int node, PaintChunkPhase phase, in PaintChunk old, in SceneMark to, int glyphShift, int imageShift, Vector2 shift)
    {
        for (var i = _order[node]; i < _end[node]; i++)
        {
            var nested = _orderToNode[i];
            if (nested != node && !IsChunk(nested))
            {
                // Too small to be a chunk, and so is everything below it.
                i = _end[nested] - 1;
                continue;
            }

            for (var p = 0; p < 3; p++)
            {
                ref var chunk = ref _chunks[(3 * nested) + p];
                if ((nested == node && p == (int)phase) || chunk.Frame != _frame - 1
                    || chunk.Start.Order < old.Start.Order || chunk.End.Order > old.End.Order)
                {
                    continue;
                }

                chunk.Frame = _frame;
                chunk.Start = chunk.Start.Rebased(old.Start, to);
                chunk.End = chunk.End.Rebased(old.Start, to);
                chunk.GlyphUsesStart += glyphShift;
                chunk.GlyphUsesEnd += glyphShift;
                chunk.ImageUsesStart += imageShift;
                chunk.ImageUsesEnd += imageShift;
                if (shift != Vector2.Zero)
                {
                    // What it began under moved as the copy did (CanReplayScrolled: translations only).
                    chunk.Transform.Translation += shift;
                    chunk.Scissor = _builder.List.Scissors[chunk.Start.Scissor];
                    chunk.Mask = MovedMask(chunk.Mask, shift);
                }
            }
        }
    }

    /// <summary>
    /// Whether a chunk painted before the page scrolled by <see cref="_scrollShift"/> can be copied moved by
    /// it: it began under the last frame's transform and rounded clip moved by the shift, its scissor is
    /// the target in both frames or moved too, no transform of its own or a fixed box inside undoes the
    /// move, and its ink lies wholly on the target in both frames, so culling cut nothing of it and no
    /// scissor it made was clamped to the target.
    /// </summary>
    private bool CanReplayScrolled(int node, PaintChunkPhase phase, in PaintChunk chunk)
    {
        var shift = _scrollShift;
        var now = _builder.Transform;
        var then = chunk.Transform;
        if (shift == Vector2.Zero || node == _root || now.M12 != 0 || now.M21 != 0
            || (phase == PaintChunkPhase.Context && (_flags[node] & (PaintFlags.Fixed | PaintFlags.Transformed)) != 0)
            || !SameBits(now.M11, then.M11) || !SameBits(now.M22, then.M22) || !SameBits(now.M12, then.M12) || !SameBits(now.M21, then.M21)
            || !SameBits(now.M31, then.M31 + shift.X) || !SameBits(now.M32, then.M32 + shift.Y)
            || !SameBits(MovedMask(chunk.Mask, shift), _builder.CurrentMask))
        {
            return false;
        }

        var scissor = _builder.CurrentScissor;
        if (!SameBits(chunk.Scissor.Offset(shift.X, shift.Y), scissor) && !(SameBits(chunk.Scissor, _target) && SameBits(scissor, _target)))
        {
            return false;
        }

        var ink = SceneBuilder.TransformBounds(_ink[node], now);
        return Inside(ink, _target) && Inside(ink.Offset(-shift.X, -shift.Y), _target);

        static bool Inside(Rect r, Rect target) =>
            r.Left >= target.Left && r.Top >= target.Top && r.Right <= target.Right && r.Bottom <= target.Bottom;
    }

    private static ClipMask MovedMask(in ClipMask mask, Vector2 shift) =>
        mask.IsNone ? mask : new ClipMask(mask.Bounds.Offset(shift.X, shift.Y), mask.Radii);

    /// <summary>Starts recording a chunk about to be painted; <see cref="EndChunk"/> stores it.</summary>
    private PaintChunk BeginChunk() => new()
    {
        Start = _builder.Mark(),
        Transform = _builder.Transform,
        Scissor = _builder.CurrentScissor,
        Mask = _builder.CurrentMask,
        GlyphUsesStart = _glyphUses.Count,
        ImageUsesStart = _imageUses.Count,
        Contexts = _statContexts,
        Culled = _statCulled,
        Glyphs = _statGlyphs,
        Dropped = _statDropped,
        Pending = _statImagesPending,
    };

    private void EndChunk(int node, PaintChunkPhase phase, in PaintChunk begun)
    {
        ref var chunk = ref _chunks[(3 * node) + (int)phase];
        chunk = begun;
        chunk.Frame = _frame;
        chunk.Volatile = _statDropped != begun.Dropped || _statImagesPending != begun.Pending;
        chunk.End = _builder.Mark();
        chunk.GlyphUsesEnd = _glyphUses.Count;
        chunk.ImageUsesEnd = _imageUses.Count;
        chunk.Contexts = _statContexts - begun.Contexts;
        chunk.Culled = _statCulled - begun.Culled;
        chunk.Glyphs = _statGlyphs - begun.Glyphs;
        _statRebuilt++;
    }

    /// <summary>Records the tile a glyph was placed from (incremental frames only).</summary>
    private void RecordGlyphUse(ulong key, bool color, in AtlasTile tile)
    {
        if (_incremental)
        {
            _glyphUses.Add(new GlyphUse(key, color, tile));
        }
    }

    /// <summary><see cref="IImageSource.TryGetImage"/>, recording the answer for incremental frames.</summary>
    private bool TryGetImage(IImageSource images, string url, out TextureId texture, out int width, out int height)
    {
        if (!images.TryGetImage(url, out texture, out width, out height))
        {
            return false;
        }

        if (_incremental)
        {
            _imageUses.Add(new ImageUse(url, texture, width, height));
        }

        return true;
    }

    private static bool SameBits<T>(in T a, in T b)
        where T : unmanaged =>
        MemoryMarshal.AsBytes(new ReadOnlySpan<T>(in a)).SequenceEqual(MemoryMarshal.AsBytes(new ReadOnlySpan<T>(in b)));
}
