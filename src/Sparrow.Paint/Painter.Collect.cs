using System;
using Sparrow.Core;
using Sparrow.Css;
using Sparrow.Dom;
using Sparrow.Scene;

namespace Sparrow.Paint;

/// <summary>
/// The pre-pass: one walk of the box tree in document order that records, per node, what painting
/// out of tree order needs — the box's absolute position, its stacking context's list of layer
/// children (positioned boxes and nested stacking contexts, in tree order), the overflow clip that
/// applies to it, and where its text decorations come from. Columns are indexed by node slot and
/// reused between frames.
/// </summary>
public sealed partial class Painter
{
    private PaintFlags[] _flags = [];

    /// <summary>The z-index a layer child sorts by (<see cref="StackingStyle.LayerZ"/>).</summary>
    private int[] _z = [];

    /// <summary>The nearest box whose overflow clip applies to this one (CSS 2.1 §11.1.1: through the containing-block chain), or −1.</summary>
    private int[] _clip = [];
    private int[] _layerFirst = [];
    private int[] _layerLast = [];
    private int[] _layerNext = [];

    /// <summary>Pre-order index, and one past the last pre-order index of the subtree.</summary>
    private int[] _order = [];
    private int[] _end = [];
    private int[] _orderToNode = [];

    /// <summary>The nearest box (self included) whose text-decoration-line applies to this box's text, or −1.</summary>
    private int[] _deco = [];

    /// <summary>For a decorating box, the decorating box above it whose lines also reach its text (−1: none).</summary>
    private int[] _decoUp = [];

    /// <summary>Absolute border-box origin before pixel snapping (text is placed from it).</summary>
    private float[] _x = [];
    private float[] _y = [];

    /// <summary>Absolute pixel-snapped border box (box edges are painted from it, as Chromium does).</summary>
    private Rect[] _rect = [];

    /// <summary>
    /// Where the subtree can paint, in the box's own space (before its own transform): its border box
    /// grown by its outer shadows, its text grown by a font size, joined with its children's ink. A
    /// subtree whose ink misses the target is skipped whole. Conservative: overflow clips are not applied.
    /// </summary>
    private Rect[] _ink = [];

    /// <summary>How far the box's outer shadows reach beyond its border box.</summary>
    private float[] _reach = [];
    private int _counter;

    private void EnsureColumns(int slots)
    {
        if (_flags.Length >= slots)
        {
            return;
        }

        var size = Math.Max(slots, Math.Max(64, _flags.Length * 2));
        Array.Resize(ref _flags, size);
        Array.Resize(ref _z, size);
        Array.Resize(ref _clip, size);
        Array.Resize(ref _layerFirst, size);
        Array.Resize(ref _layerLast, size);
        Array.Resize(ref _layerNext, size);
        Array.Resize(ref _order, size);
        Array.Resize(ref _end, size);
        Array.Resize(ref _orderToNode, size);
        Array.Resize(ref _deco, size);
        Array.Resize(ref _decoUp, size);
        Array.Resize(ref _x, size);
        Array.Resize(ref _y, size);
        Array.Resize(ref _rect, size);
        Array.Resize(ref _ink, size);
        Array.Resize(ref _reach, size);
    }

    /// <param name="tree">The box tree.</param>
    /// <param name="node">The box visited.</param>
    /// <param name="px">The parent's absolute x (unsnapped).</param>
    /// <param name="py">The parent's absolute y (unsnapped).</param>
    /// <param name="prx">The parent's absolute snapped x.</param>
    /// <param name="pry">The parent's absolute snapped y.</param>
    /// <param name="sc">The stacking context the box belongs to.</param>
    /// <param name="flowClip">The clip for in-flow and relatively positioned children of the parent.</param>
    /// <param name="cbClip">The clip for absolutely positioned boxes whose containing block is the parent's.</param>
    /// <param name="parentDeco">The decorating box whose lines the parent passes on, or −1.</param>
    /// <param name="parentIsFlex">The parent is a flex container (its children are blockified; z-index applies to them).</param>
    private void Collect<TTree>(in TTree tree, int node, float px, float py, float prx, float pry, int sc, int flowClip, int cbClip, int parentDeco, bool parentIsFlex)
        where TTree : struct, IPaintTree
    {
        ref readonly var box = ref tree.Box(node);
        var offset = tree.PaintOffset(node);
        var x = px + box.X + offset.X;
        var y = py + box.Y + offset.Y;
        var rx = prx + box.Rounded.X + SnapOffset(offset.X);
        var ry = pry + box.Rounded.Y + SnapOffset(offset.Y);
        _x[node] = x;
        _y[node] = y;
        _rect[node] = new Rect(rx, ry, box.Rounded.Width, box.Rounded.Height);
        _order[node] = _counter;
        _orderToNode[_counter] = node;
        _counter++;
        _layerFirst[node] = _layerLast[node] = _layerNext[node] = -1;
        _statBoxes++;

        var text = tree.Text(node);
        var flags = text is null ? PaintFlags.None : PaintFlags.HasText;
        var reach = 0f;
        var z = 0;
        var clip = flowClip;
        var deco = parentDeco;
        var isFlexContainer = false;
        if (_store.Kind[node] == NodeKind.Text)
        {
            flags |= PaintFlags.TextNode | PaintFlags.InlineLevel;
            if (!Style(CssProperties.Visibility, ElementOf(node)).IsKeyword("visible"))
            {
                flags |= PaintFlags.Hidden;
            }
        }
        else
        {
            var stacking = StackingStyle.Read(_styles, node, node == _root, parentIsFlex);
            var display = stacking.Display;
            var outOfFlow = stacking.OutOfFlow;
            z = stacking.LayerZ;
            flags |= stacking.Transformed ? PaintFlags.Transformed : PaintFlags.None;
            flags |= stacking.Positioned ? PaintFlags.Positioned : PaintFlags.None;
            flags |= stacking.Fixed ? PaintFlags.Fixed : PaintFlags.None;
            flags |= stacking.IsContext ? PaintFlags.StackingContext : PaintFlags.None;
            flags |= stacking.IsLayerChild ? PaintFlags.LayerChild : PaintFlags.None;
            var atomicInline = display is "inline-block" or "inline-flex" or "inline-grid" or "inline-table" or "-webkit-inline-box";
            if (!parentIsFlex && !outOfFlow && (atomicInline || display == "inline"))
            {
                flags |= PaintFlags.InlineLevel;
            }

            isFlexContainer = stacking.IsFlexContainer;
            flags |= tree.ClipsContent(node) && node != _root ? PaintFlags.Clips : OverflowFlags(node);
            if (!Style(CssProperties.Visibility, node).IsKeyword("visible"))
            {
                flags |= PaintFlags.Hidden;
            }

            if (Style(CssProperties.BoxShadow, node) is { Kind: CssValueKind.Raw, Text: { } shadows })
            {
                reach = ShadowParser.TryParse(shadows, LengthsFor(node), _colors, _shadows, out var shadowCount) ? ShadowReach(shadowCount) : 0;
            }

            var tag = _store.Tag[node];
            if (tag == _imageAtom || tag == _wxImageAtom)
            {
                flags |= PaintFlags.Image;
            }

            clip = stacking.ClipFor(flowClip, cbClip);
            if (stacking.Transformed)
            {
                SnapTransformedBox(node, x, y, box.Width, box.Height);
            }

            // css-text-decor-3 §2.1: decorations propagate to in-flow descendants, not into
            // out-of-flow boxes or atomic inlines.
            var received = outOfFlow || (atomicInline && !parentIsFlex) ? -1 : parentDeco;
            if (Style(CssProperties.TextDecorationLine, node).Kind == CssValueKind.Raw)
            {
                _decoUp[node] = received;
                deco = node;
            }
            else
            {
                deco = received;
            }
        }

        _flags[node] = flags;
        _z[node] = z;
        _clip[node] = clip;
        _deco[node] = deco;
        if ((flags & PaintFlags.LayerChild) != 0)
        {
            LayerOrder.Append(_layerFirst, _layerLast, _layerNext, sc, node);
        }

        var childSc = (flags & PaintFlags.StackingContext) != 0 ? node : sc;
        var childFlowClip = (flags & PaintFlags.Clips) != 0 ? node : clip;
        var childCbClip = (flags & PaintFlags.Positioned) != 0 ? childFlowClip : cbClip;
        _reach[node] = reach;
        var ink = Inflate(_rect[node], reach);
        if (text is not null)
        {
            ref readonly var edges = ref tree.BoxEdges(node);
            var textBox = new Rect(x + edges.BorderLeft + edges.PaddingLeft, y + edges.BorderTop + edges.PaddingTop, Math.Max(text.Width, box.Width), Math.Max(text.Height, box.Height));
            ink = ink.Union(Inflate(textBox, FontSize(ElementOf(node))));
        }

        var count = tree.ChildCount(node);
        for (var i = 0; i < count; i++)
        {
            var child = tree.GetChild(node, i);
            Collect(tree, child, x, y, rx, ry, childSc, childFlowClip, childCbClip, deco, isFlexContainer);

            // A transformed or fixed child paints in a space its parent cannot bound here.
            ink = ink.Union((_flags[child] & (PaintFlags.Transformed | PaintFlags.Fixed)) != 0 ? Unbounded : _ink[child]);
        }

        _ink[node] = ink;
        _end[node] = _counter;
    }

    /// <summary>A component's paint offset in whole device pixels, so a scrolled box's edges stay as sharp as layout snapped them.</summary>
    /// <summary>
    /// Blink does not carry a subpixel paint offset through a transform other than a translation: the
    /// box's origin is rounded into the transform and its size is snapped on its own (a 116.67 device
    /// px wide skewed box at 276.67 covers 277..394, not the 277..393 of its snapped edges).
    /// </summary>
    private void SnapTransformedBox(int node, float x, float y, float width, float height)
    {
        if (!BoxGeometry.TryTransform(_styles, node, _rect[node], LengthsFor(node), out var m)
            || (m.M11 == 1 && m.M12 == 0 && m.M21 == 0 && m.M22 == 1))
        {
            return;
        }

        _rect[node] = new Rect(SnapOffset(x), SnapOffset(y), SnapOffset(width), SnapOffset(height));
    }

    private float SnapOffset(float offset) => offset == 0 ? 0 : MathF.Round(offset * _context.DevicePixelRatio) / _context.DevicePixelRatio;

    private static Rect Unbounded => new(-ClipMask.Unbounded, -ClipMask.Unbounded, 2 * ClipMask.Unbounded, 2 * ClipMask.Unbounded);

    /// <summary>Overflow clips (<see cref="BoxStyle.OverflowClips"/>); the root's overflow is the viewport's, so the root never clips here.</summary>
    private PaintFlags OverflowFlags(int node)
    {
        if (node == _root)
        {
            return PaintFlags.None;
        }

        return BoxStyle.OverflowClips(_styles, node) switch
        {
            (true, true) => PaintFlags.Clips,
            (true, false) => PaintFlags.Clips | PaintFlags.ClipXOnly,
            (false, true) => PaintFlags.Clips | PaintFlags.ClipYOnly,
            _ => PaintFlags.None,
        };
    }

    /// <summary>Whether <paramref name="node"/> lies in the subtree of <paramref name="ancestor"/> (itself included).</summary>
    private bool InSubtree(int node, int ancestor) => _order[node] >= _order[ancestor] && _order[node] < _end[ancestor];
}
