using System;
using System.Diagnostics;
using Sparrow.Script;

namespace Sparrow.Host.Benchmarking.Workloads;

/// <summary>100,000 JS→C# host calls with a string and a number from one task: the cost of chatty bindings.</summary>
internal sealed class HostCallStormWorkload : IWorkload
{
    private const int Calls = 100_000;
    private readonly JsRuntime _runtime;

    public HostCallStormWorkload()
    {
        _runtime = JsRuntime.Start();
        _runtime.InvokeAsync(ctx => ctx.DefineFunction("hostSink", static call => JsValue.FromNumber(call.GetUtf8(0).Length + call.GetNumber(1)))).GetAwaiter().GetResult();
    }

    public string Name => "host-call-storm";

    public string Unit => "ms";

    public double RunOnce()
    {
        var clock = Stopwatch.StartNew();
        var result = _runtime.EvaluateAsync($"(() => {{ let s = 0; for (let i = 0; i < {Calls}; i++) s += hostSink('view', i); return s; }})()", "storm.js").GetAwaiter().GetResult();
        if (!result.IsOk)
        {
            throw new InvalidOperationException(result.Error.ToString());
        }

        return clock.Elapsed.TotalMilliseconds;
    }

    public void Dispose() => _runtime.Dispose();
}
