using System;
using System.Collections.Generic;
using System.Linq;
using Sparrow.Core;
using Sparrow.Host.Headless;
using Sparrow.Package;

namespace Sparrow.Host.Benchmarking.Workloads;

/// <summary>
/// setData→frame latency on samples/feed: each run taps the first card's ♥ <see cref="Taps"/> times
/// (as <c>samples/feed/scripts/likes.json</c> does), rendering and reading back a frame after each
/// tap; the tap's handler calls <c>setData</c> on one path. The latency of a batch is wall time from
/// when it left the logic thread (the end of the handler's task) to the end of the frame that first
/// showed it (<see cref="HeadlessSession.BatchLatenciesMs"/>). The sample is the median over the
/// run's batches; stage p99. Skipped where no EGL/GLES 3 context exists.
/// </summary>
internal sealed class SetDataFrameLatencyWorkload : IWorkload, IReportsStages, ISkippable
{
    /// <summary>Taps (each one setData and one frame) per run.</summary>
    public const int Taps = 30;

    private readonly HeadlessSession? _session;
    private readonly List<double> _p99 = [];

    public SetDataFrameLatencyWorkload()
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
        if (diagnostics.HasErrors || _session.FindElement(".like") < 0)
        {
            var problem = $"the feed has no like counter to tap: {string.Join("; ", diagnostics.Snapshot())}";
            _session.Dispose();
            throw new InvalidOperationException(problem);
        }
    }

    public string Name => "setdata-frame-latency";

    public string Unit => "ms";

    public string? SkipReason { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<double>> Stages => new Dictionary<string, IReadOnlyList<double>> { ["p99"] = _p99 };

    public double RunOnce()
    {
        var session = _session ?? throw new InvalidOperationException(SkipReason);
        var box = session.ClientBoxOf(session.FindElement(".like")) ?? throw new InvalidOperationException("the like counter has no box");
        var (x, y) = (box.X + (box.Width / 2), box.Y + (box.Height / 2));
        var before = session.BatchLatenciesMs.Count;
        for (var i = 0; i < Taps; i++)
        {
            session.PointerDown(0, x, y);
            session.Wait(TimeSpan.FromMilliseconds(50));
            session.PointerUp(0, x, y);
            session.RenderFrame(capture: true);
        }

        var latencies = session.BatchLatenciesMs.Skip(before).Order().ToArray();
        if (latencies.Length < Taps)
        {
            throw new InvalidOperationException($"{Taps} taps showed only {latencies.Length} batches");
        }

        _p99.Add(BenchmarkHistory.Quantile(latencies, 0.99));
        return BenchmarkHistory.Quantile(latencies, 0.50);
    }

    public void Dispose() => _session?.Dispose();
}
