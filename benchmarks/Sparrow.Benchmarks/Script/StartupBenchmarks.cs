using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using Sparrow.Script;

namespace Sparrow.Benchmarks.Script;

/// <summary>
/// Isolate + context start (thread, isolate, context, prelude), then running the real glass-easel
/// bundle, with and without a warm V8 code cache.
/// </summary>
[BenchmarkCategory("Script")]
public class StartupBenchmarks
{
    private string _cacheDir = null!;
    private string _bundle = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = FindRepoRoot();
        _bundle = File.ReadAllText(Path.Combine(root, "src", "framework", "node_modules", "glass-easel", "dist", "glass_easel.all.js"));
        _cacheDir = Path.Combine(Path.GetTempPath(), "sparrow-bench-cache-" + Environment.ProcessId);
        WarmStart(); // fills the cache
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_cacheDir, recursive: true);

    [Benchmark(Baseline = true, Description = "start isolate + context + prelude")]
    public void EmptyStart()
    {
        using var runtime = JsRuntime.Start();
    }

    [Benchmark(Description = "start + run glass-easel bundle, no code cache")]
    public void ColdStart() => StartAndLoad(null);

    [Benchmark(Description = "start + run glass-easel bundle, warm code cache")]
    public void WarmStart() => StartAndLoad(_cacheDir);

    private void StartAndLoad(string? cache)
    {
        using var runtime = JsRuntime.Start(new JsRuntimeOptions { CodeCacheDirectory = cache });
        var result = runtime.EvaluateAsync("var exports = {};\n" + _bundle + "\n;typeof exports.Component", "glass_easel.all.js").GetAwaiter().GetResult();
        if (!result.IsOk || result.Value.Text != "function")
        {
            throw new InvalidOperationException("glass-easel did not load: " + result.Error);
        }
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Engine.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Engine.sln not found");
    }
}
