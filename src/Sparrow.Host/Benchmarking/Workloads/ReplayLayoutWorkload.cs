using System;
using System.Collections.Generic;
using System.Diagnostics;
using Sparrow.Core;
using Sparrow.Host.Capture;

namespace Sparrow.Host.Benchmarking.Workloads;

/// <summary>
/// Cold restyle + layout of captured pages (benchmarks/captures: showcase and feed), no JS: each
/// run builds a fresh document per capture, applies its batches (not in the sample), then times
/// the first <see cref="Rendering.PageDocument.Update"/>: cascade, box tree, layout and text
/// layout of the whole tree. Fonts and shaping caches are shared between runs (one measurer), as
/// in a running app. The sample is the sum over both captures; stages per capture and stage
/// (<c>feed-style</c>, <c>feed-layout</c>, …, <c>feed-apply</c>).
/// </summary>
internal sealed class ReplayLayoutWorkload : IWorkload, IReportsStages, ISkippable
{
    private readonly DiagnosticBag _diagnostics = new();
    private readonly List<(string Name, CaptureReplay Replay)> _replays = [];
    private readonly Dictionary<string, IReadOnlyList<double>> _stages = new(StringComparer.Ordinal);

    public ReplayLayoutWorkload()
    {
        SkipReason = ReplayCaptures.SkipReason;
        if (SkipReason is null)
        {
            _replays = ReplayCaptures.Open(_diagnostics);
        }
    }

    public string Name => "replay-layout";

    public string Unit => "ms";

    public string? SkipReason { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<double>> Stages => _stages;

    public double RunOnce()
    {
        var total = 0.0;
        foreach (var (name, replay) in _replays)
        {
            var document = replay.NewDocument();
            var applyStarted = Stopwatch.GetTimestamp();
            replay.ApplyBatches(document);
            var apply = Stopwatch.GetElapsedTime(applyStarted).TotalMilliseconds;
            var stats = document.Update(replay.Viewport, (float)replay.Capture.PixelRatio);
            ReplayCaptures.Check(_diagnostics, Name);
            total += (stats.Style + stats.Layout + stats.Text).TotalMilliseconds;
            Add(name + "-apply", apply);
            Add(name + "-style", stats.Style.TotalMilliseconds);
            Add(name + "-layout", stats.Layout.TotalMilliseconds);
            Add(name + "-text", stats.Text.TotalMilliseconds);
        }

        return total;
    }

    public void Dispose()
    {
        foreach (var (_, replay) in _replays)
        {
            replay.Dispose();
        }
    }

    private void Add(string stage, double value)
    {
        if (!_stages.TryGetValue(stage, out var list))
        {
            list = new List<double>();
            _stages[stage] = list;
        }

        ((List<double>)list).Add(value);
    }
}
