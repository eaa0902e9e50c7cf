using System;
using System.Collections.Generic;
using System.Linq;
using Sparrow.Core;
using Sparrow.Host.Headless;
using Sparrow.Package;

namespace Sparrow.Host.Benchmarking.Workloads;

/// <summary>
/// Scrolling samples/feed (a fixed header over 120 cards with images) on the render thread: set up
/// once (session started, app settled, first frame drawn); each run then renders
/// <see cref="Frames"/> frames from the top, each with the page scrolled <see cref="Step"/> CSS px
/// further (<see cref="HeadlessSession.ScrollTo"/>, the paint scroll offset). Nothing changes in
/// the tree, so style and layout do nothing; the sample is the mean per frame of paint (scene
/// build) + raster (GL submission). Every frame is read back, so the GPU's work (llvmpipe) cannot
/// pile up across frames; its time is the stage "readback". Stages: paint, raster, readback
/// (means per frame), frame-p95 (paint + raster), and gpu (mean GPU time per frame from timer
/// queries, <see cref="FrameRecord.GpuMs"/>) only where the device has them (not llvmpipe). Skipped
/// where no EGL/GLES 3 context exists.
/// </summary>
internal sealed class FeedScrollWorkload : IWorkload, IReportsStages, ISkippable
{
    /// <summary>Frames per run.</summary>
    public const int Frames = 60;

    /// <summary>Scroll distance per frame in CSS px (60 frames: 1,440 px, about two screens).</summary>
    public const float Step = 24;

    private readonly HeadlessSession? _session;
    private readonly List<double> _paint = [], _raster = [], _readback = [], _p95 = [], _gpu = [];

    public FeedScrollWorkload()
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
        if (diagnostics.HasErrors || _session.MaxScrollY < Frames * Step)
        {
            var problem = $"the feed did not render a page taller than {Frames * Step} px (max scroll {_session.MaxScrollY}): {string.Join("; ", diagnostics.Snapshot())}";
            _session.Dispose();
            throw new InvalidOperationException(problem);
        }
    }

    public string Name => "feed-scroll";

    public string Unit => "ms/frame";

    public string? SkipReason { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<double>> Stages
    {
        get
        {
            var stages = new Dictionary<string, IReadOnlyList<double>>
            {
                ["paint"] = _paint,
                ["raster"] = _raster,
                ["readback"] = _readback,
                ["frame-p95"] = _p95,
            };
            if (_gpu.Count > 0)
            {
                stages["gpu"] = _gpu;
            }

            return stages;
        }
    }

    public double RunOnce()
    {
        var session = _session ?? throw new InvalidOperationException(SkipReason);
        var frames = new FrameRecord[Frames];
        for (var i = 0; i < Frames; i++)
        {
            session.ScrollTo(i * Step);
            frames[i] = session.RenderFrame(capture: true);
        }

        session.ScrollTo(0);
        var work = frames.Select(f => f.PaintMs + f.RasterMs).Order().ToArray();
        _paint.Add(frames.Average(f => f.PaintMs));
        _raster.Add(frames.Average(f => f.RasterMs));
        _readback.Add(frames.Average(f => f.ReadbackMs));
        _p95.Add(BenchmarkHistory.Quantile(work, 0.95));
        var gpu = frames.Where(f => f.GpuMs.HasValue).Select(f => f.GpuMs!.Value).ToArray();
        if (gpu.Length > 0)
        {
            _gpu.Add(gpu.Average());
        }

        return work.Average();
    }

    public void Dispose() => _session?.Dispose();
}
