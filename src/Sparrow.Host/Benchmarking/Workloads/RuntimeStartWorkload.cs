using System.Diagnostics;
using Sparrow.Script;

namespace Sparrow.Host.Benchmarking.Workloads;

/// <summary>Cold start of the logic thread: thread, isolate, context and prelude, to the first evaluated script.</summary>
internal sealed class RuntimeStartWorkload : IWorkload
{
    public string Name => "runtime-start";

    public string Unit => "ms";

    public double RunOnce()
    {
        var clock = Stopwatch.StartNew();
        using var runtime = JsRuntime.Start();
        runtime.EvaluateAsync("1").GetAwaiter().GetResult();
        return clock.Elapsed.TotalMilliseconds;
    }

    public void Dispose()
    {
    }
}
