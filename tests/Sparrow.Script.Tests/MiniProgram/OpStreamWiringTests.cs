using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Sparrow.Script.MiniProgram;
using Xunit;

namespace Sparrow.Script.Tests.MiniProgram;

/// <summary>
/// The runtime's op stream (<see cref="MiniProgramRuntimeOptions.OnOpBatch"/>) and page events
/// (<see cref="MiniProgramRuntimeOptions.OnPage"/>): one connection per page, batches and events
/// in the order they happened, stylesheets first. Decoding the batches into a node store and
/// comparing trees is Sparrow.Host.Tests' OpStreamWiringTests (Script may not see the render side).
/// </summary>
public class OpStreamWiringTests
{
    private const byte AppendStyleSheet = 0x41;

    /// <summary>App, page and component WXSS; a second page without any.</summary>
    internal static string Package() => MiniProgramHarness.WritePackage(
        ("app.json", """{ "pages": ["pages/home/home", "pages/other/other"] }"""),
        ("app.js", "App({});\n"),
        ("app.wxss", ".title { color: red; }\n"),
        ("pages/home/home.json", """{ "usingComponents": { "badge": "/components/badge/badge" } }"""),
        ("pages/home/home.wxml", """
            <view class="title {{size}}" id="head" data-kind="greeting" style="margin: 1px">{{title}}</view>
            <badge label="{{count}}" />
            <text>{{note}}</text>
            """),
        ("pages/home/home.wxss", ".big { font-size: 20px; }\n"),
        ("pages/home/home.js", "Page({ data: { title: 'Hello', size: 'big', count: 1, note: 'n' } });\n"),
        ("components/badge/badge.json", """{ "component": true }"""),
        ("components/badge/badge.wxml", "<view class=\"badge\">{{label}}</view>\n"),
        ("components/badge/badge.wxss", ".badge { color: blue; }\n"),
        ("components/badge/badge.js", "Component({ properties: { label: Number } });\n"),
        ("pages/other/other.wxml", "<view class=\"other\">{{text}}</view>\n"),
        ("pages/other/other.js", "Page({ data: { text: 'x' } });\n"));

    /// <summary>What the host was told, in order: "batch 1" or "opened 1 pages/home/home".</summary>
    private sealed class Outbox
    {
        public List<string> Log { get; } = [];

        public List<PageOpBatch> Batches { get; } = [];

        public MiniProgramRuntimeOptions Options(bool batches = true, bool events = true) => new()
        {
            OnOpBatch = batches ? b => { Batches.Add(b); Log.Add($"batch {b.PageId}"); } : null,
            OnPage = events ? e => Log.Add($"{e.Kind.ToString().ToLowerInvariant()} {e.PageId} {e.Route}") : null,
        };

        public string[] Take()
        {
            var taken = Log.ToArray();
            Log.Clear();
            return taken;
        }
    }

    [Fact]
    public async Task Each_page_is_a_connection_whose_batches_and_events_arrive_in_order()
    {
        var outbox = new Outbox();
        using var mp = await MiniProgramHarness.StartAsync(Package(), outbox.Options());
        Assert.True(mp.Diagnostics.Snapshot().Count == 0, mp.DiagnosticsText());
        Assert.Equal(["opened 1 pages/home/home", "shown 1 pages/home/home", "batch 1"], outbox.Take());
        Assert.Equal(1, (await mp.RunAsync("getCurrentPages()[0].__wxWebviewId__")).Number);
        var first = outbox.Batches[0].Bytes;
        Assert.Equal("53504f4201", System.Convert.ToHexStringLower(first[..5])); // "SPOB", version 1
        Assert.Equal(1, first[5]); // a connection's first batch resets the name table

        await mp.RunAsync("wx.navigateTo({ url: '/pages/other/other' })");
        Assert.Equal(["hidden 1 pages/home/home", "opened 2 pages/other/other", "shown 2 pages/other/other", "batch 2"], outbox.Take());
        Assert.Equal(1, outbox.Batches[^1].Bytes[5]); // page 2 has names of its own

        // One task, two pages: one batch each, in the order they were written.
        await mp.RunAsync("const [a, b] = getCurrentPages(); b.setData({ text: 'y' }); a.setData({ note: 'm' }); b.setData({ text: 'z' });");
        Assert.Equal(["batch 2", "batch 1", "batch 2"], outbox.Take());
        Assert.All(outbox.Batches.TakeLast(3), b => Assert.Equal(0, b.Bytes[5])); // names already sent stay

        // Closing a page cuts its pending records first: nothing of it comes after Closed.
        await mp.RunAsync("getCurrentPages()[1].onUnload = function () { this.setData({ text: 'bye' }); }; wx.navigateBack();");
        Assert.Equal(["batch 2", "closed 2 pages/other/other", "shown 1 pages/home/home"], outbox.Take());
        Assert.True(mp.Diagnostics.Snapshot().Count == 0, mp.DiagnosticsText());
    }

    [Fact]
    public async Task A_page_sends_its_stylesheets_paths_only_before_its_nodes_each_with_the_scope_its_classes_use()
    {
        var outbox = new Outbox();
        using var mp = await MiniProgramHarness.StartAsync(Package(), outbox.Options(events: false));
        Assert.True(mp.Diagnostics.Snapshot().Count == 0, mp.DiagnosticsText());
        var sink = "__sparrowHost.currentSink()";
        var sheets = JsonDocument.Parse((await mp.RunAsync($"JSON.stringify({sink}.styleSheets)")).Text!).RootElement
            .EnumerateArray().Select(s => (Path: s.GetProperty("path").GetString(), Scope: s.GetProperty("scope").GetInt32())).ToArray();
        var pageScope = (int)(await mp.RunAsync($"[...{sink}.nodes.values()].find((n) => n.id.endsWith('head')).classes[0][1]")).Number;
        var badgeScope = (int)(await mp.RunAsync($"[...{sink}.nodes.values()].find((n) => n.classes.some(([c]) => c === 'badge')).classes[0][1]")).Number;
        Assert.NotEqual(pageScope, badgeScope);
        // A page's styles are shared with app.wxss (WeChat's default page isolation); a component is isolated.
        Assert.Equal([("/app.wxss", pageScope), ("/components/badge/badge.wxss", badgeScope), ("/pages/home/home.wxss", pageScope)], sheets);

        // In the stream: three AppendStyleSheet records first, carrying paths, not file contents.
        var batch = outbox.Batches[0].Bytes;
        var at = 6;
        while ((batch[at++] & 0x80) != 0)
        {
        }

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(AppendStyleSheet, batch[at]);
            var length = batch[at + 1];
            var path = System.Text.Encoding.UTF8.GetString(batch, at + 2, length);
            Assert.Equal(sheets[i].Path, path);
            Assert.Equal(sheets[i].Scope + 1, batch[at + 2 + length]); // scopes travel plus one
            at += 3 + length;
        }

        Assert.NotEqual(AppendStyleSheet, batch[at]);
        Assert.DoesNotContain("color", System.Text.Encoding.UTF8.GetString(batch), System.StringComparison.Ordinal);

        // A page with no WXSS of its own still gets app.wxss.
        await mp.RunAsync("wx.navigateTo({ url: '/pages/other/other' })");
        Assert.Equal("[\"/app.wxss\"]", (await mp.RunAsync($"JSON.stringify({sink}.styleSheets.map((s) => s.path))")).Text);
    }

    [Fact]
    public async Task A_setData_that_changes_one_text_is_a_small_batch_and_the_tree_dump_still_works()
    {
        var outbox = new Outbox();
        using var mp = await MiniProgramHarness.StartAsync(Package(), outbox.Options(events: false));
        var firstRender = outbox.Batches.Single().Bytes.Length;
        await mp.RunAsync("getCurrentPages()[0].setData({ note: 'changed' })");
        var change = outbox.Batches[^1];
        Assert.Equal(2, outbox.Batches.Count);
        Assert.Equal(1, change.PageId);
        Assert.True(change.Bytes.Length < 64, $"{change.Bytes.Length} bytes (first render: {firstRender})");
        Assert.Contains("changed", System.Text.Encoding.UTF8.GetString(change.Bytes), System.StringComparison.Ordinal);
        Assert.Contains("\"changed\"", await mp.TreeAsync(), System.StringComparison.Ordinal);
        Assert.True(mp.Diagnostics.Snapshot().Count == 0, mp.DiagnosticsText());
    }

    [Fact]
    public async Task Page_events_alone_need_no_op_stream_and_without_either_nothing_is_installed()
    {
        var outbox = new Outbox();
        using (var mp = await MiniProgramHarness.StartAsync(Package(), outbox.Options(batches: false)))
        {
            Assert.Equal(["opened 1 pages/home/home", "shown 1 pages/home/home"], outbox.Take());
            Assert.Equal("undefined", (await mp.RunAsync("typeof __sparrow_ops")).Text);
            await mp.RunAsync("wx.redirectTo({ url: '/pages/other/other' })");
            Assert.Equal(["closed 1 pages/home/home", "opened 2 pages/other/other", "shown 2 pages/other/other"], outbox.Take());
        }

        using var plain = await MiniProgramHarness.StartAsync(Package());
        Assert.Equal("undefined", (await plain.RunAsync("typeof __sparrow_ops")).Text);
        Assert.Contains("\"Hello\"", await plain.TreeAsync(), System.StringComparison.Ordinal);
        Assert.True(plain.Diagnostics.Snapshot().Count == 0, plain.DiagnosticsText());
    }
}
