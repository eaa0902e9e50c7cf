using System.Threading.Tasks;
using Sparrow.Script.MiniProgram;
using Xunit;

namespace Sparrow.Script.Tests.MiniProgram;

/// <summary>The screenless wx APIs: system, window, device and app information, launch options, canIUse, nextTick.</summary>
public class WxApiTests
{
    [Fact]
    public async Task System_and_window_info_come_from_the_options()
    {
        using var mp = await MiniProgramHarness.StartAsync(MiniProgramHarness.Sample("basic"), new MiniProgramRuntimeOptions { WindowWidth = 414, WindowHeight = 896, PixelRatio = 3 });
        Assert.Equal("414 896 3 portrait", (await mp.RunAsync("const s = wx.getSystemInfoSync(); `${s.windowWidth} ${s.windowHeight} ${s.pixelRatio} ${s.deviceOrientation}`")).Text);
        Assert.Equal("414 3", (await mp.RunAsync("`${wx.getWindowInfo().screenWidth} ${wx.getWindowInfo().pixelRatio}`")).Text);
        Assert.Equal("linux Sparrow", (await mp.RunAsync("`${wx.getDeviceInfo().platform} ${wx.getDeviceInfo().brand}`")).Text);
        Assert.Equal("3.5.0 zh_CN", (await mp.RunAsync("`${wx.getAppBaseInfo().SDKVersion} ${wx.getAppBaseInfo().language}`")).Text);
        await mp.RunAsync("globalThis.r = null; wx.getSystemInfo({ success: (x) => { r = x.errMsg + ' ' + x.windowWidth; } })");
        Assert.Equal("getSystemInfo:ok 414", (await mp.RunAsync("r")).Text);
        await mp.RunAsync("wx.getSystemInfo().then((x) => { r = 'promise ' + x.errMsg; })");
        Assert.Equal("promise getSystemInfo:ok", (await mp.RunAsync("r")).Text);
    }

    [Fact]
    public async Task Launch_options_name_the_launch_page_query_and_scene()
    {
        using var mp = await MiniProgramHarness.StartAsync(MiniProgramHarness.Sample("basic"), new MiniProgramRuntimeOptions { LaunchPath = "pages/detail/detail?id=5&from=qr", Scene = 1011 });
        Assert.Equal("{\"path\":\"pages/detail/detail\",\"query\":{\"id\":\"5\",\"from\":\"qr\"},\"scene\":1011,\"referrerInfo\":{},\"forwardMaterials\":[],\"apiCategory\":\"default\"}",
            (await mp.RunAsync("JSON.stringify(wx.getLaunchOptionsSync())")).Text);
        Assert.Equal(1011, (await mp.RunAsync("wx.getEnterOptionsSync().scene")).Number);
        Assert.Contains("id=5", await mp.TreeAsync(), System.StringComparison.Ordinal);
        Assert.Equal("touristappid develop", (await mp.RunAsync("const a = wx.getAccountInfoSync().miniProgram; `${a.appId} ${a.envVersion}`")).Text);
    }

    [Fact]
    public async Task CanIUse_answers_for_apis_and_components_we_have()
    {
        using var mp = await MiniProgramHarness.StartAsync(MiniProgramHarness.Sample("basic"));
        Assert.Equal("true true true false false", (await mp.RunAsync("[wx.canIUse('getSystemInfoSync'), wx.canIUse('setStorage.object.key'), wx.canIUse('view'), wx.canIUse('openBluetoothAdapter'), wx.canIUse('')].join(' ')")).Text);
        // Host capabilities, the network and the file system manager exist whether or not the host provides them.
        Assert.True((await mp.RunAsync("['login', 'requestPayment', 'shareAppMessage', 'scanCode', 'getUserProfile', 'getUserInfo', 'chooseImage', 'makePhoneCall', 'setClipboardData', 'getClipboardData', 'request', 'getFileSystemManager', 'FileSystemManager.writeFile', 'RequestTask'].every((n) => wx.canIUse(n))")).AsBoolean);
    }

    [Fact]
    public async Task NextTick_runs_after_the_current_code()
    {
        using var mp = await MiniProgramHarness.StartAsync(MiniProgramHarness.Sample("basic"));
        await mp.RunAsync("globalThis.seq = []; wx.nextTick(() => seq.push('tick')); seq.push('sync');");
        Assert.Equal("sync,tick", (await mp.RunAsync("seq.join(',')")).Text);
    }

    [Fact]
    public async Task App_event_listeners_follow_the_app_hooks_until_removed()
    {
        using var mp = await MiniProgramHarness.StartAsync(MiniProgramHarness.Sample("basic"));
        await mp.RunAsync("""
            const log = getApp().globalData.log;
            globalThis.onHide = () => log.push('listener hide');
            wx.onAppShow((o) => log.push('listener show ' + o.scene));
            wx.onAppHide(onHide);
            wx.onError((m) => log.push('listener error ' + m.split('\n')[0]));
            log.splice(0);
            """);
        await mp.Runtime.HideAsync();
        await mp.Runtime.ShowAsync();
        await mp.RunAsync("wx.offAppHide(onHide); setTimeout(() => { throw new Error('late'); }, 1);");
        await mp.Runtime.HideAsync();
        Assert.Equal(
            ["index.onHide", "card.pageHide", "App.onHide", "listener hide", "App.onShow", "listener show 1001", "index.onShow", "card.pageShow",
             "App.onError Error: late", "listener error Error: late", "index.onHide", "card.pageHide", "App.onHide"],
            await mp.TakeLogAsync());
    }
}
