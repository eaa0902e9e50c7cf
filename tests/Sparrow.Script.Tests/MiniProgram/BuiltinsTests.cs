using System.Threading.Tasks;
using Xunit;

namespace Sparrow.Script.Tests.MiniProgram;

/// <summary>
/// The base library's built-in form components (src/framework/lib/builtins): a tap on a control
/// or its label changes its state and fires the group's or control's change event.
/// </summary>
public class BuiltinsTests
{
    private const string Wxml = """
        <checkbox-group bindchange="log"><label id="la"><checkbox value="a"/>A</label><checkbox id="cb" value="b" checked>B</checkbox></checkbox-group>
        <radio-group bindchange="log"><radio id="r1" value="x" checked/><radio id="r2" value="y"/></radio-group>
        <switch id="sw" bindchange="log"/>
        """;

    private const string PageJs = """
        Page({ log(e) { globalThis.__seen = (globalThis.__seen || []).concat(e.type + ' ' + JSON.stringify(e.detail)); } });
        """;

    private static async Task<int> HandleAsync(MiniProgramHarness mp, string id) =>
        (int)(await mp.RunAsync($"[...__sparrowHost.currentSink().nodes.values()].find((n) => n.id && n.id.endsWith('{id}')).handle")).Number;

    [Fact]
    public async Task Taps_toggle_controls_and_groups_report_their_values()
    {
        using var mp = await MiniProgramHarness.StartAsync(MiniProgramHarness.WritePackage(
            ("app.json", """{ "pages": ["pages/index/index"] }"""),
            ("app.js", "App({});"),
            ("pages/index/index.wxml", Wxml),
            ("pages/index/index.js", PageJs)));
        Assert.True(await mp.Runtime.DispatchEventAsync(await HandleAsync(mp, "la"), "tap"));
        Assert.True(await mp.Runtime.DispatchEventAsync(await HandleAsync(mp, "cb"), "tap"));
        Assert.True(await mp.Runtime.DispatchEventAsync(await HandleAsync(mp, "r2"), "tap"));
        Assert.True(await mp.Runtime.DispatchEventAsync(await HandleAsync(mp, "sw"), "tap"));
        await mp.SettleAsync();
        Assert.Equal(
            """["change {\"value\":[\"a\",\"b\"]}","change {\"value\":[\"a\"]}","change {\"value\":\"y\"}","change {\"value\":true}"]""",
            (await mp.RunAsync("JSON.stringify(globalThis.__seen)")).Text);
        var tree = await mp.TreeAsync();
        Assert.Contains("\"tag\":\"wx-switch\",\"attr\":{\"id\":\"sw\",\"checked\":true}", tree.Replace(" ", string.Empty).Replace("\n", string.Empty).Replace("\r", string.Empty), System.StringComparison.Ordinal);
        Assert.Empty(mp.Errors());
    }

    [Fact]
    public async Task A_tap_on_a_checkbox_inside_a_label_toggles_it_once()
    {
        using var mp = await MiniProgramHarness.StartAsync(MiniProgramHarness.WritePackage(
            ("app.json", """{ "pages": ["pages/index/index"] }"""),
            ("app.js", "App({});"),
            ("pages/index/index.wxml", """<checkbox-group bindchange="log"><label><checkbox id="inner" value="p"/>P</label></checkbox-group>"""),
            ("pages/index/index.js", PageJs)));
        Assert.True(await mp.Runtime.DispatchEventAsync(await HandleAsync(mp, "inner"), "tap"));
        await mp.SettleAsync();
        Assert.Equal("""["change {\"value\":[\"p\"]}"]""", (await mp.RunAsync("JSON.stringify(globalThis.__seen)")).Text);
        Assert.Empty(mp.Errors());
    }

    [Fact]
    public async Task Form_reset_puts_controls_back_to_the_values_the_template_gave_them()
    {
        using var mp = await MiniProgramHarness.StartAsync(MiniProgramHarness.WritePackage(
            ("app.json", """{ "pages": ["pages/index/index"] }"""),
            ("app.js", "App({});"),
            ("pages/index/index.wxml", """
                <form bindsubmit="log" bindreset="log">
                  <checkbox-group name="c"><checkbox id="c1" value="a" checked/><checkbox id="c2" value="b"/></checkbox-group>
                  <radio-group name="r"><radio id="r1" value="x"/><radio id="r2" value="y" checked/></radio-group>
                  <switch id="sw" name="s" checked/>
                  <button id="reset" form-type="reset">R</button><button id="submit" form-type="submit">S</button>
                </form>
                """),
            ("pages/index/index.js", PageJs)));
        foreach (var id in new[] { "c1", "c2", "r1", "sw", "submit", "reset", "submit" })
        {
            Assert.True(await mp.Runtime.DispatchEventAsync(await HandleAsync(mp, id), "tap"));
        }

        await mp.SettleAsync();
        Assert.Equal(
            """["submit {\"value\":{\"c\":[\"b\"],\"r\":\"x\",\"s\":false}}","reset {}","submit {\"value\":{\"c\":[\"a\"],\"r\":\"y\",\"s\":true}}"]""",
            (await mp.RunAsync("JSON.stringify(globalThis.__seen)")).Text);
        Assert.Empty(mp.Errors());
    }
}
