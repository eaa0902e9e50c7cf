using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using Sparrow.Core;
using Sparrow.Css;
using Sparrow.Host.Rendering;
using Sparrow.Package;
using Sparrow.Script;
using Sparrow.Script.MiniProgram;
using Sparrow.Text;

namespace Sparrow.Host.Benchmarking.Workloads;

/// <summary>
/// Cold start in process, on samples/showcase with no caches: the clock starts before the package
/// is read and stops when the first page's first op batch has been applied to a fresh
/// <see cref="PageDocument"/> (decoded into the node store; not styled). In between: package load
/// and validation, a new V8 isolate, the framework, every WXML template compiled, app.js, the launch
/// and the page's first task. Not timed: process start, font discovery (one
/// <see cref="FontSystem"/> for all runs), disposing the runtime. Stages: package, runtime (start
/// call until it returned), first-batch (start of the clock until the batch reached the render
/// side), apply.
/// </summary>
internal sealed class ColdStartWorkload : IWorkload, IReportsStages, ISkippable
{
    private readonly string? _package = BenchPaths.Find("samples", "showcase");
    private readonly FontSystem? _fonts;
    private readonly TextMeasurer? _measurer;
    private readonly List<double> _load = [], _runtime = [], _firstBatch = [], _apply = [];

    public ColdStartWorkload()
    {
        if (_package is not null)
        {
            _fonts = new FontSystem();
            _measurer = new TextMeasurer(_fonts);
        }
    }

    public string Name => "cold-start";

    public string Unit => "ms";

    public string? SkipReason => BenchPaths.Missing("samples", "showcase");

    public IReadOnlyDictionary<string, IReadOnlyList<double>> Stages => new Dictionary<string, IReadOnlyList<double>>
    {
        ["package"] = _load,
        ["runtime"] = _runtime,
        ["first-batch"] = _firstBatch,
        ["apply"] = _apply,
    };

    public double RunOnce()
    {
        var diagnostics = new DiagnosticBag();
        byte[]? first = null;
        long arrived = 0;
        using var ready = new ManualResetEventSlim();
        var started = Stopwatch.GetTimestamp();
        var package = PackageLoader.Load(_package!, diagnostics);
        var loaded = Stopwatch.GetTimestamp();
        var document = new PageDocument(new StyleEnvironment(375, 667), new PackageWxssResolver(package.Root), _measurer!, diagnostics);
        using var runtime = MiniProgramRuntime.StartAsync(package, new MiniProgramRuntimeOptions
        {
            Clock = new VirtualClock(),
            Diagnostics = diagnostics,
            OnOpBatch = batch =>
            {
                if (Interlocked.CompareExchange(ref first, batch.Bytes, null) is null)
                {
                    arrived = Stopwatch.GetTimestamp();
                    ready.Set();
                }
            },
        }).GetAwaiter().GetResult();
        var runtimeDone = Stopwatch.GetTimestamp();
        if (!ready.Wait(TimeSpan.FromSeconds(30)))
        {
            throw new InvalidOperationException("the showcase sent no op batch: " + string.Join("; ", diagnostics.Snapshot()));
        }

        var applyStarted = Stopwatch.GetTimestamp();
        document.Apply(first!);
        var done = Stopwatch.GetTimestamp();
        if (diagnostics.HasErrors)
        {
            throw new InvalidOperationException("the showcase failed: " + string.Join("; ", diagnostics.Snapshot()));
        }

        _load.Add(Stopwatch.GetElapsedTime(started, loaded).TotalMilliseconds);
        _runtime.Add(Stopwatch.GetElapsedTime(loaded, runtimeDone).TotalMilliseconds);
        _firstBatch.Add(Stopwatch.GetElapsedTime(started, Volatile.Read(ref arrived)).TotalMilliseconds);
        _apply.Add(Stopwatch.GetElapsedTime(applyStarted, done).TotalMilliseconds);
        return Stopwatch.GetElapsedTime(started, done).TotalMilliseconds;
    }

    public void Dispose() => _fonts?.Dispose();
}
