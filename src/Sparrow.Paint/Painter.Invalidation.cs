using System;
using System.Numerics;
using Sparrow.Scene;
using Sparrow.Text;

namespace Sparrow.Paint;

/// <summary>
/// Which boxes are dirty this frame, for incremental paint. Three sources: the embedder's signal
/// (<see cref="Invalidate(int)"/>: nodes whose computed style or text changed, climbed to the nearest
/// box when the node has none, e.g. an inline span of a paragraph), the pre-pass compared with the last
/// frame (<see cref="PaintNodeKey"/>: layout box, position, flags, clip and decoration sources, subtree
/// shape; the laid-out text and an image's <c>src</c>/<c>mode</c> by reference and value), and boxes that
/// were not in the last frame's tree. A dirty box that decorates text dirties its whole subtree (its
/// lines paint there). A chunk is dirty when its subtree holds a dirty box: a prefix count over the
/// pre-order answers that in O(1).
/// </summary>
public sealed partial class Painter
{
    private readonly PrimitiveArray<int> _signals = new(16);
    private bool[] _signalled = [];
    private bool _invalidAll;

    private PaintNodeKey[] _keys = [];
    private TextLayout?[] _keyText = [];
    private string?[] _keySrc = [];
    private string?[] _keyMode = [];

    /// <summary>The frame each slot was last a box of the painted tree in.</summary>
    private int[] _seen = [];
    private bool[] _dirty = [];

    /// <summary>Dirty boxes before each pre-order index (entry <c>i</c>: among indices below <c>i</c>).</summary>
    private int[] _dirtyBefore = [];

    /// <summary><c>position: fixed</c> boxes before each pre-order index (their painting does not move with the scroll).</summary>
    private int[] _fixedBefore = [];

    /// <summary>Counts of the last frame's chunks painted and copied (incremental frames only).</summary>
    internal (int Rebuilt, int Reused) ChunkCounts => (_statRebuilt, _statReused);

    private void EnsureSignalColumn(int slots)
    {
        if (_signalled.Length < slots)
        {
            Array.Resize(ref _signalled, Math.Max(slots, Math.Max(64, _signalled.Length * 2)));
        }
    }

    private void ClearSignals()
    {
        foreach (var node in _signals.AsReadOnlySpan())
        {
            _signalled[node] = false;
        }

        _signals.Clear();
        _invalidAll = false;
    }

    private void EnsureInvalidationColumns(int size)
    {
        if (_keys.Length >= size)
        {
            return;
        }

        Array.Resize(ref _keys, size);
        Array.Resize(ref _keyText, size);
        Array.Resize(ref _keySrc, size);
        Array.Resize(ref _keyMode, size);
        Array.Resize(ref _seen, size);
        Array.Resize(ref _dirty, size);
        Array.Resize(ref _dirtyBefore, size + 1);
        Array.Resize(ref _fixedBefore, size + 1);
    }

    /// <summary>
    /// After the pre-pass: decides whether this frame may replay at all, and which boxes are dirty.
    /// Anything the whole page depends on (the store, the context, the root's font size) changing
    /// means painting everything.
    /// </summary>
    private void FindDirty<TTree>(in TTree tree)
        where TTree : struct, IPaintTree
    {
        EnsureInvalidationColumns(_flags.Length);
        _reuse = _previousValid && !_invalidAll && ReferenceEquals(_store, _previousStore)
            && _context with { Scroll = _previousContext.Scroll } == _previousContext && SameBits(_rootFontSize, _previousRootFontSize)
            && FindScrollShift();
        var seenBefore = _frame - 1;
        for (var i = 0; i < _counter; i++)
        {
            var node = _orderToNode[i];
            var key = new PaintNodeKey
            {
                Box = tree.Box(node),
                Edges = tree.BoxEdges(node),
                Rect = _rect[node],
                X = _x[node],
                Y = _y[node],
                Flags = _flags[node],
                Clip = _clip[node],
                Deco = _deco[node],
                DecoUp = _deco[node] == node ? _decoUp[node] : -2,
                Z = _z[node],
                Children = tree.ChildCount(node),
                SubtreeSize = _end[node] - _order[node],
            };
            var text = tree.Text(node);
            string? src = null;
            string? mode = null;
            if ((key.Flags & PaintFlags.Image) != 0)
            {
                src = _store.GetAttribute(node, _srcAtom);
                mode = _store.GetAttribute(node, _modeAtom);
            }

            _dirty[node] = _seen[node] != seenBefore || !SameBits(key, _keys[node]) || !ReferenceEquals(text, _keyText[node])
                || !string.Equals(src, _keySrc[node], StringComparison.Ordinal) || !string.Equals(mode, _keyMode[node], StringComparison.Ordinal);
            _keys[node] = key;
            _keyText[node] = text;
            _keySrc[node] = src;
            _keyMode[node] = mode;
            _seen[node] = _frame;
        }

        if (!_reuse)
        {
            return;
        }

        var parents = _store.Parent;
        foreach (var signalled in _signals.AsReadOnlySpan())
        {
            // A node without a box of its own (a paragraph's inline span, a text run) paints through
            // the nearest box above it.
            var node = signalled;
            while (node >= 0 && (node >= _seen.Length || _seen[node] != _frame))
            {
                node = node < parents.Length ? parents[node] : -1;
            }

            if (node >= 0)
            {
                _dirty[node] = true;
            }
        }

        _dirtyBefore[0] = 0;
        _fixedBefore[0] = 0;
        for (var i = 0; i < _counter; i++)
        {
            var node = _orderToNode[i];
            _fixedBefore[i + 1] = _fixedBefore[i] + ((_flags[node] & PaintFlags.Fixed) != 0 ? 1 : 0);
            if (_dirty[node] && _deco[node] == node)
            {
                // Its decoration lines paint on every text below it.
                for (var j = i; j < _end[node]; j++)
                {
                    _dirty[_orderToNode[j]] = true;
                }
            }

            _dirtyBefore[i + 1] = _dirtyBefore[i] + (_dirty[node] ? 1 : 0);
        }
    }

    private bool SubtreeDirty(int node) => _dirtyBefore[_end[node]] != _dirtyBefore[_order[node]];

    private bool SubtreeHasFixed(int node) => _fixedBefore[_end[node]] != _fixedBefore[_order[node]];

    /// <summary>
    /// How far the page's scroll moved the scene since the last frame, in target pixels (<see cref="_scrollShift"/>);
    /// false when it moved by a fraction of a pixel, which changes how glyphs and edges snap: then
    /// everything is painted.
    /// </summary>
    private bool FindScrollShift()
    {
        // Painter.BuildScene's outermost transform is translate(−scroll) · scale(ratio): its translation.
        var ratio = _context.DevicePixelRatio;
        var dx = (-_context.Scroll.X * ratio) - (-_previousContext.Scroll.X * ratio);
        var dy = (-_context.Scroll.Y * ratio) - (-_previousContext.Scroll.Y * ratio);
        _scrollShift = new Vector2(dx, dy);
        return dx == MathF.Round(dx) && dy == MathF.Round(dy);
    }
}
