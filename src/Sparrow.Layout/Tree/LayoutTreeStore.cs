using System;
using System.Runtime.InteropServices;
using Sparrow.Core;

namespace Sparrow.Layout;

/// <summary>
/// A ready-made node store in columns (style, children, measure, output, cache) for tests, tools and
/// embedders without a DOM. <c>Sparrow.Dom</c> implements <see cref="ILayoutTree"/> over its own
/// columns instead. Setters mark a node dirty only when the value really changes (as Yoga's do), and
/// dirtiness propagates to the ancestors, whose sizes may depend on it.
/// </summary>
public sealed partial class LayoutTreeStore
{
    private LayoutStyle[] _styles = new LayoutStyle[16];
    private int[] _parents = new int[16];
    private int[][] _children = new int[16][];
    private int[] _childCounts = new int[16];
    private ILeafMeasure?[] _measures = new ILeafMeasure?[16];
    private LayoutResult[] _layouts = new LayoutResult[16];
    private LayoutCache[] _caches = new LayoutCache[16];

    public int Count { get; private set; }

    /// <summary>Adds a detached node and returns its index.</summary>
    public int AddNode(in LayoutStyle style)
    {
        if (Count == _styles.Length)
        {
            var n = Count * 2;
            Array.Resize(ref _styles, n);
            Array.Resize(ref _parents, n);
            Array.Resize(ref _children, n);
            Array.Resize(ref _childCounts, n);
            Array.Resize(ref _measures, n);
            Array.Resize(ref _layouts, n);
            Array.Resize(ref _caches, n);
        }

        var id = Count++;
        _styles[id] = style;
        _parents[id] = -1;
        _children[id] = [];
        return id;
    }

    public void AppendChild(int parent, int child)
    {
        CheckNode(parent);
        CheckNode(child);
        if (_parents[child] >= 0)
        {
            ThrowHelper.InvalidOperation($"Node {child} already has a parent.");
        }

        ref var list = ref _children[parent];
        if (_childCounts[parent] == list.Length)
        {
            Array.Resize(ref list, Math.Max(4, list.Length * 2));
        }

        list[_childCounts[parent]++] = child;
        _parents[child] = parent;
        MarkDirty(parent);
    }

    public int Parent(int node) => _parents[node];

    public int ChildCount(int node) => _childCounts[node];

    public int GetChild(int node, int index) => _children[node][index];

    public ref readonly LayoutStyle GetStyle(int node) => ref _styles[node];

    /// <summary>Replaces a node's style; marks it dirty only if some field differs.</summary>
    public void SetStyle(int node, in LayoutStyle style)
    {
        CheckNode(node);
        var old = MemoryMarshal.AsBytes(new ReadOnlySpan<LayoutStyle>(in _styles[node]));
        var now = MemoryMarshal.AsBytes(new ReadOnlySpan<LayoutStyle>(in style));
        if (!old.SequenceEqual(now))
        {
            _styles[node] = style;
            MarkDirty(node);
        }
    }

    /// <summary>Makes the node a measured leaf (text, image, component), or a plain box with null.</summary>
    public void SetMeasure(int node, ILeafMeasure? measure)
    {
        CheckNode(node);
        if (!ReferenceEquals(_measures[node], measure))
        {
            _measures[node] = measure;
            MarkDirty(node);
        }
    }

    /// <summary>Clears the cache of <paramref name="node"/> and its ancestors: the next pass re-lays out exactly that path (and what it resizes).</summary>
    public void MarkDirty(int node)
    {
        for (var n = node; n >= 0; n = _parents[n])
        {
            _caches[n].Clear();
        }
    }

    public bool IsDirty(int node) => _caches[node].IsEmpty;

    public ref readonly LayoutResult GetLayout(int node) => ref _layouts[node];

    /// <summary>Lays out the tree under <paramref name="root"/>; see <see cref="LayoutEngine.Compute{TTree}"/>.</summary>
    public void Compute(int root, Size viewport, float devicePixelRatio = 1f)
    {
        var view = new View(this);
        LayoutEngine.Compute(ref view, root, viewport, devicePixelRatio);
    }

    /// <summary>
    /// Bytes of layout data kept outside the per-node columns, summed over the nodes: the size-only cache
    /// answers of measured nodes and the line memos of large multi-line flex containers. For the benchmarks'
    /// bytes-per-node line; a rough figure (array headers counted as 24 bytes, the memo object as 96).
    /// </summary>
    internal long SideBytes()
    {
        var total = 0L;
        for (var i = 0; i < Count; i++)
        {
            total += _caches[i].SideBytes;
        }

        return total;
    }

    private void CheckNode(int node)
    {
        if ((uint)node >= (uint)Count)
        {
            ThrowHelper.ArgumentOutOfRange(nameof(node), $"No node {node} in this store.");
        }
    }
}
