using System;
using System.Diagnostics;
using System.IO;
using Sparrow.Core;
using Sparrow.Package;
using Sparrow.Script;
using Sparrow.Script.MiniProgram;

namespace Sparrow.Host.Benchmarking.Workloads;

/// <summary>
/// Cold start to "first page mounted": package load, isolate, framework, WXML compile, app.js, the
/// first page rendered. Without caches every run compiles the templates and parses the framework;
/// with warm caches (compiled templates + V8 code cache, filled by the warm-up runs) it must not.
/// </summary>
internal sealed class PageStartWorkload(bool warm) : IWorkload
{
    private readonly string _package = BenchPackages.List(100);
    private readonly string _cache = Path.Combine(Path.GetTempPath(), "sparrow-bench-cache-" + Environment.ProcessId);

    public string Name => warm ? "page-start-warm-cache" : "page-start-no-cache";

    public string Unit => "ms";

    public double RunOnce()
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        using var runtime = MiniProgramRuntime.StartAsync(PackageLoader.Load(_package, diagnostics), new MiniProgramRuntimeOptions
        {
            Clock = new VirtualClock(),
            Diagnostics = diagnostics,
            CacheDirectory = warm ? _cache : null,
        }).GetAwaiter().GetResult();
        runtime.Js.RunUntilIdleAsync().GetAwaiter().GetResult();
        var elapsed = clock.Elapsed.TotalMilliseconds;
        if (diagnostics.HasErrors)
        {
            throw new InvalidOperationException("the benchmark package failed: " + string.Join("; ", diagnostics.Snapshot()));
        }

        return elapsed;
    }

    public void Dispose()
    {
        if (warm && Directory.Exists(_cache))
        {
            Directory.Delete(_cache, recursive: true);
        }
    }
}
