using System;
using System.Collections.Generic;
using System.Linq;
using Sparrow.Core;
using Sparrow.Host.Headless;
using Sparrow.Package;

namespace Sparrow.Host.Benchmarking.Workloads;

/// <summary>
/// Ten seconds of scrolling samples/feed with a finger, at 60 frames a second of the virtual clock:
/// the gesture of <c>samples/feed/scripts/scroll-10s.json</c> (down low on the screen, 24 CSS px up
/// per frame for 20 frames, lift, again), played through the session's pointer methods, so touch
/// events reach JS, the page follows the drag on the render thread and <c>onReachBottom</c> appends
/// cards. Every frame is read back (llvmpipe's work cannot pile up across frames) but only its CPU
/// time is measured: apply, style, layout, text and paint, no raster. The sample is the 99th
/// percentile of that over the 600 frames (target ≤ 8 ms on the 2-core machine); stages: cpu-p50,
/// dropped (frames over 16.7 ms), layout-p99, paint-p99. Each run starts from the top of the page,
/// which keeps the cards earlier runs appended. Skipped where no EGL/GLES 3 context exists.
/// </summary>
internal sealed class FeedTenSecondScrollWorkload : IWorkload, IReportsStages, ISkippable
{
    /// <summary>Frames per run: 10 s at 60 fps.</summary>
    public const int Frames = 600;

    private const float X = 187;
    private const float Top = 620;
    private const float Step = 24;
    private const int MovesPerSwipe = 20;
    private static readonly TimeSpan FrameInterval = TimeSpan.FromTicks(TimeSpan.TicksPerSecond / 60);

    private readonly HeadlessSession? _session;
    private readonly List<double> _p50 = [], _dropped = [], _layout = [], _paint = [];

    public FeedTenSecondScrollWorkload()
    {
        SkipReason = BenchPaths.Missing("samples", "feed") ?? GpuCheck.Unavailable;
        if (SkipReason is not null)
        {
            return;
        }

        var diagnostics = new DiagnosticBag();
        var package = PackageLoader.Load(BenchPaths.Find("samples", "feed")!, diagnostics);
        _session = HeadlessSession.Start(package, new HeadlessOptions { Diagnostics = diagnostics });
        _session.Settle();
        _session.RenderFrame(capture: true);
        if (diagnostics.HasErrors)
        {
            var problem = $"the feed did not start cleanly: {string.Join("; ", diagnostics.Snapshot())}";
            _session.Dispose();
            throw new InvalidOperationException(problem);
        }
    }

    public string Name => "feed-10s-scroll";

    public string Unit => "ms cpu p99";

    public string? SkipReason { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<double>> Stages => new Dictionary<string, IReadOnlyList<double>>
    {
        ["cpu-p50"] = _p50,
        ["dropped"] = _dropped,
        ["layout-p99"] = _layout,
        ["paint-p99"] = _paint,
    };

    public double RunOnce()
    {
        var session = _session ?? throw new InvalidOperationException(SkipReason);
        session.ScrollPageTo(0);
        session.Settle();
        var frames = new FrameRecord[Frames];
        for (var k = 0; k < Frames; k++)
        {
            if (k > 0)
            {
                session.Wait(FrameInterval);
            }

            var j = k % (MovesPerSwipe + 1);
            var y = Top - (Step * j);
            if (j == 0)
            {
                session.PointerDown(0, X, y);
            }
            else
            {
                session.PointerMove(0, X, y);
            }

            frames[k] = session.RenderFrame(capture: true);
            if (j == MovesPerSwipe || k == Frames - 1)
            {
                session.PointerUp(0, X, y);
            }
        }

        var cpu = frames.Select(f => f.CpuMs).Order().ToArray();
        _p50.Add(BenchmarkHistory.Quantile(cpu, 0.50));
        _dropped.Add(cpu.Count(ms => ms > 1000.0 / 60));
        _layout.Add(BenchmarkHistory.Quantile(frames.Select(f => f.LayoutMs).Order().ToArray(), 0.99));
        _paint.Add(BenchmarkHistory.Quantile(frames.Select(f => f.PaintMs).Order().ToArray(), 0.99));
        return BenchmarkHistory.Quantile(cpu, 0.99);
    }

    public void Dispose() => _session?.Dispose();
}
