using System;
using Sparrow.Core;
using Sparrow.Css;
using Sparrow.Dom;
using Sparrow.Paint;
using Sparrow.Scene;

namespace Sparrow.Host.Input;

/// <summary>
/// The pre-pass, the same walk as Paint's: per box its absolute snapped border box, whether it makes
/// a stacking context or is a layer child, its z-index, the overflow clip that applies to it (through
/// the containing-block chain) and its stacking context's list of layer children in tree order.
/// </summary>
public sealed partial class HitTester
{
    private HitFlags[] _flags = [];
    private int[] _z = [];
    private int[] _clip = [];
    private int[] _layerFirst = [];
    private int[] _layerLast = [];
    private int[] _layerNext = [];
    private int[] _order = [];
    private int[] _end = [];
    private int[] _orderToNode = [];
    private Rect[] _rect = [];
    private long[] _keys = new long[64];
    private int _keyTop;
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
        Array.Resize(ref _rect, size);
        Array.Resize(ref _border, size);
    }

    /// <param name="tree">The box tree.</param>
    /// <param name="node">The box visited.</param>
    /// <param name="prx">The parent's absolute snapped x.</param>
    /// <param name="pry">The parent's absolute snapped y.</param>
    /// <param name="sc">The stacking context the box belongs to.</param>
    /// <param name="flowClip">The clip for in-flow and relatively positioned children of the parent.</param>
    /// <param name="cbClip">The clip for absolutely positioned boxes whose containing block is the parent's.</param>
    /// <param name="parentIsFlex">The parent is a flex container (z-index applies to its static children).</param>
    private void Collect<TTree>(in TTree tree, int node, float prx, float pry, int sc, int flowClip, int cbClip, bool parentIsFlex)
        where TTree : struct, IPaintTree
    {
        ref readonly var box = ref tree.Box(node);
        var offset = tree.PaintOffset(node);
        var rx = prx + box.Rounded.X + offset.X;
        var ry = pry + box.Rounded.Y + offset.Y;
        _rect[node] = new Rect(rx, ry, box.Rounded.Width, box.Rounded.Height);
        ref readonly var edges = ref tree.BoxEdges(node);
        _border[node] = new BorderWidths(edges.BorderTop, edges.BorderRight, edges.BorderBottom, edges.BorderLeft);
        _order[node] = _counter;
        _orderToNode[_counter] = node;
        _counter++;
        _layerFirst[node] = _layerLast[node] = _layerNext[node] = -1;

        var flags = HitFlags.None;
        var z = 0;
        var clip = flowClip;
        var isFlexContainer = false;
        if (_store.Kind[node] == NodeKind.Text)
        {
            flags |= TransparencyOf(ElementOf(node));
        }
        else
        {
            // The same rules as Painter.Collect: what makes a stacking context, what is a layer.
            var stacking = StackingStyle.Read(_styles, node, node == _root, parentIsFlex);
            z = stacking.LayerZ;
            flags |= stacking.Positioned ? HitFlags.Positioned : HitFlags.None;
            flags |= stacking.Fixed ? HitFlags.Fixed : HitFlags.None;
            flags |= stacking.IsContext ? HitFlags.StackingContext : HitFlags.None;
            flags |= stacking.IsLayerChild ? HitFlags.LayerChild : HitFlags.None;
            flags |= tree.ClipsContent(node) && node != _root ? HitFlags.Clips : OverflowFlags(node);
            flags |= TransparencyOf(node);
            isFlexContainer = stacking.IsFlexContainer;
            clip = stacking.ClipFor(flowClip, cbClip);
        }

        _flags[node] = flags;
        _z[node] = z;
        _clip[node] = clip;
        if ((flags & HitFlags.LayerChild) != 0)
        {
            LayerOrder.Append(_layerFirst, _layerLast, _layerNext, sc, node);
        }

        var childSc = (flags & HitFlags.StackingContext) != 0 ? node : sc;
        var childFlowClip = (flags & HitFlags.Clips) != 0 ? node : clip;
        var childCbClip = (flags & HitFlags.Positioned) != 0 ? childFlowClip : cbClip;
        var count = tree.ChildCount(node);
        for (var i = 0; i < count; i++)
        {
            Collect(tree, tree.GetChild(node, i), rx, ry, childSc, childFlowClip, childCbClip, isFlexContainer);
        }

        _end[node] = _counter;
    }

    /// <summary>Both properties inherit, so the element's own computed values decide (a child may set them back).</summary>
    private HitFlags TransparencyOf(int element) =>
        !Style(CssProperties.Visibility, element).IsKeyword("visible") || Style(CssProperties.PointerEvents, element).IsKeyword("none")
            ? HitFlags.Transparent
            : HitFlags.None;

    /// <summary>css-overflow-3 §3, as Paint reads it (<see cref="BoxStyle.OverflowClips"/>): the root never clips.</summary>
    private HitFlags OverflowFlags(int node)
    {
        if (node == _root)
        {
            return HitFlags.None;
        }

        return BoxStyle.OverflowClips(_styles, node) switch
        {
            (true, true) => HitFlags.Clips,
            (true, false) => HitFlags.Clips | HitFlags.ClipXOnly,
            (false, true) => HitFlags.Clips | HitFlags.ClipYOnly,
            _ => HitFlags.None,
        };
    }

    private CssValue Style(CssProperty property, int node) => _styles.Get(property, node);
}
