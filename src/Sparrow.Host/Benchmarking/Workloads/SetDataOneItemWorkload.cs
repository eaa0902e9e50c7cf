using System;
using System.Collections.Generic;
using System.Diagnostics;
using Sparrow.Core;
using Sparrow.Package;
using Sparrow.Script;
using Sparrow.Script.MiniProgram;

namespace Sparrow.Host.Benchmarking.Workloads;

/// <summary>
/// setData changing one item of a 1,000-row <c>wx:for</c>, with the binary op writer as the page's
/// sink: the time of the call on the logic thread (setData, glass-easel's update and the op writes;
/// the end-of-task flush of a 20-byte batch is not included), and as stages the op-stream records
/// and bytes the task emitted.
/// </summary>
internal sealed class SetDataOneItemWorkload : IWorkload, IReportsStages
{
    private readonly MiniProgramRuntime _runtime;
    private readonly List<byte[]> _batches = [];
    private int _run;

    public SetDataOneItemWorkload()
    {
        var diagnostics = new DiagnosticBag();
        _runtime = MiniProgramRuntime.StartAsync(PackageLoader.Load(BenchPackages.List(1000), diagnostics), new MiniProgramRuntimeOptions
        {
            Clock = new VirtualClock(),
            Diagnostics = diagnostics,
        }).GetAwaiter().GetResult();
        _runtime.Js.InvokeAsync(ctx => OpStreamChannel.Install(ctx, 1 << 20, _batches.Add)).GetAwaiter().GetResult();
        Check(_runtime.EvaluateAsync("""
            const { OpWriter } = __sparrowHost.require('../backend/op-writer.js');
            __sparrowHost.useSinkFactory(() => new OpWriter(__sparrow_ops.buffer, __sparrow_ops.control, __sparrow_ops.overflow));
            wx.reLaunch({ url: '/pages/list/list' });
            """).GetAwaiter().GetResult());
        _runtime.Js.RunToCompletionAsync(TimeSpan.FromSeconds(30)).GetAwaiter().GetResult();
        if (diagnostics.HasErrors || _batches.Count == 0)
        {
            throw new InvalidOperationException("the benchmark page did not render: " + string.Join("; ", diagnostics.Snapshot()));
        }

        _batches.Clear();
    }

    public string Name => "setdata-one-of-1000";

    public string Unit => "ms";

    /// <summary>Bytes of the batch each run emitted.</summary>
    public List<double> Bytes { get; } = [];

    /// <summary>Records (ops, name definitions included) of the batch each run emitted.</summary>
    public List<double> Records { get; } = [];

    public IReadOnlyDictionary<string, IReadOnlyList<double>> Stages => new Dictionary<string, IReadOnlyList<double>>
    {
        ["batch-bytes"] = Bytes,
        ["batch-records"] = Records,
    };

    public double RunOnce()
    {
        _run++;
        var source = $"getCurrentPages()[0].setData({{ 'list[500].name': 'renamed {_run}' }})";
        // Timed on the logic thread, inside the task: what setData costs there, not the hop to it.
        var (completion, elapsed) = _runtime.Js.InvokeAsync(ctx =>
        {
            var clock = Stopwatch.StartNew();
            var result = ctx.Run(source, "bench.js");
            return (result, clock.Elapsed.TotalMilliseconds);
        }).GetAwaiter().GetResult();
        Check(completion);
        var batch = _batches.Count == 1 ? _batches[0] : throw new InvalidOperationException($"expected one batch, got {_batches.Count}");
        Bytes.Add(batch.Length);
        Records.Add(RecordCount(batch));
        _batches.Clear();
        return elapsed;
    }

    public void Dispose() => _runtime.Dispose();

    /// <summary>The header's record count (docs/op-stream.md: magic, version, flags, then a varuint).</summary>
    private static int RecordCount(byte[] batch)
    {
        int value = 0, shift = 0, i = 6;
        while (true)
        {
            var b = batch[i++];
            value |= (b & 0x7f) << shift;
            if (b < 0x80)
            {
                return value;
            }

            shift += 7;
        }
    }

    private static void Check(JsCompletion completion)
    {
        if (!completion.IsOk)
        {
            throw new InvalidOperationException(completion.Error.ToString());
        }
    }
}
