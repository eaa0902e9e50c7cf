using System.Threading.Tasks;
using Xunit;

namespace Sparrow.Script.Tests.MiniProgram;

/// <summary>Behavior(), Component() as a page, and App.onPageNotFound.</summary>
public class ComponentTests
{
    private static string Package() => MiniProgramHarness.WritePackage(
        ("app.json", """{ "pages": ["pages/list/list", "pages/comp/comp"] }"""),
        ("app.js", "App({ globalData: { log: [] }, onPageNotFound(res) { this.globalData.log.push('notFound ' + res.path + ' ' + res.isEntryPage); } });\n"),
        ("behaviors/counted.js", """
            module.exports = Behavior({
              data: { count: 0 },
              methods: { bump() { this.setData({ count: this.data.count + 1 }); } },
              lifetimes: { attached() { getApp().globalData.log.push('behavior attached ' + this.is); } },
            });
            """),
        ("pages/list/list.json", """{ "usingComponents": { "counter": "../../components/counter/counter" } }"""),
        ("pages/list/list.wxml", "<counter id=\"c\" label=\"n\" />\n"),
        ("pages/list/list.js", "Page({ onReady() { this.selectComponent('#c').bump(); } });\n"),
        ("components/counter/counter.json", """{ "component": true }"""),
        ("components/counter/counter.wxml", "<text>{{label}}={{count}}</text>\n"),
        ("components/counter/counter.js", """
            const counted = require('../../behaviors/counted.js');
            Component({ behaviors: [counted], properties: { label: String } });
            """),
        ("pages/comp/comp.wxml", "<view>{{id}}:{{greeting}}</view>\n"),
        ("pages/comp/comp.js", """
            Component({
              properties: { id: String },
              data: { greeting: '' },
              methods: { onLoad(query) { this.setData({ greeting: 'hi ' + query.id }); } },
            });
            """));

    [Fact]
    public async Task A_behavior_from_a_shared_module_adds_data_methods_and_lifetimes()
    {
        using var mp = await MiniProgramHarness.StartAsync(Package());
        Assert.True(mp.Errors().Count == 0, mp.DiagnosticsText());
        Assert.Equal("""{"tag":"wx-page","attr":{},"children":[{"tag":"wx-counter","attr":{"id":"c"},"children":[{"tag":"wx-text","attr":{},"children":["n=1"]}]}]}""", await mp.TreeAsync());
        Assert.Equal(["behavior attached components/counter/counter"], await mp.TakeLogAsync());
    }

    [Fact]
    public async Task A_component_can_be_a_page_with_query_properties_and_method_hooks()
    {
        using var mp = await MiniProgramHarness.StartAsync(Package());
        await mp.RunAsync("wx.navigateTo({ url: '/pages/comp/comp?id=42' })");
        Assert.Equal("""{"tag":"wx-page","attr":{},"children":[{"tag":"wx-view","attr":{},"children":["42:hi 42"]}]}""", await mp.TreeAsync());
    }

    [Fact]
    public async Task An_unknown_launch_page_calls_onPageNotFound_and_opens_the_entry_page()
    {
        using var mp = await MiniProgramHarness.StartAsync(Package(), new Sparrow.Script.MiniProgram.MiniProgramRuntimeOptions { LaunchPath = "pages/gone/gone" });
        Assert.Equal(["notFound pages/gone/gone true", "behavior attached components/counter/counter"], await mp.TakeLogAsync());
        Assert.Equal("[\"pages/list/list\"]", await mp.Runtime.PageStackAsync());
    }

    [Fact]
    public async Task A_subpackage_page_and_its_component_open_by_route()
    {
        var package = MiniProgramHarness.WritePackage(
            ("app.json", """{ "pages": ["pages/home/home"], "subpackages": [{ "root": "shop", "pages": ["pages/cart/cart"] }] }"""),
            ("pages/home/home.wxml", "<view>home</view>\n"),
            ("pages/home/home.js", "Page({});\n"),
            ("shop/pages/cart/cart.json", """{ "usingComponents": { "line": "../../components/line/line" } }"""),
            ("shop/pages/cart/cart.wxml", "<line wx:for=\"{{rows}}\" wx:key=\"*this\" name=\"{{item}}\" />\n"),
            ("shop/pages/cart/cart.js", "Page({ data: { rows: ['tea', 'cake'] } });\n"),
            ("shop/components/line/line.json", """{ "component": true }"""),
            ("shop/components/line/line.wxml", "<text>{{name}}</text>\n"),
            ("shop/components/line/line.js", "Component({ properties: { name: String } });\n"));
        using var mp = await MiniProgramHarness.StartAsync(package);
        await mp.RunAsync("wx.navigateTo({ url: '/shop/pages/cart/cart' })");
        Assert.True(mp.Diagnostics.Snapshot().Count == 0, mp.DiagnosticsText());
        Assert.Equal(
            """{"tag":"wx-page","attr":{},"children":[{"tag":"wx-line","attr":{},"children":[{"tag":"wx-text","attr":{},"children":["tea"]}]},{"tag":"wx-line","attr":{},"children":[{"tag":"wx-text","attr":{},"children":["cake"]}]}]}""",
            await mp.TreeAsync());
    }
}
