using System;
using Sparrow.Css;

namespace Sparrow.Paint;

/// <summary>
/// Painting order (CSS 2.1 Appendix E, https://www.w3.org/TR/CSS21/zindex.html#painting-order), per
/// stacking context: (1) its own background and borders; (2) child contexts with negative z-index;
/// (3) backgrounds of in-flow block-level descendants, in tree order; (5) inline content — text and
/// inline-level boxes, each atomically; (8) positioned descendants with z-index auto or 0 and
/// contexts made by opacity or transforms, in tree order; (9) positive z-index. Floats (4) do not
/// exist in layout yet. A positioned box with z-index auto paints like a context whose own
/// positioned descendants belong to the enclosing one.
/// </summary>
public sealed partial class Painter
{
    /// <summary>Sort keys (z-index in the high half, pre-order index in the low) of the layer children being painted, a stack shared by nesting levels.</summary>
    private long[] _layerKeys = new long[64];
    private int _layerTop;
    private int[] _chain = new int[16];

    private void PaintStackingContext<TTree>(in TTree tree, int node)
        where TTree : struct, IPaintTree
    {
        if (!IsChunk(node))
        {
            PaintStackingContextRun(tree, node);
        }
        else if (!TryReplay(node, PaintChunkPhase.Context))
        {
            var chunk = BeginChunk();
            PaintStackingContextRun(tree, node);
            EndChunk(node, PaintChunkPhase.Context, chunk);
        }
    }

    private void PaintStackingContextRun<TTree>(in TTree tree, int node)
        where TTree : struct, IPaintTree
    {
        var flags = _flags[node];
        var pushedTransform = false;
        var pushedLayer = false;
        if ((flags & PaintFlags.StackingContext) == 0)
        {
            // A positioned box with z-index auto: culled like any subtree.
            if (!OnTarget(_ink[node]))
            {
                _statCulled++;
                return;
            }
        }
        else
        {
            _statContexts++;
            var opacity = Style(CssProperties.Opacity, node);
            var alpha = opacity.Kind == CssValueKind.Number ? opacity.Number : 1;
            if (alpha <= 0)
            {
                // Fully transparent: nothing of the subtree can show (Chromium skips painting it too).
                return;
            }

            var matrix = BoxGeometry.ContextMatrix(_styles, node, _rect[node], LengthsFor(node), (flags & PaintFlags.Fixed) != 0, _context.Scroll);
            if (!matrix.IsIdentity)
            {
                _builder.PushTransform(matrix);
                pushedTransform = true;
            }

            if (node != _root && !OnTarget(_ink[node]))
            {
                // Nothing of the subtree reaches the target: no layer, no primitives.
                _statCulled++;
                if (pushedTransform)
                {
                    _builder.PopTransform();
                }

                return;
            }

            if (alpha < 1)
            {
                _builder.PushLayer(alpha);
                pushedLayer = true;
            }
        }

        if ((flags & PaintFlags.Hidden) == 0)
        {
            PaintBox(tree, node);
        }

        var start = _layerTop;
        GatherLayers(node);
        var end = _layerTop;
        var i = start;
        for (; i < end && _layerKeys[i] < 0; i++)
        {
            PaintLayerChild(tree, node, i);
        }

        var clips = (flags & PaintFlags.Clips) != 0;
        if (clips)
        {
            PushOverflowClip(tree, node);
        }

        BlockBackgrounds(tree, node);
        InlineContent(tree, node);
        if (clips)
        {
            _builder.PopClip();
        }

        for (; i < end; i++)
        {
            PaintLayerChild(tree, node, i);
        }

        _layerTop = start;
        if (pushedLayer)
        {
            _builder.PopLayer();
        }

        if (pushedTransform)
        {
            _builder.PopTransform();
        }
    }

    /// <summary>Pushes the layer children of <paramref name="node"/> on the key stack, sorted by z-index then tree order.</summary>
    private void GatherLayers(int node) => LayerOrder.Gather(ref _layerKeys, ref _layerTop, _layerFirst[node], _layerNext, _z, _order);

    /// <summary>Paints the layer child at <paramref name="keyIndex"/> under the overflow clips of its containing-block chain inside <paramref name="context"/>.</summary>
    private void PaintLayerChild<TTree>(in TTree tree, int context, int keyIndex)
        where TTree : struct, IPaintTree
    {
        var child = _orderToNode[LayerOrder.OrderOf(_layerKeys[keyIndex])];

        // The chain from the child up, stopping at clips outside this context (they were pushed
        // when the context itself was painted); pushed outermost first.
        var count = 0;
        for (var c = _clip[child]; c >= 0 && InSubtree(c, context); c = _clip[c])
        {
            if (count == _chain.Length)
            {
                Array.Resize(ref _chain, count * 2);
            }

            _chain[count++] = c;
        }

        for (var k = count - 1; k >= 0; k--)
        {
            PushOverflowClip(tree, _chain[k]);
        }

        PaintStackingContext(tree, child);
        for (var k = 0; k < count; k++)
        {
            _builder.PopClip();
        }
    }

    /// <summary>Step 3: backgrounds and borders of in-flow, non-positioned, block-level descendants (block-level replaced content with them).</summary>
    private void BlockBackgrounds<TTree>(in TTree tree, int node)
        where TTree : struct, IPaintTree
    {
        var count = tree.ChildCount(node);
        for (var i = 0; i < count; i++)
        {
            var child = tree.GetChild(node, i);
            var flags = _flags[child];
            if ((flags & (PaintFlags.LayerChild | PaintFlags.InlineLevel)) != 0)
            {
                continue;
            }

            if (!IsChunk(child))
            {
                BlockBackgroundsOf(tree, child);
            }
            else if (!TryReplay(child, PaintChunkPhase.Block))
            {
                var chunk = BeginChunk();
                BlockBackgroundsOf(tree, child);
                EndChunk(child, PaintChunkPhase.Block, chunk);
            }
        }
    }

    /// <summary>Step 3 for one in-flow block-level child: its own background and borders, then its descendants'.</summary>
    private void BlockBackgroundsOf<TTree>(in TTree tree, int child)
        where TTree : struct, IPaintTree
    {
        var flags = _flags[child];
        if (!OnTarget(_ink[child]))
        {
            _statCulled++;
            return;
        }

        if ((flags & PaintFlags.Hidden) == 0)
        {
            PaintBox(tree, child);
        }

        if (tree.ChildCount(child) > 0)
        {
            var clips = (flags & PaintFlags.Clips) != 0;
            if (clips)
            {
                PushOverflowClip(tree, child);
            }

            BlockBackgrounds(tree, child);
            if (clips)
            {
                _builder.PopClip();
            }
        }
    }

    /// <summary>Step 5 (7.2.1.4 in Appendix E): the node's own text, then inline-level descendants, each atomically.</summary>
    private void InlineContent<TTree>(in TTree tree, int node)
        where TTree : struct, IPaintTree
    {
        if ((_flags[node] & (PaintFlags.HasText | PaintFlags.Hidden)) == PaintFlags.HasText)
        {
            PaintText(tree, node);
        }

        var count = tree.ChildCount(node);
        for (var i = 0; i < count; i++)
        {
            var child = tree.GetChild(node, i);
            if ((_flags[child] & PaintFlags.LayerChild) != 0)
            {
                continue;
            }

            if (!IsChunk(child))
            {
                InlineContentOf(tree, child);
            }
            else if (!TryReplay(child, PaintChunkPhase.Inline))
            {
                var chunk = BeginChunk();
                InlineContentOf(tree, child);
                EndChunk(child, PaintChunkPhase.Inline, chunk);
            }
        }
    }

    /// <summary>Step 5 for one child that is not a layer child: an atomic inline whole, else its inline content.</summary>
    private void InlineContentOf<TTree>(in TTree tree, int child)
        where TTree : struct, IPaintTree
    {
        var flags = _flags[child];
        if (!OnTarget(_ink[child]))
        {
            return;
        }

        if ((flags & (PaintFlags.InlineLevel | PaintFlags.TextNode)) == PaintFlags.InlineLevel)
        {
            PaintAtomicInline(tree, child);
            return;
        }

        if ((flags & PaintFlags.HasText) == 0 && tree.ChildCount(child) == 0)
        {
            return;
        }

        var clips = (flags & PaintFlags.Clips) != 0;
        if (clips)
        {
            PushOverflowClip(tree, child);
        }

        InlineContent(tree, child);
        if (clips)
        {
            _builder.PopClip();
        }
    }

    /// <summary>An inline-level box paints as if it made a stacking context, minus its positioned descendants (Appendix E 7.2.1.5).</summary>
    private void PaintAtomicInline<TTree>(in TTree tree, int node)
        where TTree : struct, IPaintTree
    {
        var flags = _flags[node];
        if ((flags & PaintFlags.Hidden) == 0)
        {
            PaintBox(tree, node);
        }

        var clips = (flags & PaintFlags.Clips) != 0;
        if (clips)
        {
            PushOverflowClip(tree, node);
        }

        BlockBackgrounds(tree, node);
        InlineContent(tree, node);
        if (clips)
        {
            _builder.PopClip();
        }
    }
}
