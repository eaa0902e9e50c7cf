using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Threading.Tasks;
using Sparrow.Core;
using Sparrow.Host.Queries;
using Sparrow.Host.Rendering;
using Sparrow.Script.MiniProgram;

namespace Sparrow.Host.Headless;

/// <summary>
/// Render requests (docs/queries.md): node queries answered after a layout of the page as its
/// batches so far built it; <c>wx.pageScrollTo</c> animated on the virtual clock; scroll events and
/// intersection observers decided at each tick (<see cref="RenderFrame"/>, and the end of
/// <see cref="Settle"/> and <see cref="Advance"/>). Answers are posted to the logic thread, never
/// waited for there; <see cref="Settle"/> and <see cref="Advance"/> run the logic thread again while
/// answers are outstanding, so a headless run sees their effects. Render thread only.
/// </summary>
public sealed partial class HeadlessSession
{
    private const int MaxAnswerRounds = 64;

    private readonly Dictionary<int, PageScrollEvents> _scrollEvents = [];
    private readonly Dictionary<int, IntersectionObserverSet> _observers = [];
    private readonly List<Task> _posted = [];

    /// <summary>Render requests received so far (queries, scrolls, page configs, observers).</summary>
    public int RenderRequestCount { get; private set; }

    private Size Viewport => PageViewport; // HeadlessSession.Shell.cs: the window less the bars

    private void OnRenderRequest(RenderRequest request)
    {
        RenderRequestCount++;
        if (request.Kind == "shell")
        {
            OnShellRequest(request); // HeadlessSession.Shell.cs: toasts, dialogs, bars; no page document involved
            return;
        }

        if (!_pages.TryGetValue(request.PageId, out var page))
        {
            page = NewPage(request.PageId);
        }

        switch (request.Kind)
        {
            case "pageConfig":
                ConfigureScrollEvents(request);
                break;
            case "query":
                page.Update(Viewport, (float)Options.PixelRatio);
                Answer(request.Id, QueryAnswer.Write(page, request.Json, ScrollOf(request.PageId), Viewport));
                break;
            case "scrollTo":
                StartScroll(page, request);
                break;
            case "pullDown":
                OnPullDownRequest(request); // HeadlessSession.Scroll.cs
                break;
            case "observe":
                if (!ObserversOf(request.PageId).Add(request.Id, request.Json))
                {
                    ReportBadRequest(request);
                }

                break;
            case "unobserve":
                using (var doc = JsonDocument.Parse(request.Json))
                {
                    ObserversOf(request.PageId).Remove(doc.RootElement.GetProperty("id").GetInt32());
                }

                break;
            default:
                ReportBadRequest(request);
                break;
        }
    }

    /// <summary>
    /// The render side's tick for the page on top: steps a <c>wx.pageScrollTo</c>, posts
    /// <c>onPageScroll</c>/<c>onReachBottom</c> when due and evaluates intersection observers.
    /// </summary>
    private void RenderTick()
    {
        ShellTick(); // HeadlessSession.Shell.cs: the page on top's bar and tab; a toast whose time is up hides
        if (_stack.Count == 0 || CurrentPage is not { } page)
        {
            return;
        }

        var pageId = _stack[^1];
        page.Update(Viewport, (float)Options.PixelRatio);
        var events = ScrollEventsOf(pageId);
        var finished = 0;
        if (events.Animation is { } animation)
        {
            ScrollTo(animation.At(ClockMs, out var ended));
            if (ended)
            {
                events.Animation = null;
                finished = animation.RequestId;
            }
        }

        var scrollY = ScrollY;
        if (events.TakePageScroll(scrollY))
        {
            Post(Runtime.PostPageHook(pageId, "onPageScroll", "{\"scrollTop\":" + QueryAnswer.Round(scrollY).ToString(CultureInfo.InvariantCulture) + "}"));
        }

        if (events.TakeReachBottom(scrollY, Viewport.Height, page.ContentHeight))
        {
            Post(Runtime.PostPageHook(pageId, "onReachBottom", "{}"));
        }

        if (_observers.TryGetValue(pageId, out var observers) && observers.Count > 0)
        {
            observers.Evaluate(page, scrollY, Viewport, ClockMs, (id, json) => Answer(id, json, done: false));
        }

        // pageScrollTo's success comes after the events of the scroll it made.
        Answer(finished, "{}");
    }

    /// <summary>Whether answers were posted since the last call (the logic thread has work the render side gave it).</summary>
    private bool TakePosted()
    {
        var any = _posted.Count > 0;
        _posted.Clear();
        return any;
    }

    private void StartScroll(PageDocument page, RenderRequest request)
    {
        page.Update(Viewport, (float)Options.PixelRatio);
        float to;
        double duration;
        using (var doc = JsonDocument.Parse(request.Json))
        {
            var root = doc.RootElement;
            duration = root.TryGetProperty("duration", out var d) ? d.GetDouble() : 300;
            if (root.TryGetProperty("handle", out var h))
            {
                // The element's top in page coordinates, plus the offset asked for.
                var box = PageGeometry.ClientRect(page, h.GetInt32(), 0);
                var offset = root.TryGetProperty("offsetTop", out var o) ? o.GetSingle() : 0;
                to = (box?.Y ?? 0) + offset;
            }
            else
            {
                to = root.TryGetProperty("scrollTop", out var t) ? t.GetSingle() : 0;
            }
        }

        var events = ScrollEventsOf(request.PageId);
        if (events.Animation is { } running)
        {
            Answer(running.RequestId, "{}"); // a new pageScrollTo takes over from the last one
        }

        // Stepped (and, with duration 0, finished) by the next tick.
        events.Animation = new ScrollAnimation(ScrollOf(request.PageId), to, ClockMs, duration, request.Id);
    }

    private void ConfigureScrollEvents(RenderRequest request)
    {
        using var doc = JsonDocument.Parse(request.Json);
        var root = doc.RootElement;
        var events = ScrollEventsOf(request.PageId);
        events.WantsPageScroll = root.TryGetProperty("pageScroll", out var s) && s.ValueKind == JsonValueKind.True;
        events.WantsReachBottom = root.TryGetProperty("reachBottom", out var r) && r.ValueKind == JsonValueKind.True;
        events.ReachBottomDistance = root.TryGetProperty("reachBottomDistance", out var d) ? d.GetSingle() : 50;
    }

    private void Answer(int id, string json, bool done = true)
    {
        if (id > 0)
        {
            Post(Runtime.AnswerRenderRequest(id, json, done));
        }
    }

    private void Post(Task task) => _posted.Add(task);

    private float ScrollOf(int pageId) => _scrollY.TryGetValue(pageId, out var y) ? y : 0;

    private PageScrollEvents ScrollEventsOf(int pageId)
    {
        if (!_scrollEvents.TryGetValue(pageId, out var events))
        {
            events = new PageScrollEvents();
            _scrollEvents[pageId] = events;
        }

        return events;
    }

    private IntersectionObserverSet ObserversOf(int pageId)
    {
        if (!_observers.TryGetValue(pageId, out var set))
        {
            set = new IntersectionObserverSet();
            _observers[pageId] = set;
        }

        return set;
    }

    /// <summary>A closed page's scroll events and observers go with it.</summary>
    private void ForgetQueries(int pageId)
    {
        _scrollEvents.Remove(pageId);
        _observers.Remove(pageId);
    }

    private void ReportBadRequest(RenderRequest request) =>
        _diagnostics.Report(Diagnostic.Error(HostDiagnosticCodes.BadRenderRequest, $"render request '{request.Kind}' of page {request.PageId} was not understood: {request.Json}", SourceLocation.None));
}
