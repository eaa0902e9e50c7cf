using System.Collections.Generic;
using Sparrow.Core;
using Sparrow.Dom;
using Sparrow.Layout;

namespace Sparrow.Components.Tests;

/// <summary>
/// A node store built from a real op stream (the reference <see cref="OpStreamWriter"/>) and hand-set
/// boxes for it, as the host's box tree presents laid-out ones. Handles are the caller's; box children
/// follow the order elements were appended.
/// </summary>
internal sealed class ComponentFixture
{
    private readonly Dictionary<int, List<int>> _children = [];
    private LayoutResult[] _boxes = new LayoutResult[64];
    private LayoutEdges[] _edges = new LayoutEdges[64];
    private LayoutCache[] _caches = new LayoutCache[64];

    private readonly OpStreamNames _names;

    public ComponentFixture()
    {
        Store = new NodeStore(new AtomTable());
        Writer = new OpStreamWriter();
        _names = new OpStreamNames(Store.Atoms);
    }

    public NodeStore Store { get; }

    public OpStreamWriter Writer { get; }

    public DiagnosticBag Diagnostics { get; } = new();

    public int Root => Store.Root.Index;

    /// <summary>Applies what <see cref="Writer"/> holds.</summary>
    public void Apply()
    {
        var batch = new OpBatch();
        if (!OpStreamReader.Read(Writer.Finish(), _names, batch, Diagnostics))
        {
            throw new System.InvalidOperationException("malformed test batch: " + string.Join("; ", Diagnostics.Snapshot()));
        }

        Store.Apply(batch, Diagnostics);
    }

    /// <summary>Creates element <paramref name="handle"/> under <paramref name="parent"/> with a border box at (x, y, w, h) relative to the parent's.</summary>
    public void Element(uint handle, uint parent, string tag, float x, float y, float w, float h)
    {
        Writer.CreateElement(handle, tag, tag);
        Writer.AppendChild(parent, handle);
        Apply();
        var node = Slot(handle);
        var parentSlot = Slot(parent);
        if (!_children.TryGetValue(parentSlot, out var list))
        {
            _children[parentSlot] = list = [];
        }

        list.Add(node);
        if (node >= _boxes.Length)
        {
            System.Array.Resize(ref _boxes, node * 2);
            System.Array.Resize(ref _edges, node * 2);
            System.Array.Resize(ref _caches, node * 2);
        }

        _boxes[node] = new LayoutResult { X = x, Y = y, Width = w, Height = h };
        _caches[node].SetContent(w, h, float.NaN);
    }

    /// <summary>Removes element <paramref name="handle"/> from its parent, in the store and in the box tree.</summary>
    public void Remove(uint handle, uint parent)
    {
        var node = Slot(handle);
        _children[Slot(parent)].Remove(node);
        Writer.RemoveChild(parent, handle);
        Apply();
    }

    public int Slot(uint handle) => Store.Resolve(handle).Index;

    public ref LayoutResult Box(uint handle) => ref _boxes[Slot(handle)];

    /// <summary>Sets the content (scrollable overflow) size of element <paramref name="handle"/>'s box.</summary>
    public void Content(uint handle, float width, float height) => _caches[Slot(handle)].SetContent(width, height, float.NaN);

    public void Attribute(uint handle, string name, string value)
    {
        Writer.SetAttribute(handle, name, value);
        Apply();
    }

    public void Attribute(uint handle, string name, bool value)
    {
        Writer.SetAttribute(handle, name, value);
        Apply();
    }

    public void Listen(uint handle, string type)
    {
        Writer.SetListenerStats(handle, type, false, 0);
        Apply();
    }

    public Tree View => new(this);

    /// <summary>The fixture as layout's tree interface.</summary>
    internal readonly struct Tree(ComponentFixture fixture) : ILayoutTree
    {
        public int ChildCount(int node) => fixture._children.TryGetValue(node, out var list) ? list.Count : 0;

        public int GetChild(int node, int index) => fixture._children[node][index];

        public ref readonly LayoutStyle Style(int node) => throw new System.NotSupportedException();

        public ref LayoutResult Layout(int node) => ref fixture._boxes[node];

        public ref LayoutEdges Edges(int node) => ref fixture._edges[node];

        public ref LayoutCache Cache(int node) => ref fixture._caches[node];

        public bool HasMeasure(int node) => false;

        public MeasureResult Measure(int node, in MeasureInput input) => throw new System.NotSupportedException();
    }
}
