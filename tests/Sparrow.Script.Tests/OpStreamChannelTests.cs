using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace Sparrow.Script.Tests;

/// <summary>
/// The JS op writer (src/framework/backend/op-writer.js) through <see cref="OpStreamChannel"/>:
/// the scripted calls of tests/data/op-stream must give exactly the golden bytes that the render
/// side's reference writer gives (checked in Sparrow.Dom.Tests), one batch per task.
/// </summary>
public class OpStreamChannelTests
{
    private static readonly string DataDir = Path.Combine(Js.RepoRoot, "tests", "data", "op-stream");

    private static async Task<(JsRuntime Runtime, List<byte[]> Batches, OpStreamChannel Channel)> Start(int capacity)
    {
        var runtime = Js.Start(options: new JsRuntimeOptions { ModuleRoot = Path.Combine(Js.RepoRoot, "src", "framework") });
        var batches = new List<byte[]>();
        var channel = await runtime.InvokeAsync(ctx => OpStreamChannel.Install(ctx, capacity, batches.Add));
        await runtime.EvalOk("const { OpWriter } = require('/backend/op-writer.js'); var w = new OpWriter(__sparrow_ops.buffer, __sparrow_ops.control, __sparrow_ops.overflow);");
        batches.Clear(); // wiring the writer emits nothing, but be explicit
        return (runtime, batches, channel);
    }

    private static string[] CallBatches() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(DataDir, "calls.json"))).RootElement.GetProperty("batches")
            .EnumerateArray().Select(b => b.GetRawText()).ToArray();

    private static string[] Golden() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(DataDir, "golden.json"))).RootElement.GetProperty("batches")
            .EnumerateArray().Select(b => b.GetString()!).ToArray();

    private static string Replay(string calls) =>
        $"for (const [method, ...args] of {calls}) w[method](...args.map((a) => (a === null ? undefined : a)));";

    [Theory]
    [InlineData(1 << 16)]
    [InlineData(80)] // small enough that most batches overflow into parts mid-task
    public async Task The_js_writer_produces_the_golden_bytes_one_batch_per_task(int capacity)
    {
        var (runtime, batches, channel) = await Start(capacity);
        using var _ = runtime;
        foreach (var calls in CallBatches())
        {
            await runtime.EvalOk(Replay(calls));
        }

        Assert.Equal(Golden(), batches.Select(Convert.ToHexStringLower).ToArray());
        Assert.Equal(2, channel.BatchCount);
    }

    [Fact]
    public async Task A_task_that_writes_nothing_flushes_nothing()
    {
        var (runtime, batches, _) = await Start(4096);
        using var __ = runtime;
        await runtime.EvalOk("1 + 1");
        Assert.Empty(batches);
    }

    [Fact]
    public async Task A_record_larger_than_the_buffer_grows_it()
    {
        var (runtime, batches, channel) = await Start(64);
        using var _ = runtime;
        await runtime.EvalOk("w.registerStyleSheet('big.wxss', '.a{color:red}'.repeat(1000)); w.setText(2, 'after');");
        var batch = Assert.Single(batches);
        Assert.True(channel.Capacity > 13000);
        Assert.Equal(0x02, batch[6]); // two records
        Assert.True(batch.Length > 13000);
    }

    [Fact]
    public async Task Lone_surrogates_are_written_as_replacement_characters()
    {
        var (runtime, batches, _) = await Start(4096);
        using var _ = runtime;
        await runtime.EvalOk("w.setText(2, 'a\\ud800');");
        Assert.EndsWith("0461efbfbd", Convert.ToHexStringLower(batches.Single()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_first_batch_resets_the_name_table_and_names_cross_once()
    {
        var (runtime, batches, _) = await Start(4096);
        using var _ = runtime;
        await runtime.EvalOk("w.addClass(2, 'item', 0);");
        await runtime.EvalOk("w.addClass(3, 'item', 0);");
        Assert.Equal(0x01, batches[0][5]);
        Assert.Equal(0x00, batches[1][5]);
        Assert.Equal("53504f4201000133030101", Convert.ToHexStringLower(batches[1])); // no DefineName the second time
    }

    [Fact]
    public async Task Page_writers_share_the_channel_as_connections_cut_where_the_writing_page_changes()
    {
        var runtime = Js.Start(options: new JsRuntimeOptions { ModuleRoot = Path.Combine(Js.RepoRoot, "src", "framework") });
        using var _ = runtime;
        var batches = new List<string>();
        var channel = await runtime.InvokeAsync(ctx => OpStreamChannel.Install(ctx, 64, (page, batch) => batches.Add($"{page}:{Convert.ToHexStringLower(batch)}")));
        await runtime.EvalOk("const { OpWriter } = require('/backend/op-writer.js'); var a = OpWriter.forPage(__sparrow_ops, 1); var b = OpWriter.forPage(__sparrow_ops, 2);");
        Assert.Empty(batches); // a writer claims the channel only when it writes

        // One task: a, b, a (with a record larger than the buffer, so a grows it), b.
        await runtime.EvalOk("a.createFragment(2); b.createFragment(2); a.setText(3, 'x'.repeat(100)); b.createElement(3, 'view', 'view');");
        Assert.Equal(
            [
                "1:53504f420101011202", // each page's first batch resets its name table
                "2:53504f420101011202",
                "1:53504f42010001390364" + string.Concat(Enumerable.Repeat("78", 100)),
                "2:53504f4201000201047669657710030101", // b writes into the buffer a grew
            ],
            batches);
        Assert.True(channel.Capacity > 100);
        Assert.Equal(0, channel.PendingConnection);

        // A later task of one page: one batch, its names still its own ("view" was b's, not a's).
        batches.Clear();
        await runtime.EvalOk("a.createElement(4, 'view', 'view'); a.appendStyleSheet('/a.wxss', 0);");
        Assert.Equal(["1:53504f420100030104766965771004010141072f612e7778737301"], batches);
        Assert.Equal(1, (await runtime.EvalOk("a.appendStyleSheet('/b.wxss', 0)")).Number); // the sheet's index
    }
}
