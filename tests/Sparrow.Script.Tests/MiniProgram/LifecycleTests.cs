using System.Threading.Tasks;
using Xunit;

namespace Sparrow.Script.Tests.MiniProgram;

/// <summary>
/// App, page and component hooks in WeChat's order (its "page routing" table): the page being
/// left hides (navigateTo, switchTab) or unloads (redirectTo, navigateBack, reLaunch) before the
/// entered page loads and shows; onReady follows the first render.
/// </summary>
public class LifecycleTests
{
    [Fact]
    public async Task Launch_runs_app_hooks_then_the_entry_page()
    {
        using var mp = await MiniProgramHarness.StartAsync(MiniProgramHarness.Sample("basic"));
        Assert.Equal(
            ["App.onLaunch pages/index/index", "App.onShow", "card.attached", "index.onLoad {}", "index.onShow", "card.pageShow", "card.ready", "index.onReady"],
            await mp.TakeLogAsync());
    }

    [Fact]
    public async Task NavigateTo_then_navigateBack()
    {
        using var mp = await MiniProgramHarness.StartAsync(MiniProgramHarness.Sample("basic"));
        await mp.TakeLogAsync();
        await mp.RunAsync("wx.navigateTo({ url: '../detail/detail?id=7' })");
        Assert.Equal(["index.onHide", "card.pageHide", "detail.onLoad {\"id\":\"7\"}", "detail.onShow", "detail.onReady"], await mp.TakeLogAsync());
        Assert.Equal("[\"pages/index/index\",\"pages/detail/detail\"]", await mp.Runtime.PageStackAsync());
        Assert.Contains("id=7", await mp.TreeAsync(), System.StringComparison.Ordinal);
        await mp.RunAsync("wx.navigateBack()");
        Assert.Equal(["detail.onUnload", "index.onShow", "card.pageShow"], await mp.TakeLogAsync());
        Assert.Equal("[\"pages/index/index\"]", await mp.Runtime.PageStackAsync());
    }

    [Fact]
    public async Task RedirectTo_unloads_the_current_page_first()
    {
        using var mp = await MiniProgramHarness.StartAsync(MiniProgramHarness.Sample("basic"));
        await mp.RunAsync("wx.navigateTo({ url: '/pages/detail/detail?id=1' })");
        await mp.TakeLogAsync();
        await mp.RunAsync("wx.redirectTo({ url: '/pages/detail/detail?id=2' })");
        Assert.Equal(["detail.onUnload", "detail.onLoad {\"id\":\"2\"}", "detail.onShow", "detail.onReady"], await mp.TakeLogAsync());
        Assert.Equal("[\"pages/index/index\",\"pages/detail/detail\"]", await mp.Runtime.PageStackAsync());
    }

    [Fact]
    public async Task SwitchTab_unloads_other_pages_and_keeps_tab_pages_alive()
    {
        using var mp = await MiniProgramHarness.StartAsync(MiniProgramHarness.Sample("basic"));
        await mp.RunAsync("wx.navigateTo({ url: '/pages/detail/detail' })");
        await mp.TakeLogAsync();
        await mp.RunAsync("wx.switchTab({ url: '/pages/tab2/tab2' })");
        Assert.Equal(["detail.onUnload", "tab2.onLoad {}", "tab2.onShow", "tab2.onReady"], await mp.TakeLogAsync());
        Assert.Equal("[\"pages/tab2/tab2\"]", await mp.Runtime.PageStackAsync());
        await mp.RunAsync("wx.switchTab({ url: '/pages/index/index' })");
        // index was kept alive: no second onLoad.
        Assert.Equal(["tab2.onHide", "index.onShow", "card.pageShow"], await mp.TakeLogAsync());
    }

    [Fact]
    public async Task ReLaunch_unloads_everything_including_kept_tab_pages()
    {
        using var mp = await MiniProgramHarness.StartAsync(MiniProgramHarness.Sample("basic"));
        await mp.RunAsync("wx.switchTab({ url: '/pages/tab2/tab2' })");
        await mp.RunAsync("wx.switchTab({ url: '/pages/index/index' })");
        await mp.TakeLogAsync();
        await mp.RunAsync("wx.reLaunch({ url: '/pages/detail/detail?id=9' })");
        Assert.Equal(["index.onUnload", "tab2.onUnload", "detail.onLoad {\"id\":\"9\"}", "detail.onShow", "detail.onReady"], await mp.TakeLogAsync());
        Assert.Equal("[\"pages/detail/detail\"]", await mp.Runtime.PageStackAsync());
    }

    [Fact]
    public async Task The_host_drives_app_hide_and_show_and_page_events()
    {
        using var mp = await MiniProgramHarness.StartAsync(MiniProgramHarness.Sample("basic"));
        await mp.TakeLogAsync();
        await mp.Runtime.HideAsync();
        await mp.Runtime.ShowAsync();
        Assert.Equal(["index.onHide", "card.pageHide", "App.onHide", "App.onShow", "index.onShow", "card.pageShow"], await mp.TakeLogAsync());
        await mp.RunAsync("getCurrentPages()[0].onShareAppMessage = function (o) { return { title: 'shared from ' + o.from }; }");
        var share = await mp.Runtime.TriggerPageEventAsync("onShareAppMessage", "{\"from\":\"menu\"}");
        Assert.Equal("{\"title\":\"shared from menu\"}", share.Text);
    }
}
