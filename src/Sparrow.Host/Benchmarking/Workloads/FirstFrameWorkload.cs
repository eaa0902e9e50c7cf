using System;
using System.Collections.Generic;
using System.Diagnostics;
using Sparrow.Core;
using Sparrow.Host.Headless;
using Sparrow.Package;

namespace Sparrow.Host.Benchmarking.Workloads;

/// <summary>
/// Package to first pixels through <see cref="HeadlessSession"/> on samples/showcase, no caches:
/// the clock runs from loading the package, through starting the session (runtime, fonts, EGL
/// context and renderer), to the first frame rendered and read back (so the GPU, llvmpipe on
/// machines without one, has finished it). The first frame is the one <c>sparrow run</c> draws as
/// frame 0: whatever batches had arrived when the session started. Stages: start, apply, style,
/// layout, text, paint, raster (GL submission), readback. Skipped where no EGL/GLES 3 context
/// can be created.
/// </summary>
internal sealed class FirstFrameWorkload : IWorkload, IReportsStages, ISkippable
{
    private readonly Dictionary<string, List<double>> _stages = new(StringComparer.Ordinal);

    public string Name => "first-frame";

    public string Unit => "ms";

    public string? SkipReason => BenchPaths.Missing("samples", "showcase") ?? GpuCheck.Unavailable;

    public IReadOnlyDictionary<string, IReadOnlyList<double>> Stages =>
        new Dictionary<string, IReadOnlyList<double>>(StringComparer.Ordinal)
        {
            ["start"] = Get("start"), ["apply"] = Get("apply"), ["style"] = Get("style"), ["layout"] = Get("layout"),
            ["text"] = Get("text"), ["paint"] = Get("paint"), ["raster"] = Get("raster"), ["readback"] = Get("readback"),
        };

    public double RunOnce()
    {
        var diagnostics = new DiagnosticBag();
        var started = Stopwatch.GetTimestamp();
        var package = PackageLoader.Load(BenchPaths.Find("samples", "showcase")!, diagnostics);
        using var session = HeadlessSession.Start(package, new HeadlessOptions { Diagnostics = diagnostics });
        var sessionStarted = Stopwatch.GetTimestamp();
        var frame = session.RenderFrame(capture: true);
        var done = Stopwatch.GetTimestamp();
        if (!session.CanDraw || session.LastPixels is null || diagnostics.HasErrors)
        {
            throw new InvalidOperationException("the showcase's first frame was not drawn: " + string.Join("; ", diagnostics.Snapshot()));
        }

        Get("start").Add(Stopwatch.GetElapsedTime(started, sessionStarted).TotalMilliseconds);
        Get("apply").Add(frame.ApplyMs);
        Get("style").Add(frame.StyleMs);
        Get("layout").Add(frame.LayoutMs);
        Get("text").Add(frame.TextMs);
        Get("paint").Add(frame.PaintMs);
        Get("raster").Add(frame.RasterMs);
        Get("readback").Add(frame.ReadbackMs);
        return Stopwatch.GetElapsedTime(started, done).TotalMilliseconds;
    }

    public void Dispose()
    {
    }

    private List<double> Get(string stage)
    {
        if (!_stages.TryGetValue(stage, out var list))
        {
            list = [];
            _stages[stage] = list;
        }

        return list;
    }
}
