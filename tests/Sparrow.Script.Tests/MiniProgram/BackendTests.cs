using System.Threading.Tasks;
using Xunit;

namespace Sparrow.Script.Tests.MiniProgram;

/// <summary>The backend seam: glass-easel's composed protocol reaches one sink object as calls with numeric handles.</summary>
public class BackendTests
{
    [Fact]
    public async Task A_page_reaches_its_sink_as_numbered_protocol_calls()
    {
        using var mp = await MiniProgramHarness.StartAsync(MiniProgramHarness.Sample("basic"));
        await mp.RunAsync("""
            globalThis.calls = [];
            __sparrowHost.useSinkFactory(() => new Proxy({}, {
              get: (_, op) => (...args) => { calls.push(`${String(op)}(${args.map((a) => a === undefined ? '-' : JSON.stringify(a)).join(',')})`); return 0; },
            }));
            wx.navigateTo({ url: '/pages/detail/detail?id=1' });
            """);
        // Handle 1 is the page root; 6, the fragment's handle, is reused after its release.
        Assert.Equal(
            """
            createElement(2,"wx-x","page")
            setStyleScope(2,0,-,-)
            createElement(3,"view","view")
            setStyleScope(3,2,-,-)
            addClass(3,"detail",2)
            setListenerStats(3,"tap",false,0)
            setDataset(3,"k","v")
            createElement(4,"text","text")
            setStyleScope(4,2,-,-)
            createText(5,"id=")
            appendChild(4,5)
            appendChild(3,4)
            createFragment(6)
            appendChild(6,3)
            spliceAppend(2,6)
            release(6)
            createElement(6,"wx-x","wx-x")
            appendChild(1,6)
            replaceChild(1,2,6)
            setText(5,"id=1")
            """.ReplaceLineEndings("\n"),
            (await mp.RunAsync("calls.join('\\n')")).Text);
    }

    [Fact]
    public async Task A_tap_at_a_handle_runs_the_bindtap_handler_and_rerenders()
    {
        using var mp = await MiniProgramHarness.StartAsync(MiniProgramHarness.Sample("basic"));
        await mp.RunAsync("wx.navigateTo({ url: '/pages/detail/detail?id=5' })");
        await mp.TakeLogAsync();
        // Tap the text inside the view: the event bubbles to the view's bindtap.
        var text = (int)(await mp.RunAsync("[...__sparrowHost.currentSink().nodes.values()].find((n) => n.tag === 'text').handle")).Number;
        Assert.True(await mp.Runtime.DispatchEventAsync(text, "tap", "{\"x\":1,\"y\":2}"));
        await mp.SettleAsync();
        Assert.Equal(["detail.onTap tap v"], await mp.TakeLogAsync());
        Assert.Contains("id=5!", await mp.TreeAsync(), System.StringComparison.Ordinal);
        Assert.False(await mp.Runtime.DispatchEventAsync(9999, "tap"));
    }

    [Fact]
    public async Task On_a_virtual_clock_two_runs_send_the_same_calls_ids_included()
    {
        async Task<string> RunOnce()
        {
            using var mp = await MiniProgramHarness.StartAsync(MiniProgramHarness.Sample("basic"));
            return (await mp.RunAsync("JSON.stringify([...__sparrowHost.currentSink().nodes.values()].map((n) => [n.handle, n.tag, n.id, n.styleScope]))")).Text!;
        }

        var first = await RunOnce();
        Assert.Contains("--list", first, System.StringComparison.Ordinal);
        Assert.Equal(first, await RunOnce());
    }
}
