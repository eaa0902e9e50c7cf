using System.Threading.Tasks;
using Xunit;

namespace Sparrow.Script.Tests.MiniProgram;

/// <summary>The page stack's rules and WeChat's error messages, and the navigateTo EventChannel.</summary>
public class RoutingTests
{
    [Fact]
    public async Task The_stack_holds_at_most_ten_pages()
    {
        using var mp = await MiniProgramHarness.StartAsync(MiniProgramHarness.Sample("basic"));
        await mp.RunAsync("""
            globalThis.results = [];
            for (let i = 1; i <= 10; i++) {
              wx.navigateTo({ url: '/pages/detail/detail?id=' + i, success: (r) => results.push(r.errMsg), fail: (r) => results.push(r.errMsg) });
            }
            """);
        Assert.Equal(
            "[\"navigateTo:ok\",\"navigateTo:ok\",\"navigateTo:ok\",\"navigateTo:ok\",\"navigateTo:ok\",\"navigateTo:ok\",\"navigateTo:ok\",\"navigateTo:ok\",\"navigateTo:ok\",\"navigateTo:fail webview count limit exceed\"]",
            (await mp.RunAsync("JSON.stringify(results)")).Text);
        Assert.Equal(10, (await mp.RunAsync("getCurrentPages().length")).Number);
        await mp.RunAsync("wx.navigateBack({ delta: 20 })");
        Assert.Equal("[\"pages/index/index\"]", await mp.Runtime.PageStackAsync());
    }

    [Theory]
    [InlineData("navigateTo({ url: '/pages/nope/nope' })", "navigateTo:fail page \"pages/nope/nope\" is not found")]
    [InlineData("navigateTo({ url: '/pages/tab2/tab2' })", "navigateTo:fail can not navigateTo a tabbar page")]
    [InlineData("redirectTo({ url: '/pages/tab2/tab2' })", "redirectTo:fail can not redirectTo a tabbar page")]
    [InlineData("switchTab({ url: '/pages/detail/detail' })", "switchTab:fail can not switch to no-tabBar page")]
    [InlineData("navigateBack({})", "navigateBack:fail cannot navigate back at first page.")]
    public async Task Refused_routes_fail_with_wechat_messages_through_the_promise(string call, string errMsg)
    {
        using var mp = await MiniProgramHarness.StartAsync(MiniProgramHarness.Sample("basic"));
        await mp.RunAsync("wx." + call + ".then(() => { globalThis.outcome = 'resolved'; }, (e) => { globalThis.outcome = e.errMsg; })");
        Assert.Equal(errMsg, (await mp.RunAsync("outcome")).Text);
        Assert.Equal("[\"pages/index/index\"]", await mp.Runtime.PageStackAsync());
    }

    [Fact]
    public async Task The_event_channel_carries_events_both_ways()
    {
        using var mp = await MiniProgramHarness.StartAsync(MiniProgramHarness.Sample("basic"));
        await mp.RunAsync("""
            globalThis.got = [];
            wx.navigateTo({
              url: '/pages/detail/detail?id=3',
              events: {
                opened: (d) => got.push('opened ' + d.route),
                pong: (d) => got.push('pong ' + d.echo),
              },
              success: (res) => { got.push(res.errMsg); res.eventChannel.emit('ping', { n: 41 }); },
            });
            """);
        Assert.Equal("[\"opened pages/detail/detail\",\"navigateTo:ok\",\"pong 42\"]", (await mp.RunAsync("JSON.stringify(got)")).Text);
    }

    [Fact]
    public async Task Routing_waits_for_the_calling_code_to_finish()
    {
        using var mp = await MiniProgramHarness.StartAsync(MiniProgramHarness.Sample("basic"));
        await mp.TakeLogAsync();
        await mp.RunAsync("wx.navigateTo({ url: '/pages/detail/detail' }); getApp().globalData.log.push('caller done');");
        Assert.Equal("caller done", (await mp.TakeLogAsync())[0]);
    }
}
