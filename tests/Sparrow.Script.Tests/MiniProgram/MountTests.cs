using System.Threading.Tasks;
using Xunit;

namespace Sparrow.Script.Tests.MiniProgram;

/// <summary>Opening a page: WXML compiled in our V8, glass-easel building the tree through our backend.</summary>
public class MountTests
{
    private const string BasicIndexTree =
        """{"tag":"wx-page","attr":{},"children":[""" +
        """{"tag":"wx-view","attr":{"id":"list","class":"list light"},"children":[""" +
        """{"tag":"wx-view","attr":{"class":"item","data-id":1},"children":["0. tea ¥3.50"]},""" +
        """{"tag":"wx-view","attr":{"class":"item","data-id":2},"children":["1. cake ¥12.00"]}]},""" +
        """{"tag":"wx-view","attr":{"class":"vip"},"children":["VIP 6"]},""" +
        """{"tag":"wx-card","attr":{},"children":[{"tag":"wx-view","attr":{"class":"card"},"children":[""" +
        """{"tag":"wx-view","attr":{"class":"card-title"},"children":["Hello"]},""" +
        """{"tag":"wx-text","attr":{},"children":["inside the slot"]}]}]}]}""";

    [Fact]
    public async Task The_basic_sample_mounts_with_for_if_bindings_component_slot_and_wxs()
    {
        using var mp = await MiniProgramHarness.StartAsync(MiniProgramHarness.Sample("basic"));
        Assert.True(mp.DiagnosticsText().Length == 0, mp.DiagnosticsText());
        Assert.Equal(BasicIndexTree, await mp.TreeAsync());
    }

    [Fact]
    public async Task SetData_with_path_keys_rerenders_and_then_calls_back()
    {
        using var mp = await MiniProgramHarness.StartAsync(MiniProgramHarness.Sample("basic"));
        await mp.TakeLogAsync();
        await mp.RunAsync("""
            const page = getCurrentPages()[0];
            page.setData({ 'items[1].name': 'pie', 'user.vip': false, theme: 'dark' }, () => getApp().globalData.log.push('callback ' + page.data.items[1].name));
            getApp().globalData.log.push('after setData');
            """);
        Assert.Equal(["after setData", "callback pie"], await mp.TakeLogAsync());
        var tree = await mp.TreeAsync();
        Assert.Contains("\"1. pie ¥12.00\"", tree, System.StringComparison.Ordinal);
        Assert.Contains("{\"tag\":\"wx-view\",\"attr\":{\"class\":\"plain\"},\"children\":[\"Guest\"]}", tree, System.StringComparison.Ordinal);
        Assert.Contains("\"class\":\"list dark\"", tree, System.StringComparison.Ordinal);
        Assert.DoesNotContain("VIP", tree, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wx_for_list_grows_and_shrinks_in_place()
    {
        using var mp = await MiniProgramHarness.StartAsync(MiniProgramHarness.Sample("basic"));
        await mp.RunAsync("getCurrentPages()[0].setData({ items: [{ id: 3, name: 'a', cents: 1 }, { id: 1, name: 'tea', cents: 350 }, { id: 4, name: 'b', cents: 2 }] })");
        var tree = await mp.TreeAsync();
        Assert.Contains("[\"0. a ¥0.01\"]},{\"tag\":\"wx-view\",\"attr\":{\"class\":\"item\",\"data-id\":1},\"children\":[\"1. tea ¥3.50\"]},{\"tag\":\"wx-view\",\"attr\":{\"class\":\"item\",\"data-id\":4},\"children\":[\"2. b ¥0.02\"]}", tree, System.StringComparison.Ordinal);
        await mp.RunAsync("getCurrentPages()[0].setData({ items: [] })");
        Assert.Contains("{\"tag\":\"wx-view\",\"attr\":{\"id\":\"list\",\"class\":\"list light\"},\"children\":[]}", await mp.TreeAsync(), System.StringComparison.Ordinal);
        // The recording sink checks every protocol call against its tree; none was out of place.
        Assert.Equal("[]", (await mp.RunAsync("JSON.stringify(__sparrowHost.currentSink().problems)")).Text);
    }

    [Fact]
    public async Task The_build_puts_the_framework_next_to_the_application_and_the_runtime_uses_it()
    {
        using var mp = await MiniProgramHarness.StartAsync(MiniProgramHarness.Sample("basic"));
        var expected = System.IO.Path.Combine(System.AppContext.BaseDirectory, "framework");
        Assert.Equal(expected, mp.Runtime.FrameworkDirectory);
        Assert.True(System.IO.File.Exists(System.IO.Path.Combine(expected, "node_modules", "glass-easel", "LICENSE")));
    }
}
