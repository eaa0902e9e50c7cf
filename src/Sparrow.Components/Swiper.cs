using System;
using System.Collections.Generic;
using System.Globalization;
using Sparrow.Dom;
using Sparrow.Layout;

namespace Sparrow.Components;

/// <summary>
/// One <c>swiper</c>: which item shows, slides between items animated on the virtual clock,
/// autoplay, and the events they raise. Its <c>swiper-item</c> children are laid out on top of each
/// other at the swiper's size (the user-agent style makes them absolute, 100%); each is moved by
/// (index − position) × the swiper's width (or height when <c>vertical</c>), so they sit side by side.
/// <see cref="Position"/> is fractional while a slide or a drag is under way. With
/// <c>previous-margin</c> / <c>next-margin</c> the base-library component (swiper.js) sizes each item
/// to the extent less both margins, after the previous margin, so the neighbours show in the margins;
/// with <c>display-multiple-items</c> each item is 1/count of the extent (margins ignored: layout has
/// no calc() mixing % and px). The step between items (<see cref="Extent"/>) is that size, and the
/// last current item is n − count (not circular).
/// </summary>
internal sealed class Swiper
{
    /// <summary>WeChat's defaults: <c>interval</c> 5000 ms, <c>duration</c> 500 ms.</summary>
    public const double DefaultInterval = 5000;

    public const double DefaultDuration = 500;

    private readonly List<int> _items = [];
    private string? _currentText;
    private bool _applied;
    private bool _animating;
    private float _from;
    private float _to;
    private double _startMs;
    private string _source = string.Empty;
    private double _nextAutoplayMs = double.NaN;
    private bool _pendingChange;

    public Swiper(int node, uint generation)
    {
        Node = node;
        Generation = generation;
    }

    public int Node { get; }

    public uint Generation { get; }

    /// <summary>The <see cref="NativeComponents"/> frame that last saw the instance in the box tree.</summary>
    public long Stamp { get; set; }

    /// <summary>The current item's index (<c>detail.current</c>).</summary>
    public int Current { get; private set; }

    /// <summary>Where the strip of items is, in items (0 = the first item fills the swiper); unwrapped while moving.</summary>
    public float Position { get; private set; }

    /// <summary>The <c>swiper-item</c> box children, in order, as of the last frame.</summary>
    public IReadOnlyList<int> Items => _items;

    public bool Vertical { get; private set; }

    public bool Circular { get; private set; }

    public bool Autoplay { get; private set; }

    public double Interval { get; private set; } = DefaultInterval;

    public double Duration { get; private set; } = DefaultDuration;

    /// <summary><c>display-multiple-items</c>: how many items show at once (1 by default).</summary>
    public int Shown { get; private set; } = 1;

    /// <summary><c>previous-margin</c> plus <c>next-margin</c> along the axis, CSS px.</summary>
    public float Margins { get; private set; }

    /// <summary>The padding box size; one item's extent along the swiping axis is <see cref="Extent"/>.</summary>
    public float Width { get; private set; }

    public float Height { get; private set; }

    /// <summary>One item's extent along the axis, the step between items: the swiper's, less the margins, over <see cref="Shown"/>.</summary>
    public float Extent => Math.Max(0, (Vertical ? Height : Width) - Margins) / Shown;

    /// <summary>The last item that can be current: n − <see cref="Shown"/> unless circular (every item then).</summary>
    private int LastStart => Math.Max(0, _items.Count - (Circular ? 1 : Shown));

    public bool Dragging { get; private set; }

    public bool Animating => _animating;

    /// <summary>One frame: attributes, items, autoplay and the slide under way; raises <c>change</c> and <c>animationfinish</c>.</summary>
    public void Sync<TTree>(in TTree tree, NodeStore store, ComponentTags tags, float windowWidth, double nowMs, List<ComponentEvent> events)
        where TTree : struct, ILayoutTree
    {
        Vertical = AttributeValues.Bool(store.GetAttribute(Node, tags.Vertical));
        Shown = (int)Math.Clamp(AttributeValues.Number(store.GetAttribute(Node, tags.DisplayMultipleItems), 1), 1, 100);
        // Margins with several items shown are ignored, as swiper.js lays the items out (no calc() mixing % and px).
        Margins = Shown > 1 ? 0 : Math.Max(0, AttributeValues.Length(store.GetAttribute(Node, tags.PreviousMargin), windowWidth) ?? 0)
            + Math.Max(0, AttributeValues.Length(store.GetAttribute(Node, tags.NextMargin), windowWidth) ?? 0);
        Circular = AttributeValues.Bool(store.GetAttribute(Node, tags.Circular));
        var autoplay = AttributeValues.Bool(store.GetAttribute(Node, tags.Autoplay));
        Interval = Math.Max(1, AttributeValues.Number(store.GetAttribute(Node, tags.Interval), DefaultInterval));
        Duration = Math.Max(0, AttributeValues.Number(store.GetAttribute(Node, tags.Duration), DefaultDuration));
        var box = tree.Layout(Node);
        var edges = tree.Edges(Node);
        Width = Math.Max(0, box.Width - edges.BorderLeft - edges.BorderRight);
        Height = Math.Max(0, box.Height - edges.BorderTop - edges.BorderBottom);
        _items.Clear();
        var count = tree.ChildCount(Node);
        for (var i = 0; i < count; i++)
        {
            var child = tree.GetChild(Node, i);
            if (store.Kind[child] == NodeKind.Element && tags.IsSwiperItem(store.Tag[child]))
            {
                _items.Add(child);
            }
        }

        var current = store.GetAttribute(Node, tags.Current);
        if (current != _currentText && !Dragging)
        {
            _currentText = current;
            var index = (int)AttributeValues.Number(current, 0);
            if (_applied)
            {
                // Set by the logic side: slide there without a change event (it already knows).
                SlideTo(index, string.Empty, nowMs);
            }
            else
            {
                Current = Math.Clamp(index, 0, LastStart);
                Position = Current;
            }
        }

        _applied = true;
        if (autoplay != Autoplay)
        {
            Autoplay = autoplay;
            _nextAutoplayMs = autoplay ? nowMs + Interval : double.NaN;
        }

        Step(store, tags, nowMs, events);
    }

    /// <summary>
    /// The item's offset along the axis, in items, from where the swiper shows: index − position,
    /// wrapped when circular into the n items centred on the ones shown.
    /// </summary>
    public float OffsetOf(int index)
    {
        var delta = index - Position;
        var n = _items.Count;
        if (Circular && n > 1)
        {
            var centre = (Shown - 1) / 2f;
            delta -= n * MathF.Floor((delta - centre + (n / 2f)) / n);
        }

        return delta;
    }

    /// <summary>A finger starts dragging the strip: a slide in flight stops where it is.</summary>
    public void BeginDrag()
    {
        Dragging = true;
        _animating = false;
    }

    /// <summary>The strip follows the finger: <paramref name="position"/> in items, kept within the ends unless circular.</summary>
    public void DragTo(float position)
    {
        var n = _items.Count;
        Position = Circular || n == 0 ? position : Math.Clamp(position, 0, LastStart);
    }

    /// <summary>The finger lifts: slides to <paramref name="index"/> (unwrapped: −1 and n are neighbours when circular) with source <c>touch</c>.</summary>
    public void EndDrag(int index, double nowMs)
    {
        Dragging = false;
        SlideTo(index, "touch", nowMs);
        if (Autoplay)
        {
            _nextAutoplayMs = nowMs + Duration + Interval;
        }
    }

    /// <summary>Starts a slide from the current position to item <paramref name="index"/>; a change of item is reported with <paramref name="source"/> (empty: not reported).</summary>
    private void SlideTo(int index, string source, double nowMs)
    {
        var n = _items.Count;
        if (n == 0)
        {
            return;
        }

        if (!Circular)
        {
            index = Math.Clamp(index, 0, LastStart);
        }

        var wrapped = ((index % n) + n) % n;
        _from = Position;
        _to = index;
        if (Circular)
        {
            // Land on the copy of the target nearest the strip's position, so the slide takes the short way.
            _to = Position + OffsetOfIndexFrom(wrapped, Position, n);
        }

        _startMs = nowMs;
        _animating = true;
        _source = source;
        if (wrapped != Current)
        {
            Current = wrapped;
            if (source.Length > 0)
            {
                _pendingChange = true;
            }
        }
    }

    private static float OffsetOfIndexFrom(int index, float position, int n)
    {
        var delta = index - position;
        return delta - (n * MathF.Floor((delta + (n / 2f)) / n));
    }

    private void Step(NodeStore store, ComponentTags tags, double nowMs, List<ComponentEvent> events)
    {
        var n = _items.Count;
        for (var guard = 0; guard < 64; guard++)
        {
            if (_pendingChange)
            {
                _pendingChange = false;
                events.Add(new ComponentEvent(Node, store.Generation[Node], "change", Detail(store, tags, _source)));
            }

            if (_animating)
            {
                var p = Easing.Progress(nowMs, _startMs, Duration);
                Position = _from + ((_to - _from) * Easing.EaseOut(p));
                if (p < 1)
                {
                    return;
                }

                _animating = false;
                Position = Current;
                events.Add(new ComponentEvent(Node, store.Generation[Node], "animationfinish", Detail(store, tags, _source)));
            }

            if (!Autoplay || Dragging || n < 2 || double.IsNaN(_nextAutoplayMs) || nowMs < _nextAutoplayMs)
            {
                return;
            }

            // Autoplay on the virtual clock: a slide starts every interval, at the time it was due,
            // so a long jump of the clock plays every slide it covers.
            var due = _nextAutoplayMs;
            _nextAutoplayMs = due + Interval;
            var next = Current + 1;
            if (!Circular && next > LastStart)
            {
                next = 0;
            }

            SlideTo(next, "autoplay", due);
        }
    }

    private string Detail(NodeStore store, ComponentTags tags, string source)
    {
        var itemId = Current < _items.Count ? store.GetAttribute(_items[Current], tags.ItemId) ?? string.Empty : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{{\"current\":{Current},\"currentItemId\":{JsonText.Quote(itemId)},\"source\":{JsonText.Quote(source)}}}");
    }
}
