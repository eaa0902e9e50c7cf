using System;
using System.Runtime.InteropServices;
using Sparrow.Core;

namespace Sparrow.Layout;

/// <summary>
/// A ready-made node store in columns (style handle, children, measure, box, edges, cache; equal styles are
/// stored once in a <see cref="LayoutStyleTable"/>) for tests, tools and
/// embedders without a DOM. <c>Sparrow.Dom</c> implements <see cref="ILayoutTree"/> over its own
/// columns instead. Setters mark a node dirty only when the value really changes (as Yoga's do), and
/// dirtiness propagates to the ancestors, whose sizes may depend on it.
/// </summary>
public sealed partial class LayoutTreeStore
{
    private readonly LayoutStyleTable _styleTable = new();
    private int[] _styles = new int[16];
    private int[] _parents = new int[16];
    private int[][] _children = new int[16][];
    private int[] _childCounts = new int[16];
    private ILeafMeasure?[] _measures = new ILeafMeasure?[16];
    private LayoutResult[] _layouts = new LayoutResult[16];
    private LayoutEdges[] _edges = new LayoutEdges[16];
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
            Array.Resize(ref _edges, n);
            Array.Resize(ref _caches, n);
        }

        var id = Count++;
        _styles[id] = _styleTable.Acquire(style);
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

    public ref readonly LayoutStyle GetStyle(int node) => ref _styleTable[_styles[node]];

    /// <summary>How many distinct styles the nodes hold (each stored once; see <see cref="LayoutStyleTable"/>).</summary>
    public int DistinctStyles => _styleTable.Distinct;

    /// <summary>Replaces a node's style; marks it dirty only if some field differs.</summary>
    public void SetStyle(int node, in LayoutStyle style)
    {
        CheckNode(node);
        var old = MemoryMarshal.AsBytes(new ReadOnlySpan<LayoutStyle>(in GetStyle(node)));
        var now = MemoryMarshal.AsBytes(new ReadOnlySpan<LayoutStyle>(in style));
        if (!old.SequenceEqual(now))
        {
            // Acquire before releasing: the old handle's slot must not be reused for the new style while read.
            var handle = _styleTable.Acquire(style);
            _styleTable.Release(_styles[node]);
            _styles[node] = handle;
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

    /// <summary>
    /// Clears the cache of <paramref name="node"/> and its ancestors: the next pass re-lays out exactly that path
    /// (and what it resizes). The node's resolved edges are written again; its ancestors' stay (their styles did not change).
    /// </summary>
    public void MarkDirty(int node)
    {
        _caches[node].Clear();
        for (var n = _parents[node]; n >= 0; n = _parents[n])
        {
            _caches[n].ClearKeepingEdges();
        }
    }

    public bool IsDirty(int node) => _caches[node].IsEmpty;

    /// <summary>The node's box and rounded box.</summary>
    public ref readonly LayoutResult GetLayout(int node) => ref _layouts[node];

    /// <summary>The node's resolved margin, border, padding and static position.</summary>
    public ref readonly LayoutEdges GetEdges(int node) => ref _edges[node];

    /// <summary>The node's scrollable overflow size from its last full layout (see <see cref="LayoutCache.ContentWidth"/>).</summary>
    public Size GetContentSize(int node) => new(_caches[node].ContentWidth, _caches[node].ContentHeight);

    /// <summary>The node's first baseline from the top of its border box (NaN: none), from its last full layout.</summary>
    public float GetBaseline(int node) => _caches[node].Baseline;

    /// <summary>
    /// Lays out the tree under <paramref name="root"/> to any depth; see <see cref="LayoutEngine.ComputeAnyDepth{TTree}"/>
    /// (a tree too deep for the caller's stack is laid out on <see cref="LayoutThread"/> from then on).
    /// </summary>
    public void Compute(int root, Size viewport, float devicePixelRatio = 1f)
    {
        var view = new View(this);
        _onLayoutThread = LayoutEngine.ComputeAnyDepth(ref view, root, viewport, devicePixelRatio, _onLayoutThread);
    }

    private bool _onLayoutThread;

    /// <summary>
    /// Bytes of layout data kept outside the per-node columns, summed over the nodes: the shared style table,
    /// the size-only cache answers of measured nodes and the line memos of large multi-line flex containers.
    /// For the benchmarks' bytes-per-node line; a rough figure (array headers counted as 24 bytes, the memo
    /// object as 96).
    /// </summary>
    internal long SideBytes()
    {
        var total = _styleTable.Bytes;
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
