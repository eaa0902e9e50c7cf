using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Sparrow.Core;
using Sparrow.Css;
using Sparrow.Host.Capture;
using Sparrow.Host.Rendering;
using Sparrow.Package;
using Sparrow.Script;
using Sparrow.Script.MiniProgram;
using Sparrow.Text;

namespace Sparrow.Host.Headless;

/// <summary>
/// A mini program run headless on a virtual clock: the logic thread (V8 + glass-easel) sends op
/// batches and page events through a <see cref="SpscQueue{T}"/>; the calling thread is the render
/// thread: it applies them to one <see cref="PageDocument"/> per page and renders frames of the page
/// on top. Entry points: <see cref="Start"/>, <see cref="Settle"/>, <see cref="Advance"/>,
/// <see cref="RenderFrame"/>. Every call must come from the thread that called <see cref="Start"/>
/// (the GL context is current there); the methods block rather than await for that reason.
/// </summary>
public sealed partial class HeadlessSession : IDisposable
{
    private const int QueueCapacity = 1 << 14;

    private readonly SpscQueue<RenderMessage> _queue = new(QueueCapacity);
    private readonly Dictionary<int, PageDocument> _pages = [];
    private readonly Dictionary<int, string> _routes = [];
    private readonly Dictionary<int, PageRecording> _recordings = [];
    private readonly Dictionary<int, float> _scrollY = [];
    private readonly List<int> _stack = [];
    private readonly VirtualClock _clock;
    private readonly FontSystem _fonts;
    private readonly TextMeasurer _measurer;
    private readonly IDiagnosticSink _diagnostics;
    private readonly PackageWxssResolver _wxss;
    private MiniProgramRuntime? _runtime;
    private int _batchesSinceFrame;

    private HeadlessSession(MiniProgramPackage package, HeadlessOptions options)
    {
        Package = package;
        Options = options;
        _clock = new VirtualClock(options.ClockEpoch);
        _diagnostics = options.Diagnostics;
        _fonts = new FontSystem(_diagnostics);
        _measurer = new TextMeasurer(_fonts, _diagnostics);
        _wxss = new PackageWxssResolver(package.Root);
        Environment = new StyleEnvironment(options.Width, options.Height);
    }

    public MiniProgramPackage Package { get; }

    public HeadlessOptions Options { get; private set; }

    public StyleEnvironment Environment { get; private set; }

    public MiniProgramRuntime Runtime => _runtime ?? throw new InvalidOperationException("The session has not started.");

    /// <summary>Milliseconds on the session's virtual clock.</summary>
    public double ClockMs => _clock.NowMilliseconds;

    /// <summary>Time from <see cref="Start"/> until the runtime had launched the app (logic side), ms.</summary>
    public double StartMs { get; private set; }

    /// <summary>The page on top of the stack, or null before the first page opened.</summary>
    public PageDocument? CurrentPage => _stack.Count > 0 && _pages.TryGetValue(_stack[^1], out var page) ? page : null;

    /// <summary>The route of the page on top (e.g. <c>pages/index/index</c>).</summary>
    public string? CurrentRoute => _stack.Count > 0 && _routes.TryGetValue(_stack[^1], out var route) ? route : null;

    /// <summary>What was recorded of the page on top (<see cref="HeadlessOptions.Record"/>), or null.</summary>
    public PageRecording? CurrentRecording => _stack.Count > 0 && _recordings.TryGetValue(_stack[^1], out var recording) ? recording : null;

    /// <summary>Op batches received so far, all pages.</summary>
    public int BatchCount { get; private set; }

    /// <summary>Loads nothing itself: starts the runtime for an already loaded <paramref name="package"/>.</summary>
    public static HeadlessSession Start(MiniProgramPackage package, HeadlessOptions options)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(options);
        var session = new HeadlessSession(package, options);
        try
        {
            session.StartRuntime();
            session.CreateRasterizer();
        }
        catch
        {
            session.Dispose();
            throw;
        }

        return session;
    }

    /// <summary>
    /// Runs the logic thread until nothing is queued and no timer is due before
    /// <see cref="HeadlessOptions.SettleLimit"/> from now (an interval keeps it busy until then),
    /// applying batches as they arrive. Returns whether the app went idle within the limit.
    /// </summary>
    public bool Settle()
    {
        bool idle;
        var rounds = 0;
        do
        {
            // Render answers (queries, scroll events) posted by the tick keep the logic thread busy: run it again.
            var done = Runtime.Js.RunToCompletionAsync(Options.SettleLimit);
            Pump(done);
            idle = done.GetAwaiter().GetResult();
            Drain();
            RenderTick();
        }
        while (TakePosted() && ++rounds < MaxAnswerRounds);

        return idle;
    }

    /// <summary>Moves the virtual clock on by <paramref name="duration"/>, running every timer due on the way.</summary>
    public void Advance(TimeSpan duration)
    {
        var done = Runtime.Js.AdvanceTimeAsync(duration);
        Pump(done);
        done.GetAwaiter().GetResult();
        Drain();
        RenderTick();
        for (var rounds = 0; TakePosted() && rounds < MaxAnswerRounds; rounds++)
        {
            // Render answers posted by the tick run now, at the same virtual time.
            var more = Runtime.Js.AdvanceTimeAsync(TimeSpan.Zero);
            Pump(more);
            more.GetAwaiter().GetResult();
            Drain();
            RenderTick();
        }
    }

    /// <summary>Runs <paramref name="work"/> on the logic thread and waits for it, draining batches meanwhile.</summary>
    public T OnLogicThread<T>(Func<MiniProgramRuntime, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var task = work(Runtime);
        Pump(task);
        var result = task.GetAwaiter().GetResult();
        Drain();
        return result;
    }

    public void Dispose()
    {
        _runtime?.Dispose();
        DisposeRasterizer();
        _fonts.Dispose();
    }

    private void StartRuntime()
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var options = new MiniProgramRuntimeOptions
        {
            WindowWidth = Options.Width,
            WindowHeight = Options.Height,
            Shell = Options.Shell,
            Theme = Options.Theme,
            SafeArea = Options.SafeArea,
            PixelRatio = Options.PixelRatio,
            Clock = _clock,
            Diagnostics = _diagnostics,
            LaunchPath = Options.Page,
            CacheDirectory = Options.CacheDirectory,
            UserDataDirectory = Options.UserDataDirectory,
            StorageDirectory = Options.StorageDirectory,
            FrameworkDirectory = Options.FrameworkDirectory,
            Host = Options.Host ?? NoHostCapabilities.Instance,
            Network = Options.Network,
            OnOpBatch = batch => Enqueue(RenderMessage.Of(batch)),
            OnPage = e => Enqueue(RenderMessage.Of(e)),
            OnRenderRequest = r => Enqueue(RenderMessage.Of(r)),
        };
        var start = MiniProgramRuntime.StartAsync(Package, options);
        Pump(start);
        _runtime = start.GetAwaiter().GetResult();
        StartMs = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        Drain();
    }

    /// <summary>Logic thread: the queue is the only thing shared. A full queue waits for the render thread.</summary>
    private void Enqueue(RenderMessage message)
    {
        var spin = new SpinWait();
        while (!_queue.TryEnqueue(message))
        {
            spin.SpinOnce();
        }
    }

    /// <summary>Drains the queue while <paramref name="task"/> runs on the logic thread, so a full queue never blocks it.</summary>
    private void Pump(Task task)
    {
        while (!task.Wait(1))
        {
            Drain();
        }
    }

    /// <summary>Applies every queued batch and page event, in order. Render thread.</summary>
    private void Drain()
    {
        while (_queue.TryDequeue(out var message))
        {
            if (message.Event is { } e)
            {
                OnPageEvent(e);
                continue;
            }

            if (message.Request is { } request)
            {
                OnRenderRequest(request);
                continue;
            }

            if (!_pages.TryGetValue(message.Batch.PageId, out var page))
            {
                page = NewPage(message.Batch.PageId);
            }

            page.Apply(message.Batch.Bytes);
            if (_recordings.TryGetValue(message.Batch.PageId, out var recording))
            {
                recording.Batches.Add(message.Batch.Bytes);
            }

            BatchCount++;
            _batchesSinceFrame++;
            NoteBatchApplied(message.Batch); // HeadlessSession.Frame.cs: setData→frame latency
        }
    }

    private void OnPageEvent(PageEvent e)
    {
        switch (e.Kind)
        {
            case PageEventKind.Opened:
                _routes[e.PageId] = e.Route;
                if (!_pages.ContainsKey(e.PageId))
                {
                    NewPage(e.PageId);
                }

                _pages[e.PageId].Route = e.Route;

                _stack.Remove(e.PageId);
                _stack.Add(e.PageId);
                break;
            case PageEventKind.Shown:
                _stack.Remove(e.PageId);
                _stack.Add(e.PageId);
                break;
            case PageEventKind.Closed:
                _stack.Remove(e.PageId);
                if (_pages.Remove(e.PageId, out var closed))
                {
                    _painters.Remove(closed);
                }

                _routes.Remove(e.PageId);
                _recordings.Remove(e.PageId);
                _scrollY.Remove(e.PageId);
                _pullDowns.Remove(e.PageId); // HeadlessSession.Scroll.cs
                ForgetQueries(e.PageId);
                break;
        }
    }

    private PageDocument NewPage(int pageId)
    {
        IWxssImportResolver styles = _wxss;
        if (Options.Record)
        {
            var recording = new PageRecording(_wxss);
            _recordings[pageId] = recording;
            styles = recording.Styles;
        }

        var page = new PageDocument(Environment, styles, _measurer, _diagnostics);
        _pages[pageId] = page;
        return page;
    }
}
