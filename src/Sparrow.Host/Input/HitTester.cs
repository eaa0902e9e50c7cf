using System;
using System.Numerics;
using Sparrow.Core;
using Sparrow.Css;
using Sparrow.Dom;
using Sparrow.Paint;

namespace Sparrow.Host.Input;

/// <summary>
/// Finds the element a finger at a point touches: the topmost box in Paint's order (CSS 2.1
/// Appendix E, as <see cref="Painter"/> paints it), walked back to front. A box is a candidate only
/// where the point lies inside its border box (rounded by its own radii) and inside every overflow
/// clip of its containing-block chain (rounded clips included); transforms are inverted about their
/// origin; <c>visibility</c> other than visible and <c>pointer-events: none</c> make the box itself
/// transparent while its descendants that set them back still hit; <c>display: none</c> has no box.
/// A text leaf hit maps to its element. Entry point: <see cref="HitTest{TTree}"/>. Render thread
/// only; every call redoes its pre-pass, so one tester serves any page (its columns are reused, and
/// a steady-state hit test allocates nothing).
/// </summary>
/// <remarks>
/// Inside one stacking context, in-flow content is tested in reverse tree order (children before
/// their parent, later siblings first), which is Paint's order except where an inline-level box
/// overlaps a later block-level sibling's background (Paint's steps 3 and 5); opacity 0 boxes stay
/// hittable, as in browsers and WeChat.
/// </remarks>
public sealed partial class HitTester
{
    private NodeStore _store = null!;
    private ComputedStyleStore _styles = null!;
    private int _root;
    private Size _viewport;
    private Point _scroll;
    private float _rootFontSize;

    /// <summary>Boxes visited by the last pre-pass (for tests and stats).</summary>
    public int LastBoxCount { get; private set; }

    /// <summary>The box the last <see cref="HitTest{TTree}"/> hit (a text node for text), or −1.</summary>
    public int LastBox { get; private set; } = -1;

    /// <summary>
    /// Where the last hit fell inside <see cref="LastBox"/>: CSS px from its border box's top-left corner,
    /// in the box's own space (transforms undone), e.g. to find the span of a paragraph under it.
    /// </summary>
    public Point LastLocal { get; private set; }

    /// <summary>
    /// The element slot under <paramref name="page"/> (page coordinates in CSS px: the client point
    /// plus the page's scroll offset), or −1 when no box is there. Precondition: as for
    /// <see cref="Painter.BuildScene{TTree}"/> — styles and layout are resolved for the current
    /// state of <paramref name="store"/>; <paramref name="viewport"/> and <paramref name="scroll"/>
    /// are the ones the frame is painted with.
    /// </summary>
    public int HitTest<TTree>(in TTree tree, int root, NodeStore store, ComputedStyleStore styles, Size viewport, Point scroll, Point page)
        where TTree : struct, IPaintTree
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(styles);
        _store = store;
        _styles = styles;
        _root = root;
        _viewport = viewport;
        _scroll = scroll;
        _rootFontSize = FontSize(root);
        EnsureColumns(store.SlotCount);
        _counter = 0;
        _keyTop = 0;
        Collect(tree, root, 0, 0, root, -1, -1, false);
        LastBoxCount = _counter;
        LastBox = -1;
        var hit = HitContext(tree, root, new Vector2(page.X, page.Y));
        return hit < 0 ? -1 : ElementOf(hit);
    }

    /// <summary>The absolute, pixel-snapped border box of <paramref name="node"/> as of the last <see cref="HitTest{TTree}"/> (page coordinates, before transforms).</summary>
    public Rect BoxOf(int node) => (uint)node < (uint)_rect.Length ? _rect[node] : default;

    /// <summary>A stacking context (or a positioned box with z-index auto) and what it paints, back to front reversed.</summary>
    private int HitContext<TTree>(in TTree tree, int node, Vector2 p)
        where TTree : struct, IPaintTree
    {
        var flags = _flags[node];
        if ((flags & HitFlags.StackingContext) != 0 && !ToLocal(node, flags, ref p))
        {
            return -1;
        }

        var start = _keyTop;
        GatherLayers(node);
        var end = _keyTop;
        var firstNonNegative = start;
        while (firstNonNegative < end && _keys[firstNonNegative] < 0)
        {
            firstNonNegative++;
        }

        var hit = -1;

        // Paint's steps 8 and 9 (z-index ≥ 0 layers), topmost first.
        for (var i = end - 1; i >= firstNonNegative && hit < 0; i--)
        {
            hit = HitLayerChild(tree, node, i, p);
        }

        // Steps 3–5: in-flow content, under the context's own overflow clip.
        if (hit < 0 && ((flags & HitFlags.Clips) == 0 || InsideClip(node, p)))
        {
            hit = HitInFlow(tree, node, p);
        }

        // Step 2: negative z-index layers.
        for (var i = firstNonNegative - 1; i >= start && hit < 0; i--)
        {
            hit = HitLayerChild(tree, node, i, p);
        }

        // Step 1: the context's own box.
        if (hit < 0 && IsTarget(node, flags, p))
        {
            hit = node;
        }

        _keyTop = start;
        return hit;
    }

    /// <summary>A layer child, behind the overflow clips of its containing-block chain inside <paramref name="context"/>.</summary>
    private int HitLayerChild<TTree>(in TTree tree, int context, int keyIndex, Vector2 p)
        where TTree : struct, IPaintTree
    {
        var child = _orderToNode[LayerOrder.OrderOf(_keys[keyIndex])];
        for (var c = _clip[child]; c >= 0 && InSubtree(c, context); c = _clip[c])
        {
            if (!InsideClip(c, p))
            {
                return -1;
            }
        }

        return HitContext(tree, child, p);
    }

    /// <summary>The in-flow (non-layer) descendants of <paramref name="node"/>, last painted first.</summary>
    private int HitInFlow<TTree>(in TTree tree, int node, Vector2 p)
        where TTree : struct, IPaintTree
    {
        for (var i = tree.ChildCount(node) - 1; i >= 0; i--)
        {
            var child = tree.GetChild(node, i);
            var flags = _flags[child];
            if ((flags & HitFlags.LayerChild) != 0)
            {
                continue;
            }

            if ((flags & HitFlags.Clips) == 0 || InsideClip(child, p))
            {
                var hit = HitInFlow(tree, child, p);
                if (hit >= 0)
                {
                    return hit;
                }
            }

            if (IsTarget(child, flags, p))
            {
                return child;
            }
        }

        return -1;
    }

    private bool IsTarget(int node, HitFlags flags, Vector2 p)
    {
        if ((flags & HitFlags.Transparent) != 0 || !InsideBox(node, p))
        {
            return false;
        }

        LastBox = node;
        LastLocal = new Point(p.X - _rect[node].X, p.Y - _rect[node].Y);
        return true;
    }

    /// <summary>Whether <paramref name="element"/> may be a target itself: visible and not <c>pointer-events: none</c>.</summary>
    public bool IsHittable(int element) => element >= 0 && (TransparencyOf(element) & HitFlags.Transparent) == 0;

    /// <summary>Pushes the layer children of <paramref name="node"/> on the key stack, sorted by z-index then tree order (Paint's keys).</summary>
    private void GatherLayers(int node) => LayerOrder.Gather(ref _keys, ref _keyTop, _layerFirst[node], _layerNext, _z, _order);

    /// <summary>The element a hit box stands for: a text node's nearest element ancestor (fragments skipped).</summary>
    private int ElementOf(int node) => BoxStyle.ElementOf(_store, node, _root);

    private bool InSubtree(int node, int ancestor) => _order[node] >= _order[ancestor] && _order[node] < _end[ancestor];

    private float FontSize(int node) => BoxStyle.FontSize(_styles, node);
}
