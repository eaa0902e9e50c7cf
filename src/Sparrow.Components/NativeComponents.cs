using System;
using System.Collections.Generic;
using Sparrow.Core;
using Sparrow.Dom;
using Sparrow.Layout;

namespace Sparrow.Components;

/// <summary>
/// The native behaviour of one page's built-in components on the render thread: per-instance state
/// of each <c>scroll-view</c> and <c>swiper</c>, keyed by node slot, driven once per frame by
/// <see cref="Update{TTree}"/> after layout, and by drag gestures (<see cref="Press"/>,
/// <see cref="Drag"/>, <see cref="Release"/>). What it gives back: a paint offset per box
/// (<see cref="Offset"/>: scroll offsets move a scroll-view's children, slides move swiper items),
/// which boxes clip their content (<see cref="Clips"/>), and the events the components raised
/// (<see cref="TakeEvents"/>) for the host to dispatch on the logic thread. Render thread only; a
/// steady frame with nothing moving allocates nothing.
/// </summary>
public sealed partial class NativeComponents
{
    private readonly NodeStore _store;
    private readonly ComponentTags _tags;
    private readonly float _windowWidth;
    private readonly Dictionary<int, ScrollView> _scrollViews = [];
    private readonly Dictionary<int, Swiper> _swipers = [];
    private readonly List<ComponentEvent> _events = [];
    private readonly List<int> _offsetNodes = [];
    private readonly List<int> _stale = [];
    private readonly Stack<int> _walk = new();
    private readonly OpBatch _writes = new();
    private readonly DiagnosticBag _writeDiagnostics = new();
    private float[] _offsetX = [];
    private float[] _offsetY = [];
    private bool[] _clips = [];
    private long _frame;

    /// <summary>State for the components of the page whose nodes are <paramref name="store"/>; rpx lengths use <paramref name="windowWidth"/> (CSS px).</summary>
    public NativeComponents(NodeStore store, float windowWidth)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _tags = new ComponentTags(store.Atoms);
        _windowWidth = windowWidth;
    }

    /// <summary>Live scroll-views, swipers and text fields after the last <see cref="Update{TTree}"/>.</summary>
    public int InstanceCount => _scrollViews.Count + _swipers.Count + _fields.Count;

    /// <summary>
    /// One frame at <paramref name="nowMs"/> (the virtual clock): finds the components in the box tree,
    /// applies attribute changes, advances animations and autoplay, and recomputes every paint offset.
    /// Precondition: layout is resolved for the current state of the store (the offsets are read
    /// against it), as for Paint.
    /// </summary>
    public void Update<TTree>(in TTree tree, int root, double nowMs)
        where TTree : struct, ILayoutTree
    {
        EnsureColumns(_store.SlotCount);
        foreach (var node in _offsetNodes)
        {
            _offsetX[node] = 0;
            _offsetY[node] = 0;
            _clips[node] = false;
        }

        _offsetNodes.Clear();
        _frame++;
        _walk.Clear();
        _walk.Push(root);
        while (_walk.TryPop(out var node))
        {
            if (_store.Kind[node] == NodeKind.Element)
            {
                var tag = _store.Tag[node];
                if (_tags.IsScrollView(tag))
                {
                    UpdateScrollView(tree, node, nowMs);
                }
                else if (_tags.IsSwiper(tag))
                {
                    UpdateSwiper(tree, node, nowMs);
                }
                else if (_tags.IsTextField(tag))
                {
                    UpdateTextField(node); // NativeComponents.TextFields.cs
                }
            }

            var count = tree.ChildCount(node);
            for (var i = count - 1; i >= 0; i--)
            {
                _walk.Push(tree.GetChild(node, i));
            }
        }

        RemoveStale();
    }

    /// <summary>How far the box of <paramref name="node"/> (and everything in it) is moved from its layout position, CSS px.</summary>
    public Point Offset(int node) => (uint)node < (uint)_offsetX.Length ? new Point(_offsetX[node], _offsetY[node]) : default;

    /// <summary>Whether <paramref name="node"/> is a component that clips its content to its padding box (scroll-view, swiper), whatever its overflow.</summary>
    public bool Clips(int node) => (uint)node < (uint)_clips.Length && _clips[node];

    /// <summary>Moves the events raised since the last call into <paramref name="into"/>, in order.</summary>
    public void TakeEvents(List<ComponentEvent> into)
    {
        ArgumentNullException.ThrowIfNull(into);
        into.AddRange(_events);
        _events.Clear();
    }

    /// <summary>The scroll offset (left, top) of the scroll-view at <paramref name="node"/>, or null when there is none.</summary>
    public Point? ScrollOffset(int node) => _scrollViews.TryGetValue(node, out var view) ? new Point(view.Left, view.Top) : null;

    /// <summary>Whether the scroll-view at <paramref name="node"/> is moving on its own (momentum after a release).</summary>
    public bool IsFlinging(int node) => _scrollViews.TryGetValue(node, out var view) && view.Flinging;

    /// <summary>The current item of the swiper at <paramref name="node"/>, or −1 when there is none.</summary>
    public int SwiperCurrent(int node) => _swipers.TryGetValue(node, out var swiper) ? swiper.Current : -1;

    /// <summary>The swiper's strip position in items (fractional mid-slide), or NaN when there is none.</summary>
    public float SwiperPosition(int node) => _swipers.TryGetValue(node, out var swiper) ? swiper.Position : float.NaN;

    private void UpdateScrollView<TTree>(in TTree tree, int node, double nowMs)
        where TTree : struct, ILayoutTree
    {
        var generation = _store.Generation[node];
        if (!_scrollViews.TryGetValue(node, out var view) || view.Generation != generation)
        {
            view = new ScrollView(node, generation);
            _scrollViews[node] = view;
        }

        view.Stamp = _frame;
        view.Sync(tree, _store, _tags, _windowWidth, nowMs, _events);
        SetClip(node);
        var count = tree.ChildCount(node);
        for (var i = 0; i < count; i++)
        {
            SetOffset(tree.GetChild(node, i), -view.Left, -view.Top);
        }
    }

    private void UpdateSwiper<TTree>(in TTree tree, int node, double nowMs)
        where TTree : struct, ILayoutTree
    {
        var generation = _store.Generation[node];
        if (!_swipers.TryGetValue(node, out var swiper) || swiper.Generation != generation)
        {
            swiper = new Swiper(node, generation);
            _swipers[node] = swiper;
        }

        swiper.Stamp = _frame;
        swiper.Sync(tree, _store, _tags, _windowWidth, nowMs, _events);
        SetClip(node);
        var items = swiper.Items;
        for (var i = 0; i < items.Count; i++)
        {
            var along = swiper.OffsetOf(i) * swiper.Extent;
            SetOffset(items[i], swiper.Vertical ? 0 : along, swiper.Vertical ? along : 0);
        }
    }

    /// <summary>
    /// <c>refresher-triggered</c> is two-way: a refresh the finger started shows on the element at
    /// once, so the logic side's later <c>false</c> is a change the scroll-view sees.
    /// </summary>
    private void WriteTriggered(ScrollView view)
    {
        if (!view.TriggeredWrite)
        {
            return;
        }

        view.TriggeredWrite = false;
        _writes.SetAttribute(_store.Handle[view.Node], _tags.RefresherTriggered, "true", AttributeValueKind.True);
        _store.Apply(_writes, _writeDiagnostics);
        _writes.Clear();
    }

    private void SetOffset(int node, float x, float y)
    {
        _offsetX[node] = x;
        _offsetY[node] = y;
        _offsetNodes.Add(node);
    }

    private void SetClip(int node)
    {
        _clips[node] = true;
        _offsetNodes.Add(node);
    }

    private void RemoveStale()
    {
        _stale.Clear();
        foreach (var (node, view) in _scrollViews)
        {
            if (view.Stamp != _frame)
            {
                _stale.Add(node);
            }
        }

        foreach (var node in _stale)
        {
            _scrollViews.Remove(node);
        }

        _stale.Clear();
        foreach (var (node, swiper) in _swipers)
        {
            if (swiper.Stamp != _frame)
            {
                _stale.Add(node);
            }
        }

        foreach (var node in _stale)
        {
            _swipers.Remove(node);
        }

        RemoveStaleFields();
    }

    private void EnsureColumns(int slots)
    {
        if (_offsetX.Length >= slots)
        {
            return;
        }

        var size = Math.Max(slots, Math.Max(64, _offsetX.Length * 2));
        Array.Resize(ref _offsetX, size);
        Array.Resize(ref _offsetY, size);
        Array.Resize(ref _clips, size);
    }
}
