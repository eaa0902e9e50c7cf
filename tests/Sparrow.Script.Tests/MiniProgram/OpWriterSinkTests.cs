using System.Collections.Generic;
using System.Threading.Tasks;
using Xunit;

namespace Sparrow.Script.Tests.MiniProgram;

/// <summary>The binary op writer plugged into the base library's backend seam, on a real page.</summary>
public class OpWriterSinkTests
{
    [Fact]
    public async Task A_page_opened_with_the_op_writer_leaves_as_binary_batches_one_per_task()
    {
        using var mp = await MiniProgramHarness.StartAsync(MiniProgramHarness.Sample("basic"));
        var batches = new List<byte[]>();
        var channel = await mp.Runtime.Js.InvokeAsync(ctx => OpStreamChannel.Install(ctx, 1 << 16, batches.Add));
        await mp.RunAsync("""
            const { OpWriter } = __sparrowHost.require('../backend/op-writer.js');
            __sparrowHost.useSinkFactory(() => new OpWriter(__sparrow_ops.buffer, __sparrow_ops.control, __sparrow_ops.overflow));
            wx.navigateTo({ url: '/pages/detail/detail?id=7' });
            """);
        await mp.SettleAsync();
        Assert.True(mp.DiagnosticsText().Length == 0, mp.DiagnosticsText());
        Assert.NotEmpty(batches);
        var first = batches[0];
        Assert.Equal("53504f4201", System.Convert.ToHexStringLower(first[..5])); // "SPOB", version 1
        Assert.Equal(1, first[5]); // the connection's first batch resets the name table
        Assert.True(channel.ByteCount > 0);

        var before = batches.Count;
        await mp.RunAsync("getCurrentPages()[1].setData({ id: 8 })");
        await mp.SettleAsync();
        Assert.Equal(before + 1, batches.Count); // one task, one batch
        Assert.Equal(0, batches[^1][5]); // later batches keep the names already sent
        Assert.True(batches[^1].Length < first.Length);
    }
}
