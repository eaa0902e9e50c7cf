using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using Sparrow.Components;
using Sparrow.Core;
using Sparrow.Scene;
using Sparrow.Host.Input;
using Sparrow.Host.Rendering;

namespace Sparrow.Host.Headless;

/// <summary>
/// Built-in components' native behaviour (<see cref="NativeComponents"/>, one per page): updated
/// after layout for every frame and every hit test, at the virtual clock's time; their paint offsets
/// and clips reach Paint and hit-testing through <see cref="ViewOf"/>; the events they raise
/// (<c>bindscroll</c>, <c>bindchange</c>, …) are dispatched on their elements, one logic-thread task
/// each, and kept in <see cref="ComponentEvents"/>. Drags are routed from the pointer methods
/// (<c>HeadlessSession.Input.cs</c>): a component that takes the drag follows the finger, a vertical
/// drag nothing takes scrolls the page through <see cref="ScrollTo"/>.
/// </summary>
public sealed partial class HeadlessSession
{
    private readonly ConditionalWeakTable<PageDocument, NativeComponents> _components = [];
    private readonly ConditionalWeakTable<PageDocument, TextContent> _textContents = [];
    private readonly List<ComponentEvent> _componentScratch = [];
    private readonly List<InputEventRecord> _componentEvents = [];
    private readonly List<RefresherView> _refreshers = [];
    private NativeComponents? _dragComponents;
    private int _dragFinger = -1;

    /// <summary>Every component event dispatched so far (<c>scroll</c>, <c>change</c>, …), in order.</summary>
    public IReadOnlyList<InputEventRecord> ComponentEvents => _componentEvents;

    /// <summary>The scroll offset (left, top) of the scroll-view element <paramref name="node"/> on the page on top, or null.</summary>
    public Point? ScrollViewOffset(int node) => CurrentPage is { } page ? ComponentsOf(page).ScrollOffset(node) : null;

    /// <summary>The current item of the swiper element <paramref name="node"/> on the page on top, or −1.</summary>
    public int SwiperCurrent(int node) => CurrentPage is { } page ? ComponentsOf(page).SwiperCurrent(node) : -1;

    /// <summary>The swiper's strip position in items (fractional mid-slide), or NaN.</summary>
    public float SwiperPosition(int node) => CurrentPage is { } page ? ComponentsOf(page).SwiperPosition(node) : float.NaN;

    /// <summary>The box tree of <paramref name="page"/> as Paint and hit-testing see it: with its components' offsets and clips.</summary>
    private BoxTree ViewOf(PageDocument page) => new(page.Boxes, ComponentsOf(page));

    private NativeComponents ComponentsOf(PageDocument page)
    {
        if (!_components.TryGetValue(page, out var components))
        {
            components = new NativeComponents(page.Store, Options.Width);
            _components.Add(page, components);
        }

        return components;
    }

    /// <summary>Advances <paramref name="page"/>'s components to the clock and dispatches what they raised. Precondition: its layout is up to date.</summary>
    private void UpdateComponents(PageDocument page)
    {
        // text decode / space rewrite what the logic side wrote; the page lays out again when they did.
        if (_textContents.GetValue(page, static p => new TextContent(p.Store)).Apply(_diagnostics))
        {
            page.Update(PageViewport, (float)Options.PixelRatio);
        }

        var components = ComponentsOf(page);
        components.Update(page.Boxes.View, page.Root, ClockMs);
        SyncFocusRequests(page, components); // HeadlessSession.TextInput.cs
        components.TakeEvents(_componentScratch);
        if (_componentScratch.Count == 0)
        {
            return;
        }

        // Copied out first: a handler's setData is applied while it runs, and may raise more.
        var raised = _componentScratch.ToArray();
        _componentScratch.Clear();
        foreach (var e in raised)
        {
            DispatchComponentEvent(page, e);
        }

        // The handlers may have changed the page: lay it out again so what is painted matches the
        // store; what this second pass raises waits for the next frame.
        page.Update(PageViewport, (float)Options.PixelRatio);
        components.Update(page.Boxes.View, page.Root, ClockMs);
    }

    /// <summary>Dispatches <paramref name="e"/> on its element; the record shows <paramref name="recordAs"/> when given (a field's <c>focus</c> for its <c>sparrowfocus</c>).</summary>
    private void DispatchComponentEvent(PageDocument page, in ComponentEvent e, string? recordAs = null)
    {
        var store = page.Store;
        var node = e.Node;
        var live = (uint)node < (uint)store.SlotCount && store.Generation[node] == e.Generation;
        var handle = live ? (int)store.Handle[node] : 0;
        var type = e.Type;
        var detail = e.DetailJson;
        var delivered = handle != 0 && OnLogicThread(runtime => runtime.DispatchEventAsync(handle, type, detail));
        var id = live && !store.Id[node].IsEmpty ? ElementQuery.LogicalId(store.NameOf(store.Id[node])) : null;
        _componentEvents.Add(new InputEventRecord(ClockMs, recordAs ?? type, node, handle, id, live ? TagOf(store, node) : string.Empty, 0, 0, delivered));
    }

    /// <summary>A finger went down on <paramref name="target"/>: the components under it may take the drag.</summary>
    private void PressComponents(int finger, int target, float clientX, float clientY)
    {
        _dragFinger = finger;
        _dragComponents = CurrentPage is { } page ? ComponentsOf(page) : null;
        _dragComponents?.Press(target, clientX, clientY, ClockMs);
    }

    /// <summary>The pressed finger moved (or lifted, <paramref name="release"/>): the component that took the drag follows it, or the page scrolls.</summary>
    private void DragComponents(int finger, float clientX, float clientY, bool release)
    {
        if (finger != _dragFinger || _dragComponents is not { } components)
        {
            return;
        }

        var pageDelta = release ? components.Release(clientX, clientY, ClockMs) : components.Drag(clientX, clientY, ClockMs);
        DragPage(pageDelta, release); // HeadlessSession.Scroll.cs: the page scrolls, or a pull-down refresh takes it

        if (release)
        {
            _dragComponents = null;
            _dragFinger = -1;
        }

        if (CurrentPage is { } page)
        {
            page.Update(PageViewport, (float)Options.PixelRatio);
            UpdateComponents(page);
        }
    }

    private void CancelComponentDrag()
    {
        _dragComponents?.Cancel(ClockMs);
        _dragComponents = null;
        _dragFinger = -1;
    }

    /// <summary>
    /// The band a scroll-view's pulled-out refresher shows above its content: <c>refresher-background</c>
    /// (WeChat's default white) over the pulled height at the top of its padding box, and three dots in
    /// <c>refresher-default-style</c> (black, white; none draws none). Painted over the page's scene in
    /// page viewport coordinates (device px), so something painted over the scroll-view's top edge
    /// (a fixed header) is covered by the band.
    /// </summary>
    private void PaintRefreshers(DisplayList scene, float ratio)
    {
        if (CurrentPage is not { } page)
        {
            return;
        }

        _refreshers.Clear();
        ComponentsOf(page).CollectRefreshers(_refreshers);
        foreach (var r in _refreshers)
        {
            if (!page.Boxes.IsBox(r.Node))
            {
                continue;
            }

            var box = PageBoxOf(page, r.Node);
            ref readonly var own = ref page.Boxes.GetEdges(r.Node);
            var left = box.X + own.BorderLeft;
            var top = box.Y - ScrollY + own.BorderTop; // page viewport coordinates, as the scene is before the shell and the page's pull
            var width = Math.Max(0, box.Width - own.BorderLeft - own.BorderRight);
            var height = Math.Min(r.Pulled, Math.Max(0, box.Height - own.BorderTop - own.BorderBottom));
            if (ReadColor(r.Background) is { } background)
            {
                AddQuad(scene, Quad.Fill(new Rect(left * ratio, top * ratio, width * ratio, height * ratio), background));
            }

            if (r.Style != "none" && r.Threshold > 0)
            {
                var centreY = top + (Math.Min(height, r.Threshold) / 2);
                PaintDots(scene, ratio, left + (width / 2), centreY, Math.Clamp(r.Pulled / r.Threshold, 0, 1), r.Refreshing, r.Style == "black");
            }
        }
    }

    /// <summary>A CSS color as attributes give it: <c>#rgb</c>, <c>#rrggbb</c>, <c>#rrggbbaa</c>, <c>rgb()</c>/<c>rgba()</c>, <c>transparent</c>, <c>white</c>, <c>black</c>; null otherwise.</summary>
    private static Color? ReadColor(string text)
    {
        var t = text.Trim();
        switch (t.ToLowerInvariant())
        {
            case "transparent":
                return new Color(0, 0, 0, 0);
            case "white":
                return Color.White;
            case "black":
                return new Color(0, 0, 0, 255);
        }

        if (t.StartsWith('#') && uint.TryParse(t.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var hex))
        {
            return t.Length switch
            {
                4 => new Color((byte)(((hex >> 8) & 0xf) * 17), (byte)(((hex >> 4) & 0xf) * 17), (byte)((hex & 0xf) * 17), 255),
                7 => new Color((byte)(hex >> 16), (byte)(hex >> 8), (byte)hex, 255),
                9 => new Color((byte)(hex >> 24), (byte)(hex >> 16), (byte)(hex >> 8), (byte)hex),
                _ => null,
            };
        }

        var open = t.IndexOf('(');
        if (open > 0 && t.EndsWith(')') && t[..open].Trim().ToLowerInvariant() is "rgb" or "rgba")
        {
            var parts = t[(open + 1)..^1].Split(',');
            if (parts.Length is 3 or 4 && TryChannel(parts[0], out var red) && TryChannel(parts[1], out var green) && TryChannel(parts[2], out var blue))
            {
                var alpha = parts.Length == 4 && double.TryParse(parts[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var a) ? Math.Clamp(a, 0, 1) : 1;
                return new Color(red, green, blue, (byte)Math.Round(alpha * 255));
            }
        }

        return null;

        static bool TryChannel(string part, out byte channel)
        {
            var ok = double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var v);
            channel = (byte)Math.Clamp(Math.Round(v), 0, 255);
            return ok;
        }
    }
}
