using System;
using System.Collections.Generic;
using Sparrow.Core;
using Sparrow.Dom;
using Sparrow.Host.Input;
using Sparrow.Host.Rendering;

namespace Sparrow.Host.Headless;

/// <summary>
/// Input: pointer events in window coordinates (CSS px; with the shell on, touches on its parts are
/// taken first and the rest moved below its navigation bar, HeadlessSession.Shell.cs) are hit-tested on the page on
/// top with its current layout and scroll offset, turned into WeChat's touch events by a
/// <see cref="TouchPipeline"/> and dispatched to glass-easel, one logic-thread task per event. Every
/// dispatched event is kept in <see cref="InputEvents"/>. Render thread only, like the rest of the session.
/// </summary>
public sealed partial class HeadlessSession
{
    private readonly HitTester _hitTester = new();
    private readonly TouchPayload _payload = new();
    private readonly List<InputEventRecord> _inputEvents = [];
    private readonly Dictionary<int, uint> _targetGenerations = [];
    private readonly HoverTracker _hover = new();
    private TouchPipeline? _touch;
    private PageDocument? _hoverPage;
    private int _hoverFinger = -1;
    private PageDocument? _touchPage;
    private Func<int, Rect?>? _boxOf;

    /// <summary>Every event dispatched so far, in order.</summary>
    public IReadOnlyList<InputEventRecord> InputEvents => _inputEvents;

    /// <summary>Fingers down now.</summary>
    public int ActiveTouches => _touch?.ActiveCount ?? 0;

    /// <summary>
    /// The element slot of the page on top under the client point (<paramref name="clientX"/>,
    /// <paramref name="clientY"/>) in CSS px, or −1. Applies what is queued and brings styles and layout
    /// up to date first, so the answer is for the page as the next frame shows it.
    /// </summary>
    public int HitTest(float clientX, float clientY)
    {
        var page = UpToDatePage();
        if (page is null)
        {
            return -1;
        }

        // A pull-down refresh paints the whole page lower by its offset (HeadlessSession.Scroll.cs): test where it is painted.
        var pageY = clientY - PullDownOffset;
        var element = _hitTester.HitTest(ViewOf(page), page.Root, page.Store, page.Cascade.Styles, PageViewport, new Point(0, ScrollY), new Point(clientX, pageY + ScrollY));
        var leaf = _hitTester.LastBox;
        if (element >= 0 && page.Boxes.SpanCount(leaf) > 0)
        {
            // A paragraph's inline elements have no boxes of their own: the span under the finger says which one it is.
            var local = _hitTester.LastLocal;
            var span = page.Boxes.ElementAt(leaf, local.X, local.Y);
            if (span != leaf && page.Store.Kind[span] == NodeKind.Element && _hitTester.IsHittable(span))
            {
                element = span;
            }
        }

        return element;
    }

    /// <summary>
    /// The border box of element <paramref name="node"/> of the page on top in client coordinates
    /// (before transforms), or null when it has no box. Brings layout up to date first.
    /// </summary>
    public Rect? ClientBoxOf(int node)
    {
        var page = UpToDatePage();
        if (page is null || !page.Boxes.IsBox(node))
        {
            return null;
        }

        var inPage = PageBoxOf(page, node);
        // window coordinates: below the navigation bar with the shell, and lower by a pull-down refresh's offset
        return inPage with { Y = inPage.Y - ScrollY + PageTop + PullDownOffset };
    }

    /// <summary>The border box of <paramref name="node"/> (which has a box) in page coordinates, components' offsets included, with the layout as it is.</summary>
    private Rect PageBoxOf(PageDocument page, int node)
    {
        var x = 0f;
        var y = 0f;
        var components = ComponentsOf(page);
        for (var n = node; n >= 0; n = page.Boxes.BoxParent(n))
        {
            ref readonly var box = ref page.Boxes.GetLayout(n);
            var offset = components.Offset(n);
            x += box.X + offset.X;
            y += box.Y + offset.Y;
        }

        ref readonly var own = ref page.Boxes.GetLayout(node);
        return new Rect(x, y, own.Width, own.Height);
    }

    /// <summary>
    /// The <paramref name="index"/>-th element with a box on the page on top that matches
    /// <paramref name="selector"/> (<see cref="ElementQuery"/>'s subset), or −1.
    /// </summary>
    public int FindElement(string selector, int index = 0)
    {
        var page = UpToDatePage();
        return page is null ? -1 : ElementQuery.Find(page.Store, selector, index, page.Boxes.IsBox);
    }

    /// <summary>Finger <paramref name="finger"/> goes down at the client point: touchstart on the element hit there.</summary>
    public void PointerDown(int finger, float clientX, float clientY)
    {
        if (ShellPointerDown(finger, ref clientX, ref clientY))
        {
            return; // HeadlessSession.Shell.cs: a shell part took it; else the point is now in the page's client coordinates
        }

        var target = HitTest(clientX, clientY);
        if (Pipeline().ActiveCount == 0)
        {
            _touchPage = CurrentPage;
            PressComponents(finger, target, clientX, clientY);
            if (target >= 0)
            {
                _hoverPage = CurrentPage!;
                _hoverFinger = finger;
                _hover.Press(_hoverPage.Store, target, clientX, clientY, ClockMs, _diagnostics);
                _hover.Tick(_hoverPage.Store, ClockMs, _diagnostics);
            }
        }

        if (target >= 0)
        {
            _targetGenerations[finger] = CurrentPage!.Store.Generation[target];
        }

        Pipeline().Down(Touch(finger, clientX, clientY), target, ClockMs);
    }

    /// <summary>The finger moves: touchmove on its touchstart target (a press state ends once it leaves the slop).</summary>
    public void PointerMove(int finger, float clientX, float clientY)
    {
        if (ShellPointerMove(finger, ref clientY))
        {
            return;
        }

        if (finger == _hoverFinger && _hoverPage is not null)
        {
            _hover.Move(_hoverPage.Store, clientX, clientY, _diagnostics);
        }

        DragComponents(finger, clientX, clientY, release: false);
        Pipeline().Move(Touch(finger, clientX, clientY), ClockMs);
    }

    /// <summary>The finger lifts: touchend on its touchstart target, then tap when it stayed within the slop.</summary>
    public void PointerUp(int finger, float clientX, float clientY)
    {
        if (ShellPointerUp(finger, ref clientX, ref clientY))
        {
            return;
        }

        if (finger == _hoverFinger && _hoverPage is not null)
        {
            _hover.Move(_hoverPage.Store, clientX, clientY, _diagnostics);
            _hover.Tick(_hoverPage.Store, ClockMs, _diagnostics);
            _hover.Release(ClockMs);
            _hoverFinger = -1;
        }

        DragComponents(finger, clientX, clientY, release: true);
        Pipeline().Up(Touch(finger, clientX, clientY), ClockMs);
    }

    /// <summary>The finger is taken away: touchcancel (and no press state).</summary>
    public void PointerCancel(int finger)
    {
        if (ShellPointerCancel(finger))
        {
            return;
        }

        if (finger == _hoverFinger)
        {
            CancelHover();
        }

        if (finger == _dragFinger)
        {
            CancelComponentDrag();
        }

        Pipeline().Cancel(finger, ClockMs);
    }

    /// <summary>
    /// Moves the virtual clock on by <paramref name="duration"/> as <see cref="Advance"/> does, stopping
    /// where a finger's longpress or a press state (<see cref="HoverTracker"/>) falls due to handle it
    /// at that time.
    /// </summary>
    public void Wait(TimeSpan duration)
    {
        var end = ClockMs + duration.TotalMilliseconds;
        while (NextInputDue() is { } due && due <= end)
        {
            if (due > ClockMs)
            {
                Advance(TimeSpan.FromMilliseconds(due - ClockMs));
            }

            _touch?.Tick(due);
            if (_hoverPage is not null)
            {
                _hover.Tick(_hoverPage.Store, due, _diagnostics);
            }
        }

        if (end > ClockMs)
        {
            Advance(TimeSpan.FromMilliseconds(end - ClockMs));
        }
    }

    /// <summary>
    /// Navigates back from the render side, as the shell's back button does (<c>wx.navigateBack</c> on
    /// the logic thread), whether the shell is drawn or not; the page below is on top after it. A focused
    /// field blurs first.
    /// </summary>
    public void NavigateBack()
    {
        BlurInput();
        CancelHover();
        CancelComponentDrag();
        _touch?.CancelAll(ClockMs);
        OnLogicThread(async runtime =>
        {
            await runtime.PostShellCall("back", "{}").ConfigureAwait(false);
            return true;
        });
    }

    /// <summary>Scrolls the page on top (see <see cref="ScrollTo"/>); fingers down are cancelled first, as a system scroll does.</summary>
    public float ScrollPageTo(float y)
    {
        CancelHover();
        CancelComponentDrag();
        _touch?.CancelAll(ClockMs);
        return ScrollTo(y);
    }

    private double? NextInputDue()
    {
        var longpress = _touch?.NextLongPressMs;
        var hover = _hoverPage is null ? null : _hover.NextDueMs;
        return longpress is null ? hover : hover is null ? longpress : Math.Min(longpress.Value, hover.Value);
    }

    private void CancelHover()
    {
        if (_hoverPage is not null)
        {
            _hover.Cancel(_hoverPage.Store, _diagnostics);
        }

        _hoverFinger = -1;
    }

    private TouchPipeline Pipeline() => _touch ??= new TouchPipeline(new SessionTouchSink(this));

    private TouchPoint Touch(int finger, float clientX, float clientY) => new(finger, clientX, clientY + ScrollY, clientX, clientY);

    private PageDocument? UpToDatePage()
    {
        Drain();
        var page = CurrentPage;
        if (page is not null)
        {
            page.Update(PageViewport, (float)Options.PixelRatio);
            UpdateComponents(page);
        }

        return page;
    }

    private bool DeliverTouch(in TouchDelivery delivery)
    {
        var page = CurrentPage;
        var node = delivery.Target;
        if (page is null || page != _touchPage || (uint)node >= (uint)page.Store.SlotCount
            || !_targetGenerations.TryGetValue(delivery.Changed.Identifier, out var generation) || page.Store.Generation[node] != generation)
        {
            // The page changed under the finger, or the target was removed: the slot names another node now.
            _inputEvents.Add(new InputEventRecord(delivery.TimeMs, delivery.Type, node, 0, null, string.Empty, delivery.Changed.ClientX, delivery.Changed.ClientY, false));
            return false;
        }

        var store = page.Store;
        var handle = (int)store.Handle[node];
        _boxOf ??= n => CurrentPage is { } p && p.Boxes.IsBox(n) ? _hitTester.BoxOf(n) : null;
        var json = _payload.Write(delivery, store, _boxOf);
        var type = delivery.Type;
        var delivered = handle != 0 && OnLogicThread(runtime => runtime.DispatchTouchAsync(handle, type, json));
        var id = store.Id[node].IsEmpty ? null : ElementQuery.LogicalId(store.NameOf(store.Id[node]));
        _inputEvents.Add(new InputEventRecord(delivery.TimeMs, type, node, handle, id, TagOf(store, node), delivery.Changed.ClientX, delivery.Changed.ClientY, delivered));
        if (type == "tap")
        {
            FocusOnTap(node); // HeadlessSession.TextInput.cs: a field takes focus, any other tap blurs
        }

        return delivered;
    }

    private bool ListensTo(int target, string type)
    {
        var page = CurrentPage;
        if (page is null || !page.Store.Atoms.TryGet(type, out var atom))
        {
            return false;
        }

        var store = page.Store;
        for (var n = target; n >= 0 && n < store.SlotCount; n = store.Parent[n])
        {
            foreach (var listener in store.Listeners(n))
            {
                if (listener.Type == atom)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string TagOf(NodeStore store, int node)
    {
        if (store.Kind[node] == NodeKind.Root)
        {
            return "page";
        }

        var tag = store.NameOf(store.Tag[node]);
        return tag == "wx-x" ? store.NameOf(store.StylingName[node]) : tag;
    }

    private sealed class SessionTouchSink(HeadlessSession session) : ITouchSink
    {
        public bool Deliver(in TouchDelivery delivery) => session.DeliverTouch(delivery);

        public bool Listens(int target, string type) => session.ListensTo(target, type);
    }
}
