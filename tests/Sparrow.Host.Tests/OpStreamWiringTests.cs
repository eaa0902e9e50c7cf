using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Sparrow.Core;
using Sparrow.Dom;
using Sparrow.Package;
using Sparrow.Script;
using Sparrow.Script.MiniProgram;
using Xunit;

namespace Sparrow.Host.Tests;

/// <summary>
/// The runtime's own op stream (<see cref="MiniProgramRuntimeOptions.OnOpBatch"/>), decoded and
/// applied to one node store per page, against the logic side's recording sink for the same page:
/// same tags, classes with their style scopes, ids, styles, attributes, dataset and texts, after the
/// first render and after later setData tasks; and the stylesheets, by path and scope, ahead of the
/// nodes. Here rather than in Sparrow.Script.Tests because only Host's tests may see both sides.
/// </summary>
public sealed class OpStreamWiringTests : IDisposable
{
    private readonly string _package = Directory.CreateTempSubdirectory("sparrow-opstream-").FullName;
    private readonly DiagnosticBag _diagnostics = new();
    private readonly List<PageOpBatch> _batches = [];
    private readonly Dictionary<int, (NodeStore Store, OpStreamNames Names)> _pages = [];

    public OpStreamWiringTests()
    {
        Write("app.json", """{ "pages": ["pages/home/home", "pages/other/other"] }""");
        Write("app.js", "App({});");
        Write("app.wxss", ".title { color: red; }");
        Write("pages/home/home.json", """{ "usingComponents": { "badge": "/components/badge/badge" } }""");
        Write("pages/home/home.wxml", """
            <view class="title {{size}}" id="head" data-kind="greeting" style="margin: 1px" hidden="{{hide}}">{{title}}</view>
            <badge label="{{count}}" />
            <view wx:for="{{items}}" wx:key="*this" class="row">{{item}}</view>
            <text>{{note}}</text>
            """);
        Write("pages/home/home.wxss", ".big { font-size: 20px; }");
        Write("pages/home/home.js", "Page({ data: { title: 'Hello', size: 'big', count: 1, note: 'n', hide: false, items: ['a', 'b'] } });");
        Write("components/badge/badge.json", """{ "component": true }""");
        Write("components/badge/badge.wxml", "<view class=\"badge\">{{label}}</view>");
        Write("components/badge/badge.wxss", ".badge { color: blue; }");
        Write("components/badge/badge.js", "Component({ properties: { label: Number } });");
        Write("pages/other/other.wxml", "<view class=\"other\">{{text}}</view>");
        Write("pages/other/other.js", "Page({ data: { text: 'x' } });");
    }

    [Fact]
    public async Task Each_pages_batches_rebuild_its_tree_and_stylesheets_in_a_node_store_of_its_own()
    {
        using var runtime = await MiniProgramRuntime.StartAsync(PackageLoader.Load(_package, _diagnostics), new MiniProgramRuntimeOptions
        {
            Clock = new VirtualClock(),
            Diagnostics = _diagnostics,
            OnOpBatch = _batches.Add,
        });
        await Settle(runtime);
        Assert.Equal([1], _batches.Select(b => b.PageId));

        // The stylesheets come first, each with the scope its own classes use.
        var first = Decode(_batches[0]);
        var ops = first.Ops.ToArray();
        var lastSheet = Array.FindLastIndex(ops, o => o.Code == OpCode.AppendStyleSheet);
        Assert.Equal(2, lastSheet);
        Assert.True(Array.FindIndex(ops, o => o.Code is OpCode.CreateElement or OpCode.CreateText) > lastSheet);
        await ApplyAndCompare(runtime);
        var home = _pages[1].Store;
        var pageScope = ScopeOfClass(home, "title");
        var badgeScope = ScopeOfClass(home, "badge");
        Assert.NotEqual(pageScope, badgeScope);
        Assert.Equal(
            [new StyleSheetEntry("/app.wxss", pageScope, null, false), new StyleSheetEntry("/components/badge/badge.wxss", badgeScope, null, false), new StyleSheetEntry("/pages/home/home.wxss", pageScope, null, false)],
            home.StyleSheets);

        await runtime.EvaluateAsync("getCurrentPages()[0].setData({ title: 'Hi', size: 'small', hide: true, count: 2, items: ['c', 'a', 'b'] })");
        await Settle(runtime);
        await ApplyAndCompare(runtime);

        // A second page is a second connection; one task changing both gives a batch for each.
        await runtime.EvaluateAsync("wx.navigateTo({ url: '/pages/other/other' })");
        await Settle(runtime);
        await ApplyAndCompare(runtime);
        Assert.Equal([new StyleSheetEntry("/app.wxss", ScopeOfClass(_pages[2].Store, "other"), null, false)], _pages[2].Store.StyleSheets);
        await runtime.EvaluateAsync("const [a, b] = getCurrentPages(); b.setData({ text: 'y' }); a.setData({ items: [], note: 'm' });");
        await Settle(runtime);
        Assert.Equal([2, 1], _batches.Select(b => b.PageId));
        await ApplyAndCompare(runtime);
        Assert.True(_diagnostics.Snapshot().Count == 0, string.Join('\n', _diagnostics.Snapshot()));
    }

    /// <summary>Applies the batches taken so far, each to its page's store, then compares every page open on both sides.</summary>
    private async Task ApplyAndCompare(MiniProgramRuntime runtime)
    {
        Assert.NotEmpty(_batches);
        foreach (var batch in _batches)
        {
            if (!_pages.ContainsKey(batch.PageId))
            {
                Assert.Equal(1, batch.Bytes[5]); // a connection starts with the reset flag
            }

            var page = Page(batch.PageId);
            var decoded = new OpBatch();
            Assert.True(OpStreamReader.Read(batch.Bytes, page.Names, decoded, _diagnostics), string.Join('\n', _diagnostics.Snapshot()));
            page.Store.Apply(decoded, _diagnostics);
        }

        _batches.Clear();
        Assert.True(_diagnostics.Snapshot().Count == 0, string.Join('\n', _diagnostics.Snapshot()));
        foreach (var (id, page) in _pages)
        {
            var logic = (await runtime.EvaluateAsync(LogicTree(id))).Value.Text;
            Assert.NotNull(logic);
            Assert.Equal(JsonNode.Parse(logic)!.ToJsonString(), RenderTree(page.Store, page.Store.Root.Index).ToJsonString());
        }
    }

    private OpBatch Decode(PageOpBatch batch)
    {
        var decoded = new OpBatch();
        Assert.True(OpStreamReader.Read(batch.Bytes, new OpStreamNames(new AtomTable()), decoded, _diagnostics));
        return decoded;
    }

    private (NodeStore Store, OpStreamNames Names) Page(int id)
    {
        if (!_pages.TryGetValue(id, out var page))
        {
            var store = new NodeStore(new AtomTable());
            page = (store, new OpStreamNames(store.Atoms));
            _pages[id] = page;
        }

        return page;
    }

    /// <summary>The recording sink's tree of page <paramref name="id"/>, in <see cref="RenderTree"/>'s shape.</summary>
    private static string LogicTree(int id) => $$"""
        JSON.stringify((function dump(n) {
          if (n.kind === 'text') return { text: n.text };
          const scope = (s) => (s === undefined ? -1 : s);
          const s = n.styleScope || [];
          return {
            kind: n.kind, tag: n.tag, styling: n.styling, id: n.id, style: n.style,
            scopes: [scope(s[0]), scope(s[1]), scope(s[2])],
            classes: n.classes.map(([c, k]) => c + '@' + scope(k)),
            attrs: [...n.attrs].map(([k, v]) => k + '=' + (v === null || v === undefined ? 'null' : String(v))).sort(),
            children: n.children.map(dump),
          };
        })(__sparrowHost.pageSink({{id}}).root))
        """;

    private static JsonNode RenderTree(NodeStore store, int node)
    {
        if (store.Kind[node] == NodeKind.Text)
        {
            return new JsonObject { ["text"] = store.Text(node) ?? string.Empty };
        }

        var attrs = new List<string>();
        foreach (var a in store.Attributes(node))
        {
            attrs.Add(store.NameOf(a.Name) + "=" + a.Value);
        }

        foreach (var d in store.Dataset(node))
        {
            attrs.Add("data-" + string.Concat(store.NameOf(d.Name).Select(c => char.IsAsciiLetterUpper(c) ? "-" + char.ToLowerInvariant(c) : c.ToString())) + "=" + d.Value);
        }

        attrs.Sort(StringComparer.Ordinal);
        var children = new JsonArray();
        for (var child = store.FirstChild[node]; child >= 0; child = store.NextSibling[child])
        {
            children.Add(RenderTree(store, child));
        }

        return new JsonObject
        {
            ["kind"] = store.Kind[node].ToString().ToLowerInvariant(),
            ["tag"] = store.Kind[node] == NodeKind.Root ? string.Empty : store.NameOf(store.Tag[node]), // the store names its root "page"
            ["styling"] = store.NameOf(store.StylingName[node]),
            ["id"] = store.NameOf(store.Id[node]),
            ["style"] = store.InlineStyle(node) ?? string.Empty,
            ["scopes"] = new JsonArray(store.StyleScope[node], store.ExtraStyleScope[node], store.HostStyleScope[node]),
            ["classes"] = new JsonArray(store.Classes(node).ToArray().Select(c => (JsonNode)(store.NameOf(c.Name) + "@" + c.Scope)).ToArray()),
            ["attrs"] = new JsonArray(attrs.Select(a => (JsonNode)a).ToArray()),
            ["children"] = children,
        };
    }

    private static int ScopeOfClass(NodeStore store, string name)
    {
        for (var node = 0; node < store.SlotCount; node++)
        {
            foreach (var c in store.Classes(node))
            {
                if (store.NameOf(c.Name) == name)
                {
                    return c.Scope;
                }
            }
        }

        throw new InvalidOperationException($"No node has class '{name}'.");
    }

    private static async Task Settle(MiniProgramRuntime runtime)
    {
        for (var i = 0; i < 3; i++)
        {
            await runtime.Js.AdvanceTimeAsync(TimeSpan.FromMilliseconds(1));
            await runtime.Js.RunUntilIdleAsync();
        }
    }

    private void Write(string path, string text)
    {
        var full = Path.Combine(_package, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_package, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: it lies in the temp folder.
        }
    }
}
