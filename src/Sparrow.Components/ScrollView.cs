using System;
using System.Collections.Generic;
using System.Globalization;
using Sparrow.Dom;
using Sparrow.Layout;

namespace Sparrow.Components;

/// <summary>
/// One <c>scroll-view</c>: its scroll offset, animated scrolls and the events they raise. The
/// offset moves the box children (Paint and hit-testing read it through the host's tree); the
/// content size is layout's scrollable overflow. The offset is clamped to [0, content − viewport]
/// except while a finger pulls past an end: with <c>enhanced</c> and <c>bounces</c> the content
/// follows with rubber-band resistance and springs back on release, and with <c>refresher-enabled</c>
/// a pull down from the top is the pull-to-refresh (<c>ScrollView.Motion.cs</c>).
/// </summary>
internal sealed partial class ScrollView
{
    /// <summary>WeChat's default <c>upper-threshold</c> and <c>lower-threshold</c>, px.</summary>
    public const float DefaultThreshold = 50;

    /// <summary>How long <c>scroll-with-animation</c> takes; WeChat does not document it (its WebView uses a short smooth scroll).</summary>
    public const double AnimationMs = 300;

    private string? _topText;
    private string? _leftText;
    private string? _intoText;
    private bool _applied;
    private bool _reported;
    private float _reportedLeft;
    private float _reportedTop;
    private bool _atUpperY;
    private bool _atLowerY;
    private bool _atUpperX;
    private bool _atLowerX;
    private bool _animating;
    private float _fromLeft;
    private float _fromTop;
    private float _toLeft;
    private float _toTop;
    private double _startMs;

    public ScrollView(int node, uint generation)
    {
        Node = node;
        Generation = generation;
    }

    public int Node { get; }

    public uint Generation { get; }

    /// <summary>The <see cref="NativeComponents"/> frame that last saw the instance in the box tree.</summary>
    public long Stamp { get; set; }

    public bool ScrollX { get; private set; }

    public bool ScrollY { get; private set; }

    public float Left { get; private set; }

    public float Top { get; private set; }

    /// <summary>Padding box size (what shows of the content).</summary>
    public float ViewWidth { get; private set; }

    public float ViewHeight { get; private set; }

    /// <summary>Scrollable overflow (<c>scrollWidth</c>, <c>scrollHeight</c>).</summary>
    public float ContentWidth { get; private set; }

    public float ContentHeight { get; private set; }

    public float MaxLeft => ScrollX ? Math.Max(0, ContentWidth - ViewWidth) : 0;

    public float MaxTop => ScrollY ? Math.Max(0, ContentHeight - ViewHeight) : 0;

    /// <summary>An animated scroll (scroll-with-animation, a spring back, the refresher) is under way.</summary>
    public bool Animating => _animating;

    /// <summary>A finger drags the content: animations stop and attribute changes wait.</summary>
    public bool Dragging { get; set; }

    /// <summary>
    /// One frame: reads the attributes and the layout, applies a changed <c>scroll-into-view</c>,
    /// <c>scroll-top</c> or <c>scroll-left</c>, advances an animated scroll and raises the frame's events.
    /// </summary>
    public void Sync<TTree>(in TTree tree, NodeStore store, ComponentTags tags, float windowWidth, double nowMs, List<ComponentEvent> events)
        where TTree : struct, ILayoutTree
    {
        ScrollX = AttributeValues.Bool(store.GetAttribute(Node, tags.ScrollX));
        ScrollY = AttributeValues.Bool(store.GetAttribute(Node, tags.ScrollY));
        ReadMotionAttributes(store, tags);
        var box = tree.Layout(Node);
        var edges = tree.Edges(Node);
        var cache = tree.Cache(Node);
        ViewWidth = Math.Max(0, box.Width - edges.BorderLeft - edges.BorderRight);
        ViewHeight = Math.Max(0, box.Height - edges.BorderTop - edges.BorderBottom);
        ContentWidth = Math.Max(ViewWidth, cache.ContentWidth);
        ContentHeight = Math.Max(ViewHeight, cache.ContentHeight);

        var animate = _applied && AttributeValues.Bool(store.GetAttribute(Node, tags.ScrollWithAnimation));
        var into = store.GetAttribute(Node, tags.ScrollIntoView);
        var top = store.GetAttribute(Node, tags.ScrollTop);
        var left = store.GetAttribute(Node, tags.ScrollLeft);
        if (!Dragging)
        {
            // scroll-into-view wins over scroll-top and scroll-left (WeChat's documented priority).
            if (into != _intoText && !string.IsNullOrEmpty(into) && FindInto(tree, store, into) is { } target)
            {
                ScrollTo(ScrollX ? target.Left : Left, ScrollY ? target.Top : Top, animate, nowMs);
            }
            else
            {
                if (top != _topText && AttributeValues.Length(top, windowWidth) is { } t)
                {
                    ScrollTo(Left, t, animate, nowMs);
                }

                if (left != _leftText && AttributeValues.Length(left, windowWidth) is { } l)
                {
                    ScrollTo(l, _animating ? _toTop : Top, animate, nowMs);
                }
            }

            _intoText = into;
            _topText = top;
            _leftText = left;
        }

        _applied = true;
        SyncRefresher(store, tags, nowMs);
        Advance(nowMs);
        AdvanceFling(nowMs);
        if (!Overscrolling)
        {
            Left = Math.Clamp(Left, 0, MaxLeft);
            Top = Math.Clamp(Top, 0, MaxTop);
        }

        Report(store, tags, events);
    }

    /// <summary>Moves the content to (<paramref name="left"/>, <paramref name="top"/>), clamped; at once, or animated from where it is.</summary>
    public void ScrollTo(float left, float top, bool animate, double nowMs)
    {
        _flinging = false;
        left = Math.Clamp(left, 0, MaxLeft);
        top = Math.Clamp(top, MinTop, MaxTop);
        if (!animate)
        {
            _animating = false;
            Left = left;
            Top = top;
            return;
        }

        _animating = true;
        _fromLeft = Left;
        _fromTop = Top;
        _toLeft = left;
        _toTop = top;
        _startMs = nowMs;
    }

    /// <summary>
    /// A drag sets the offset directly: clamped, except past an end with bounces (rubber band) or,
    /// at the top, with the refresher (the pull). An animation or a fling in flight stops.
    /// </summary>
    public void DragTo(float left, float top)
    {
        _animating = false;
        _flinging = false;
        Left = Bounces ? RubberBand(left, MaxLeft, ViewWidth) : Math.Clamp(left, 0, MaxLeft);
        Top = PullTop(top);
    }

    private void Advance(double nowMs)
    {
        if (!_animating)
        {
            return;
        }

        var p = Easing.Progress(nowMs, _startMs, AnimationMs);
        var e = Easing.EaseOut(p);
        Left = _fromLeft + ((_toLeft - _fromLeft) * e);
        Top = _fromTop + ((_toTop - _fromTop) * e);
        _animating = p < 1;
        if (!_animating)
        {
            AnimationEnded();
        }
    }

    /// <summary>
    /// <c>bindscroll</c> at most once a frame when the offset moved; <c>bindscrolltoupper</c> /
    /// <c>bindscrolltolower</c> when the offset enters the threshold zone at an end while moving toward it.
    /// The first frame only records where the content starts.
    /// </summary>
    private void Report(NodeStore store, ComponentTags tags, List<ComponentEvent> events)
    {
        var upper = (float)AttributeValues.Number(store.GetAttribute(Node, tags.UpperThreshold), DefaultThreshold);
        var lower = (float)AttributeValues.Number(store.GetAttribute(Node, tags.LowerThreshold), DefaultThreshold);
        var atUpperY = ScrollY && Top <= upper;
        var atLowerY = ScrollY && Top >= MaxTop - lower;
        var atUpperX = ScrollX && Left <= upper;
        var atLowerX = ScrollX && Left >= MaxLeft - lower;
        if (!_reported)
        {
            _reported = true;
            (_reportedLeft, _reportedTop) = (Left, Top);
            (_atUpperY, _atLowerY, _atUpperX, _atLowerX) = (atUpperY, atLowerY, atUpperX, atLowerX);
            return;
        }

        var dx = Left - _reportedLeft;
        var dy = Top - _reportedTop;
        var generation = store.Generation[Node];
        FlushRefresherEvents(store, generation, events, dy);
        if (dx == 0 && dy == 0)
        {
            return;
        }

        // deltaX/deltaY as WeChat reports them: the previous offset less the new one (negative while scrolling down).
        // The refresher's pull is not a scroll (it has its own pulling event).
        if (ComponentTags.Listens(store, Node, tags.ScrollEvent) && !(RefresherEnabled && (Top < 0 || _reportedTop < 0)))
        {
            var detail = string.Create(
                CultureInfo.InvariantCulture,
                $"{{\"scrollLeft\":{Left},\"scrollTop\":{Top},\"scrollHeight\":{ContentHeight},\"scrollWidth\":{ContentWidth},\"deltaX\":{_reportedLeft - Left},\"deltaY\":{_reportedTop - Top}}}");
            events.Add(new ComponentEvent(Node, generation, "scroll", detail));
        }

        if (atUpperY && !_atUpperY && dy < 0)
        {
            events.Add(new ComponentEvent(Node, generation, "scrolltoupper", "{\"direction\":\"top\"}"));
        }

        if (atUpperX && !_atUpperX && dx < 0)
        {
            events.Add(new ComponentEvent(Node, generation, "scrolltoupper", "{\"direction\":\"left\"}"));
        }

        if (atLowerY && !_atLowerY && dy > 0)
        {
            events.Add(new ComponentEvent(Node, generation, "scrolltolower", "{\"direction\":\"bottom\"}"));
        }

        if (atLowerX && !_atLowerX && dx > 0)
        {
            events.Add(new ComponentEvent(Node, generation, "scrolltolower", "{\"direction\":\"right\"}"));
        }

        (_reportedLeft, _reportedTop) = (Left, Top);
        (_atUpperY, _atLowerY, _atUpperX, _atLowerX) = (atUpperY, atLowerY, atUpperX, atLowerX);
    }

    /// <summary>
    /// Where the element with logical id <paramref name="id"/> in the content sits: its border box's
    /// offset from the scroll-view's padding box, unscrolled (so it is the offset that brings it to the top-left).
    /// </summary>
    private (float Left, float Top)? FindInto<TTree>(in TTree tree, NodeStore store, string id)
        where TTree : struct, ILayoutTree
    {
        var edges = tree.Edges(Node);
        return FindIn(tree, store, Node, id, -edges.BorderLeft, -edges.BorderTop);
    }

    private static (float Left, float Top)? FindIn<TTree>(in TTree tree, NodeStore store, int node, string id, float x, float y)
        where TTree : struct, ILayoutTree
    {
        var count = tree.ChildCount(node);
        for (var i = 0; i < count; i++)
        {
            var child = tree.GetChild(node, i);
            var box = tree.Layout(child);
            var cx = x + box.X;
            var cy = y + box.Y;
            if (!store.Id[child].IsEmpty && ElementIds.Matches(store.NameOf(store.Id[child]), id))
            {
                return (cx, cy);
            }

            if (FindIn(tree, store, child, id, cx, cy) is { } found)
            {
                return found;
            }
        }

        return null;
    }
}
