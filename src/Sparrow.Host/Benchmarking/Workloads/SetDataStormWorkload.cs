using System;
using System.Collections.Generic;
using Sparrow.Core;
using Sparrow.Package;
using Sparrow.Script;
using Sparrow.Script.MiniProgram;

namespace Sparrow.Host.Benchmarking.Workloads;

/// <summary>
/// A setData storm: 100 calls per second for 2 s (a timer every 10 ms, each changing a row of a
/// 1,000-row list) on the real clock, with the op writer as the sink. The sample is the worst lag of
/// a call behind its schedule; "sustained without backlog" means it stays near the timer period and
/// every call ran. The stage "completed" counts the calls that ran (200 expected).
/// </summary>
internal sealed class SetDataStormWorkload : IWorkload, IReportsStages
{
    private const int Calls = 200;
    private readonly MiniProgramRuntime _runtime;
    private readonly List<double> _completed = [];
    private readonly List<double> _p99 = [];

    public SetDataStormWorkload()
    {
        var diagnostics = new DiagnosticBag();
        _runtime = MiniProgramRuntime.StartAsync(PackageLoader.Load(BenchPackages.List(1000), diagnostics), new MiniProgramRuntimeOptions { Diagnostics = diagnostics })
            .GetAwaiter().GetResult();
        _runtime.Js.InvokeAsync(ctx => OpStreamChannel.Install(ctx, 1 << 20, static _ => { })).GetAwaiter().GetResult();
        _runtime.EvaluateAsync("""
            const { OpWriter } = __sparrowHost.require('../backend/op-writer.js');
            __sparrowHost.useSinkFactory(() => new OpWriter(__sparrow_ops.buffer, __sparrow_ops.control, __sparrow_ops.overflow));
            wx.reLaunch({ url: '/pages/list/list' });
            """).GetAwaiter().GetResult();
        _runtime.Js.RunToCompletionAsync(TimeSpan.FromSeconds(30)).GetAwaiter().GetResult();
        if (diagnostics.HasErrors)
        {
            throw new InvalidOperationException("the benchmark page did not render: " + string.Join("; ", diagnostics.Snapshot()));
        }
    }

    public string Name => "setdata-storm-100hz";

    public string Unit => "ms lag";

    public IReadOnlyDictionary<string, IReadOnlyList<double>> Stages => new Dictionary<string, IReadOnlyList<double>>
    {
        ["completed"] = _completed,
        ["lag-p99"] = _p99,
    };

    public double RunOnce()
    {
        var started = _runtime.EvaluateAsync($$"""
            globalThis.__storm = { lags: [], done: 0 };
            (() => {
              const page = getCurrentPages()[0];
              const start = Date.now();
              let n = 0;
              const id = setInterval(() => {
                n += 1;
                __storm.lags.push(Date.now() - (start + n * 10));
                page.setData({ [`list[${(n * 7) % 1000}].name`]: 'storm ' + n }, () => { __storm.done += 1; });
                if (n === {{Calls}}) clearInterval(id);
              }, 10);
            })();
            """).GetAwaiter().GetResult();
        if (!started.IsOk)
        {
            throw new InvalidOperationException(started.Error.ToString());
        }

        _runtime.Js.RunToCompletionAsync(TimeSpan.FromSeconds(10)).GetAwaiter().GetResult();
        var result = _runtime.EvaluateAsync("JSON.stringify([__storm.done, Math.max(...__storm.lags), __storm.lags.slice().sort((a, b) => a - b)[Math.floor(__storm.lags.length * 0.99)]])")
            .GetAwaiter().GetResult().Value.Text!;
        var parts = result.Trim('[', ']').Split(',');
        _completed.Add(double.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture));
        _p99.Add(double.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture));
        return double.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose() => _runtime.Dispose();
}
