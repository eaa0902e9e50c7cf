using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Sparrow.Core;
using Sparrow.Dom;
using Sparrow.Host.Conformance.Suites;
using Sparrow.Package;
using Sparrow.Script;
using Sparrow.Script.MiniProgram;
using Xunit;

namespace Sparrow.Host.Tests;

/// <summary>
/// The whole crossing: a real page's composed-backend calls go both to the logic side's recording
/// sink and to the binary op writer; the batches, decoded and applied to the render side's node
/// store, must give the same tree, after the first render and after every setData.
/// </summary>
public class LogicToRenderTests
{
    private const string TeeSink = """
        const { RecordingSink } = __sparrowHost.require('./recording-sink.js');
        const { OpWriter } = __sparrowHost.require('../backend/op-writer.js');
        __sparrowHost.useSinkFactory(() => {
          const recording = new RecordingSink();
          const writer = new OpWriter(__sparrow_ops.buffer, __sparrow_ops.control, __sparrow_ops.overflow);
          return new Proxy(recording, {
            get(target, op) {
              const member = target[op];
              if (typeof member !== 'function' || typeof op !== 'string' || op.startsWith('_')) return member;
              return (...args) => { const result = member.apply(target, args); writer[op](...args); return result; };
            },
          });
        });
        wx.reLaunch({ url: '/pages/index/index' });
        """;

    [Fact]
    public async Task Binary_batches_rebuild_the_logic_sides_tree_in_the_node_store()
    {
        var root = RepoPaths.Of("samples", "basic");
        var diagnostics = new DiagnosticBag();
        var store = new NodeStore(new AtomTable());
        var names = new OpStreamNames(store.Atoms);
        var batches = new List<byte[]>();
        using var runtime = await MiniProgramRuntime.StartAsync(PackageLoader.Load(root, diagnostics), new MiniProgramRuntimeOptions { Clock = new VirtualClock(), Diagnostics = diagnostics });
        await runtime.Js.InvokeAsync(ctx => OpStreamChannel.Install(ctx, 1 << 12, batches.Add));
        await runtime.EvaluateAsync(TeeSink);
        await runtime.Js.RunToCompletionAsync(TimeSpan.FromSeconds(10));
        await AssertSameTree(runtime, store, names, batches, diagnostics);

        await runtime.EvaluateAsync("getCurrentPages()[0].setData({ 'items[1].name': 'pie', theme: 'dark', items: [{ id: 9, name: 'x', cents: 1 }, { id: 1, name: 'tea', cents: 350 }, { id: 4, name: 'y', cents: 2 }] })");
        await runtime.Js.RunToCompletionAsync(TimeSpan.FromSeconds(10));
        await AssertSameTree(runtime, store, names, batches, diagnostics);

        await runtime.EvaluateAsync("getCurrentPages()[0].setData({ items: [], user: { vip: false } })");
        await runtime.Js.RunToCompletionAsync(TimeSpan.FromSeconds(10));
        await AssertSameTree(runtime, store, names, batches, diagnostics);
    }

    private static async Task AssertSameTree(MiniProgramRuntime runtime, NodeStore store, OpStreamNames names, List<byte[]> batches, DiagnosticBag diagnostics)
    {
        Assert.NotEmpty(batches);
        foreach (var bytes in batches)
        {
            var batch = new OpBatch();
            Assert.True(OpStreamReader.Read(bytes, names, batch, diagnostics));
            store.Apply(batch, diagnostics);
        }

        batches.Clear();
        Assert.True(diagnostics.Snapshot().Count == 0, string.Join('\n', diagnostics.Snapshot()));
        var logic = await runtime.DumpTreeAsync();
        Assert.NotNull(logic);
        var render = WccTreeWriter.Write(store);
        Assert.NotNull(render);
        Assert.Equal(WxmlSuite.Canonical(JsonNode.Parse(logic)!), WxmlSuite.Canonical(render));
    }
}
