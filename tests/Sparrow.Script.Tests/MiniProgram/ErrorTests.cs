using System.Linq;
using System.Threading.Tasks;
using Sparrow.Script.MiniProgram;
using Xunit;

namespace Sparrow.Script.Tests.MiniProgram;

/// <summary>Problems in a package's JS and WXML are located diagnostics; the rest of the app keeps working.</summary>
public class ErrorTests
{
    private static readonly (string, string)[] Package =
    [
        ("app.json", """{ "pages": ["pages/a/a", "pages/bad/bad", "pages/broken/broken", "pages/top/top"] }"""),
        ("pages/top/top.wxml", "<view>top {{x}}</view>\n"),
        ("pages/top/top.js", "const helper = require('./missing.js');\nPage({ data: { x: 1 } });\n"),
        ("app.js", "App({ globalData: { errors: [] }, onError(message) { this.globalData.errors.push(message.split('\\n')[0]); } });\n"),
        ("pages/a/a.wxml", "<view class=\"a\">{{text}}</view>\n"),
        ("pages/a/a.js", "Page({ data: { text: 'fine' } });\n"),
        ("pages/bad/bad.wxml", "<view>bad page</view>\n"),
        ("pages/bad/bad.js", "Page({\n  onLoad() {\n    const cfg = undefined;\n    return cfg.missing;\n  },\n});\n"),
        ("pages/broken/broken.wxml", "<view>\n  <text bad=\"{{ }}\"\n"),
        ("pages/broken/broken.js", "Page({});\n"),
    ];

    [Fact]
    public async Task A_throwing_onLoad_reaches_App_onError_and_a_located_diagnostic_and_other_pages_still_work()
    {
        using var mp = await MiniProgramHarness.StartAsync(MiniProgramHarness.WritePackage(Package));
        await mp.RunAsync("wx.navigateTo({ url: '/pages/bad/bad' })");
        Assert.Equal("[\"TypeError: Cannot read properties of undefined (reading 'missing')\"]", (await mp.RunAsync("JSON.stringify(getApp().globalData.errors)")).Text);
        var error = Assert.Single(mp.Errors(), d => d.Code == MiniProgramDiagnosticCodes.AppScriptError);
        Assert.Equal("pages/bad/bad.js", error.Location.File);
        Assert.Equal(4, error.Location.Line);
        Assert.Equal(16, error.Location.Column);
        // The page still rendered its template, and the app keeps routing.
        Assert.Contains("bad page", await mp.TreeAsync(), System.StringComparison.Ordinal);
        await mp.RunAsync("wx.navigateBack()");
        Assert.Contains("fine", await mp.TreeAsync(), System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_wxml_is_a_located_diagnostic_and_other_pages_load()
    {
        using var mp = await MiniProgramHarness.StartAsync(MiniProgramHarness.WritePackage(Package));
        var fatal = Assert.Single(mp.Errors(), d => d.Code == MiniProgramDiagnosticCodes.TemplateError);
        Assert.Equal("pages/broken/broken.wxml:2:3", fatal.Location.ToString());
        Assert.Contains("incomplete tag", fatal.Message, System.StringComparison.Ordinal);
        Assert.Contains(mp.Diagnostics.Snapshot(), d => d.Code == MiniProgramDiagnosticCodes.TemplateWarning && d.Location.File == "pages/broken/broken.wxml");
        Assert.Equal("""{"tag":"wx-page","attr":{},"children":[{"tag":"wx-view","attr":{"class":"a"},"children":["fine"]}]}""", await mp.TreeAsync());
        await mp.RunAsync("wx.navigateTo({ url: '/pages/broken/broken' })");
        Assert.Equal("[\"pages/a/a\",\"pages/broken/broken\"]", await mp.Runtime.PageStackAsync());
    }

    [Fact]
    public async Task An_error_in_a_setData_callback_or_component_lifetime_reaches_App_onError()
    {
        var files = Package.Concat(new[]
        {
            ("pages/a/a.json", """{ "usingComponents": { "boom": "/comp/boom" } }"""),
            ("pages/a/a.wxml", "<view class=\"a\">{{text}}</view><boom />\n"),
            ("comp/boom.json", """{ "component": true }"""),
            ("comp/boom.wxml", "<view>boom</view>\n"),
            ("comp/boom.js", "Component({ lifetimes: { attached() { throw new Error('attached failed'); } } });\n"),
        }).GroupBy(f => f.Item1).Select(g => g.Last()).ToArray();
        using var mp = await MiniProgramHarness.StartAsync(MiniProgramHarness.WritePackage(files));
        await mp.RunAsync("getCurrentPages()[0].setData({ text: 'x' }, () => { throw new RangeError('callback failed'); })");
        Assert.Equal("[\"Error: attached failed\",\"RangeError: callback failed\"]", (await mp.RunAsync("JSON.stringify(getApp().globalData.errors)")).Text);
        Assert.Contains(mp.Errors(), d => d.Code == MiniProgramDiagnosticCodes.AppScriptError && d.Location.File == "comp/boom.js" && d.Location.Line == 1);
        Assert.Contains("x", await mp.TreeAsync(), System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_throwing_timer_callback_and_a_throwing_template_expression_are_reported_and_the_app_keeps_running()
    {
        var files = Package.Concat(new[]
        {
            ("pages/a/a.wxml", "<wxs module=\"w\">module.exports = { f: function (x) { return x.y.z; } };</wxs><view class=\"a\">{{text}}</view><view wx:if=\"{{boom}}\">{{w.f(nothing)}}</view>\n"),
            ("pages/a/a.js", "Page({ data: { text: 'fine', boom: false }, onLoad() { setTimeout(() => { null.x; }, 5); }, onPullDownRefresh() { this.setData({ text: 'still', boom: true }); } });\n"),
        }).GroupBy(f => f.Item1).Select(g => g.Last()).ToArray();
        using var mp = await MiniProgramHarness.StartAsync(MiniProgramHarness.WritePackage(files));
        await mp.Runtime.Js.AdvanceTimeAsync(System.TimeSpan.FromMilliseconds(10));
        Assert.Equal("[\"TypeError: Cannot read properties of null (reading 'x')\"]", (await mp.RunAsync("JSON.stringify(getApp().globalData.errors)")).Text);
        Assert.Contains(mp.Errors(), d => d.Code == MiniProgramDiagnosticCodes.AppScriptError && d.Location.File == "pages/a/a.js");
        // The WXS function throws while rendering: the error surfaces from setData inside the hook.
        await mp.Runtime.TriggerPageEventAsync("onPullDownRefresh");
        await mp.SettleAsync();
        Assert.Contains("TypeError: Cannot read properties of undefined (reading 'y')", (await mp.RunAsync("getApp().globalData.errors[1]")).Text, System.StringComparison.Ordinal);
        Assert.Contains(mp.Errors(), d => d.Code == MiniProgramDiagnosticCodes.AppScriptError && d.Location.File == "pages/a/a.js" && d.Message.Contains("(in pages/a/a.onPullDownRefresh)", System.StringComparison.Ordinal));
        Assert.Contains("still", await mp.TreeAsync(), System.StringComparison.Ordinal);
        await mp.RunAsync("wx.navigateTo({ url: '/pages/bad/bad' })");
        Assert.Equal(2, (await mp.RunAsync("getCurrentPages().length")).Number);
    }

    [Fact]
    public async Task A_page_whose_js_fails_to_load_still_opens_with_its_template()
    {
        using var mp = await MiniProgramHarness.StartAsync(MiniProgramHarness.WritePackage(Package));
        await mp.RunAsync("wx.navigateTo({ url: '/pages/top/top' })");
        Assert.Contains("Cannot find module './missing.js'", (await mp.RunAsync("getApp().globalData.errors[0]")).Text, System.StringComparison.Ordinal);
        Assert.Contains(mp.Errors(), d => d.Code == MiniProgramDiagnosticCodes.AppScriptError && d.Location.ToString() == "pages/top/top.js:1:16");
        Assert.Equal("""{"tag":"wx-page","attr":{},"children":[{"tag":"wx-view","attr":{},"children":["top "]}]}""", await mp.TreeAsync());
    }

    [Fact]
    public async Task A_glass_easel_warning_is_a_warning_diagnostic_naming_the_component()
    {
        using var mp = await MiniProgramHarness.StartAsync(MiniProgramHarness.Sample("basic"));
        await mp.RunAsync("getCurrentPages()[0].setData({ items: 'ab' })");
        // Both characters of 'ab' lack the `id` wx:key names, so glass-easel also warns about keys.
        Assert.Equal(
            ["Use string as for-list is generally for testing. Each character is treated as an item. (in pages/index/index)", "Some keys are not unique while list updates: \"\". (in pages/index/index)"],
            mp.Diagnostics.Snapshot().Where(d => d.Code == MiniProgramDiagnosticCodes.FrameworkWarning).Select(d => d.Message));
        Assert.Empty(mp.Errors());
    }

    [Fact]
    public async Task A_wxs_syntax_error_is_located_and_the_other_templates_still_work()
    {
        var files = Package.Concat(new[]
        {
            ("utils/bad.wxs", "module.exports = {\n  f: function ( {\n};\n"),
            ("pages/a/a.wxml", "<wxs module=\"b\" src=\"/utils/bad.wxs\" />\n<wxs module=\"i\">\nvar x = ;\nmodule.exports = { x: x };\n</wxs>\n<view class=\"a\">{{text}}</view>\n"),
        }).GroupBy(f => f.Item1).Select(g => g.Last()).ToArray();
        using var mp = await MiniProgramHarness.StartAsync(MiniProgramHarness.WritePackage(files));
        var wxs = mp.Errors().Where(d => d.Message.Contains("WXS SyntaxError", System.StringComparison.Ordinal)).Select(d => d.Location.File + ":" + d.Location.Line).ToArray();
        // V8 stops at the ";" on line 3 of each (the "{" of the first opens a destructuring pattern).
        Assert.Equal(["pages/a/a.wxml:3", "utils/bad.wxs:3"], wxs.Order().ToArray());
        Assert.Contains("fine", await mp.TreeAsync(), System.StringComparison.Ordinal);
    }
}
