using System;
using System.Diagnostics;
using System.IO;
using System.Text.Json;
using Sparrow.Core;
using Sparrow.Host.Benchmarking.Peers;
using Sparrow.Package;
using Sparrow.Script;
using Sparrow.Script.MiniProgram;

namespace Sparrow.Host.Benchmarking.Workloads;

/// <summary>
/// WXML expansion, ours against WeChat's official compiler, on the same template and data
/// (<see cref="WxmlVsWccTemplate"/>: 1,000 rows) in the same JS engine: Sparrow's V8.
/// <para>Ours: the base library's page creation (<c>Runtime.createPage</c>: glass-easel instantiates the
/// page component from its compiled template with the page data and attaches the tree to a backend
/// context), timed inside the logic thread around that one call while <c>wx.navigateTo</c> opens the
/// page; the page is closed (untimed) after each run. Template compilation happens once at set-up.
/// The backend's sink is a null sink (every protocol call does nothing): glass-easel still builds its
/// whole element tree, but no op stream is written, since wcc's side also only builds a tree of JS
/// objects for a renderer to consume later.</para>
/// <para>Peer: wcc compiles the same files in Node (benchmarks/wxml-wcc/compile.js, untimed); its output
/// runs in a fresh <see cref="JsRuntime"/> and each run times <c>$gwx('list.wxml')(data)</c>, the
/// call WeChat makes to expand a page for given data. Both trees must hold the same number of
/// elements (checked at set-up for ours, after the runs for wcc's), or the workload fails.</para>
/// </summary>
internal sealed class WxmlVsWccWorkload : IWorkload, IHasPeer
{
    private const string Route = "pages/list/list";
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"sparrow-wxml-peer-{Environment.ProcessId}-{Guid.NewGuid():N}");
    private readonly string _data = WxmlVsWccTemplate.DataJson();
    private readonly string? _benchmarks;
    private readonly MiniProgramRuntime _runtime;

    /// <param name="benchmarks">The repository's benchmarks folder; found from the working directory when null.</param>
    public WxmlVsWccWorkload(string? benchmarks = null)
    {
        _benchmarks = benchmarks ?? PeerPaths.FindBenchmarks();
        var diagnostics = new DiagnosticBag();
        _runtime = MiniProgramRuntime.StartAsync(PackageLoader.Load(WritePackage(), diagnostics), new MiniProgramRuntimeOptions
        {
            Clock = new VirtualClock(),
            Diagnostics = diagnostics,
        }).GetAwaiter().GetResult();
        _runtime.Js.InvokeAsync(ctx => ctx.DefineFunction("__sparrowBenchNow", static _ => JsValue.FromNumber(Stopwatch.GetTimestamp() * 1000.0 / Stopwatch.Frequency)))
            .GetAwaiter().GetResult();
        Evaluate(_runtime.Js, """
            (() => {
              const { Runtime } = __sparrowHost.require('./runtime.js');
              const { RecordingSink } = __sparrowHost.require('./recording-sink.js');
              const { SINK_METHODS } = __sparrowHost.require('./backend.js');
              const createPage = Runtime.prototype.createPage;
              globalThis.__benchExpand = [];
              Runtime.prototype.createPage = function timedCreatePage(route, query) {
                const t0 = __sparrowBenchNow();
                const page = createPage.call(this, route, query);
                __benchExpand.push(__sparrowBenchNow() - t0);
                return page;
              };
              const nullSink = {};
              for (const name of SINK_METHODS) nullSink[name] = () => 0;
              globalThis.__benchUseNullSink = () => __sparrowHost.useSinkFactory(() => nullSink);
              globalThis.__benchUseRecordingSink = () => __sparrowHost.useSinkFactory(() => new RecordingSink());
              const count = (node) => (node && typeof node === 'object' ? 1 + node.children.reduce((n, c) => n + count(c), 0) : 0);
              // dumpTree: the page in wcc's shape, its root standing for wcc's wx-page.
              globalThis.__benchCountElements = () => count(JSON.parse(__sparrowHost.dumpTree())) - 1;
            })();
            """);

        // One untimed opening with a recording sink: registers the page (its JS runs once) and counts
        // the elements glass-easel built, for the comparison with wcc's tree.
        Evaluate(_runtime.Js, "__benchUseRecordingSink()");
        Open();
        Elements = (int)Evaluate(_runtime.Js, "__benchCountElements()").Number;
        Close();
        Evaluate(_runtime.Js, "__benchUseNullSink()");
        if (diagnostics.HasErrors || Elements <= WxmlVsWccTemplate.Items)
        {
            throw new InvalidOperationException($"{Name}: the benchmark page did not render ({Elements} elements): " + string.Join("; ", diagnostics.Snapshot()));
        }
    }

    public string Name => "wxml-vs-wcc-list-1000";

    public string Unit => "ms";

    /// <summary>Elements (not text) in the page tree glass-easel built, the root excluded.</summary>
    public int Elements { get; }

    public double RunOnce()
    {
        Open();
        var elapsed = Evaluate(_runtime.Js, "__benchExpand[__benchExpand.length - 1]").Number;
        Close();
        return elapsed;
    }

    public PeerResult RunPeer(int warmup, int runs)
    {
        const string name = "wcc (miniprogram-compiler), run in Sparrow's V8";
        if (_benchmarks is null)
        {
            return PeerResult.Missing(name, PeerPaths.NotFound);
        }

        var (script, package) = PeerPaths.Of(_benchmarks, "wxml-wcc", "compile.js", "miniprogram-compiler");
        var reason = NodePeer.Execute(script, package,
            [Path.Combine(_root, "pages", "list")], TimeSpan.FromMinutes(2), out var stdout);
        if (reason is not null)
        {
            return PeerResult.Missing(name, reason);
        }

        using var answer = JsonDocument.Parse(stdout);
        if (answer.RootElement.TryGetProperty("unavailable", out var why))
        {
            return PeerResult.Missing(name, why.GetString() ?? "unavailable");
        }

        var compiler = answer.RootElement.GetProperty("compiler").GetString();
        var samples = RunWcc(answer.RootElement.GetProperty("code").GetString()!, warmup, runs, out var elements);
        if (elements != Elements)
        {
            throw new InvalidOperationException(
                $"{Name}: wcc's tree has {elements} elements, glass-easel's {Elements}: the two did not expand the same template and data, so their times cannot be compared");
        }

        return new PeerResult($"wcc ({compiler}), run in Sparrow's V8", samples);
    }

    public void Dispose()
    {
        _runtime.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    /// <summary>wcc's output in a fresh runtime with the globals it expects (ARCHITECTURE.md, "Facts verified").</summary>
    private double[] RunWcc(string code, int warmup, int runs, out int elements)
    {
        using var js = JsRuntime.Start();
        js.InvokeAsync(ctx => ctx.DefineFunction("__sparrowBenchNow", static _ => JsValue.FromNumber(Stopwatch.GetTimestamp() * 1000.0 / Stopwatch.Frequency)))
            .GetAwaiter().GetResult();
        Evaluate(js, "globalThis.window = globalThis; globalThis.__wxAppCode__ = {}; globalThis.__vd_version_info__ = {};");
        // wcc's code ends with `return $gwx;`: the body of a function, as WeChat's loader runs it.
        Evaluate(js, "globalThis.__wccGwx = (function (global) {\n" + code + "\n})({});", "wcc-output.js");
        Evaluate(js, $"globalThis.__wccData = {_data}; globalThis.__wccRender = __wccGwx('{WxmlVsWccTemplate.Page}');");
        Evaluate(js, """
            globalThis.__wccRun = () => {
              const t0 = __sparrowBenchNow();
              globalThis.__wccTree = __wccRender(__wccData);
              return __sparrowBenchNow() - t0;
            };
            """);
        var samples = new double[runs];
        for (var i = 0; i < warmup + runs; i++)
        {
            var elapsed = Evaluate(js, "__wccRun()").Number;
            if (i >= warmup)
            {
                samples[i - warmup] = elapsed;
            }
        }

        elements = (int)Evaluate(js, """
            (() => {
              const count = (node) => (node && typeof node === 'object' ? 1 + (node.children || []).reduce((n, c) => n + count(c), 0) : 0);
              return count(__wccTree) - 1;
            })()
            """).Number;
        return samples;
    }

    private string WritePackage()
    {
        var list = Path.Combine(_root, "pages", "list");
        WxmlVsWccTemplate.WriteFiles(list);
        File.WriteAllText(Path.Combine(list, "list.js"), $"Page({{ data: {_data} }});");
        Directory.CreateDirectory(Path.Combine(_root, "pages", "index"));
        File.WriteAllText(Path.Combine(_root, "pages", "index", "index.wxml"), "<view>start</view>");
        File.WriteAllText(Path.Combine(_root, "pages", "index", "index.js"), "Page({});");
        File.WriteAllText(Path.Combine(_root, "app.json"), $$"""{ "pages": ["pages/index/index", "{{Route}}"] }""");
        File.WriteAllText(Path.Combine(_root, "app.js"), "App({});");
        return _root;
    }

    private void Open()
    {
        Evaluate(_runtime.Js, $"wx.navigateTo({{ url: '/{Route}' }})");
        _runtime.Js.RunToCompletionAsync(TimeSpan.FromSeconds(30)).GetAwaiter().GetResult();
    }

    private void Close()
    {
        Evaluate(_runtime.Js, "wx.navigateBack()");
        _runtime.Js.RunToCompletionAsync(TimeSpan.FromSeconds(30)).GetAwaiter().GetResult();
    }

    private static JsValue Evaluate(JsRuntime js, string source, string origin = "wxml-vs-wcc.js")
    {
        var completion = js.EvaluateAsync(source, origin).GetAwaiter().GetResult();
        return completion.IsOk ? completion.Value : throw new InvalidOperationException(completion.Error.ToString());
    }
}
