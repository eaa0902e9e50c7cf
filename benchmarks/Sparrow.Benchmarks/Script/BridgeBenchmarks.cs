using System;
using BenchmarkDotNet.Attributes;
using Sparrow.Script;

namespace Sparrow.Benchmarks.Script;

/// <summary>
/// The cost of one crossing each way, measured on the logic thread itself: each invocation runs
/// <see cref="Calls"/> crossings inside one task, so the cost of posting the task is amortised away.
/// </summary>
[BenchmarkCategory("Script")]
public class BridgeBenchmarks
{
    private const int Calls = 10_000;
    private JsRuntime _runtime = null!;
    private JsFunction _jsNoop = null!;
    private JsFunction _jsAdd = null!;
    private JsFunction _callHostNoop = null!;
    private JsFunction _callHostNumbers = null!;
    private JsFunction _callHostString = null!;
    private JsFunction _flushBuffer = null!;
    private JsExternalBuffer _ops = null!;

    [GlobalSetup]
    public void Setup()
    {
        _runtime = JsRuntime.Start();
        _runtime.InvokeAsync(ctx =>
        {
            ctx.DefineFunction("hostNoop", static _ => JsValue.Undefined);
            ctx.DefineFunction("hostAdd", static call => JsValue.FromNumber(call.GetNumber(0) + call.GetNumber(1)));
            ctx.DefineFunction("hostLength", static call => JsValue.FromNumber(call.GetUtf8(0).Length));
            ctx.DefineFunction("hostFlush", static call => JsValue.FromNumber(call.GetBuffer(0)[^1]));
            _ops = ctx.CreateExternalBuffer(1 << 20);
            ctx.SetGlobal("ops", _ops.AsValue());
            _jsNoop = Compile(ctx, "(function noop() {})");
            _jsAdd = Compile(ctx, "(function add(a, b) { return a + b; })");
            _callHostNoop = Compile(ctx, $"(function () {{ for (let i = 0; i < {Calls}; i++) hostNoop(); }})");
            _callHostNumbers = Compile(ctx, $"(function () {{ let s = 0; for (let i = 0; i < {Calls}; i++) s = hostAdd(s, i); return s; }})");
            _callHostString = Compile(ctx, $"(function () {{ let s = 0; for (let i = 0; i < {Calls}; i++) s += hostLength('view.item-' + (i & 7)); return s; }})");
            _flushBuffer = Compile(ctx, $"(function () {{ const u = new Uint32Array(ops); let s = 0; for (let i = 0; i < {Calls}; i++) {{ u[i & 0x3ffff] = i; s += hostFlush(ops); }} return s; }})");
        }).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _runtime.Dispose();

    [Benchmark(OperationsPerInvoke = Calls, Description = "JS→C# host call, no arguments")]
    public void JsToHostNoArgs() => Run(_callHostNoop);

    [Benchmark(OperationsPerInvoke = Calls, Description = "JS→C# host call, two numbers → number")]
    public void JsToHostNumbers() => Run(_callHostNumbers);

    [Benchmark(OperationsPerInvoke = Calls, Description = "JS→C# host call, short string")]
    public void JsToHostString() => Run(_callHostString);

    [Benchmark(OperationsPerInvoke = Calls, Description = "JS→C# hand-over of a 1 MiB op buffer (zero copy)")]
    public void JsToHostOpBuffer() => Run(_flushBuffer);

    [Benchmark(OperationsPerInvoke = Calls, Description = "C#→JS call, no arguments")]
    public void HostToJsNoArgs() => _runtime.InvokeAsync(_ =>
    {
        for (var i = 0; i < Calls; i++)
        {
            _jsNoop.Call();
        }
    }).GetAwaiter().GetResult();

    [Benchmark(OperationsPerInvoke = Calls, Description = "C#→JS call, two numbers → number")]
    public double HostToJsNumbers() => _runtime.InvokeAsync(_ =>
    {
        double sum = 0;
        for (var i = 0; i < Calls; i++)
        {
            sum = _jsAdd.Call(JsValue.FromNumber(sum), JsValue.FromNumber(i)).Value.Number;
        }

        return sum;
    }).GetAwaiter().GetResult();

    private static JsFunction Compile(JsContext context, string source) =>
        context.AsFunction(context.Run(source, "bench.js").Value) ?? throw new InvalidOperationException("not a function: " + source);

    private void Run(JsFunction loop)
    {
        var result = _runtime.InvokeAsync(_ => loop.Call()).GetAwaiter().GetResult();
        if (!result.IsOk)
        {
            throw new InvalidOperationException(result.Error.ToString());
        }
    }
}
