using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using Sparrow.Core;
using Sparrow.Package;
using Sparrow.Script;
using Sparrow.Script.MiniProgram;

namespace Sparrow.Host.Conformance.Suites.App;

/// <summary>
/// Runs one app-suite case on the logic side of the engine (<see cref="MiniProgramRuntime"/>: V8,
/// glass-easel, the base library) on a virtual clock, with its own storage folder, and returns what
/// the case's <c>observe.js</c> recorded. After every step the runtime settles and the page stack
/// is recorded. A tap goes the way a hit-tested touch does: the target's sink handle is looked up
/// by id and handed to <see cref="MiniProgramRuntime.DispatchEventAsync"/>.
/// </summary>
internal sealed class AppCaseRunner
{
    private static readonly TimeSpan SettleLimit = TimeSpan.FromSeconds(30);

    // The handle of the first node (document order, shadow trees included) whose id is `id`; the
    // adapter prefixes ids with an 8-hex-digit instance id, which the lookup ignores.
    private const string FindHandle = """
        (function (id) {
          const sink = __sparrowHost.currentSink();
          if (!sink) return 0;
          const visit = (n) => {
            if (n.id && n.id.replace(/^[0-9a-f]{8}--/, '') === id) return n.handle;
            for (const c of n.children || []) { const h = visit(c); if (h) return h; }
            return 0;
          };
          return visit(sink.root);
        })
        """;

    private readonly string _observeJs;
    private readonly string _cacheDir;

    public AppCaseRunner(string observeJs, string cacheDir)
    {
        _observeJs = observeJs;
        _cacheDir = cacheDir;
    }

    /// <summary>The recorded trace, and every error diagnostic the engine reported meanwhile.</summary>
    public (List<string> Trace, List<string> Errors) Run(AppCase @case, string workDir)
    {
        if (Directory.Exists(workDir))
        {
            Directory.Delete(workDir, recursive: true);
        }

        var packageDir = Path.Combine(workDir, "package");
        DirectoryCopy.Tree(@case.PackageDir, packageDir);
        File.Copy(_observeJs, Path.Combine(packageDir, "observe.js"));
        var storage = Path.Combine(workDir, "storage");
        var diagnostics = new DiagnosticBag();
        var trace = new List<string>();
        var runtime = Start(packageDir, storage, @case.Launch, diagnostics);
        try
        {
            foreach (var step in @case.Steps)
            {
                if (step.TryGetProperty("restart", out _))
                {
                    trace.AddRange(Observed(runtime));
                    runtime.Dispose();
                    trace.Add("(restart)");
                    runtime = Start(packageDir, storage, @case.Launch, diagnostics);
                    continue;
                }

                Perform(runtime, step, trace);
                Settle(runtime);
                Evaluate(runtime, "__observe.stack()");
            }

            trace.AddRange(Observed(runtime));
        }
        finally
        {
            runtime.Dispose();
        }

        var errors = diagnostics.Snapshot().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        return (trace, errors);
    }

    private MiniProgramRuntime Start(string packageDir, string storage, string? launch, DiagnosticBag diagnostics)
    {
        var package = PackageLoader.Load(packageDir, diagnostics);
        var runtime = MiniProgramRuntime.StartAsync(package, new MiniProgramRuntimeOptions
        {
            Clock = new VirtualClock(),
            Diagnostics = diagnostics,
            CacheDirectory = _cacheDir,
            StorageDirectory = storage,
            LaunchPath = launch,
        }).GetAwaiter().GetResult();
        Settle(runtime);
        Evaluate(runtime, "__observe.stack()");
        return runtime;
    }

    /// <summary>One step; see conformance/app/README.md for the vocabulary.</summary>
    private static void Perform(MiniProgramRuntime runtime, JsonElement step, List<string> trace)
    {
        if (step.TryGetProperty("call", out var call))
        {
            var args = step.TryGetProperty("args", out var a) ? a.GetRawText() : "[]";
            var events = step.TryGetProperty("events", out var e) ? e.GetRawText() : "undefined";
            Evaluate(runtime, $"__observe.call({JsonSerializer.Serialize(call.GetString(), AppJsonContext.Default.String)}, {args}, {events})");
        }
        else if (step.TryGetProperty("page", out var method))
        {
            var args = step.TryGetProperty("args", out var a) ? a.GetRawText() : "[]";
            Evaluate(runtime, $"__observe.callPage({JsonSerializer.Serialize(method.GetString(), AppJsonContext.Default.String)}, {args})");
        }
        else if (step.TryGetProperty("tap", out var tap))
        {
            Dispatch(runtime, tap.GetString()!, "tap", "{}", trace);
        }
        else if (step.TryGetProperty("event", out var ev))
        {
            var detail = ev.TryGetProperty("detail", out var d) ? d.GetRawText() : "{}";
            Dispatch(runtime, ev.GetProperty("target").GetString()!, ev.GetProperty("type").GetString()!, detail, trace);
        }
        else if (step.TryGetProperty("advance", out var advance))
        {
            runtime.Js.AdvanceTimeAsync(ParseDuration(advance.GetString()!)).GetAwaiter().GetResult();
        }
        else if (step.TryGetProperty("hide", out _))
        {
            runtime.HideAsync().GetAwaiter().GetResult();
        }
        else if (step.TryGetProperty("show", out _))
        {
            runtime.ShowAsync().GetAwaiter().GetResult();
        }
        else
        {
            throw new InvalidDataException($"unknown step {step.GetRawText()}");
        }
    }

    /// <summary>Input from the host: find the target's sink handle, then the real dispatch path.</summary>
    private static void Dispatch(MiniProgramRuntime runtime, string selector, string type, string detailJson, List<string> trace)
    {
        if (!selector.StartsWith('#'))
        {
            throw new InvalidDataException($"only #id selectors are supported, got '{selector}'");
        }

        var id = JsonSerializer.Serialize(selector[1..], AppJsonContext.Default.String);
        var handle = (int)Evaluate(runtime, $"{FindHandle}({id})").Number;
        if (handle == 0 || !runtime.DispatchEventAsync(handle, type, detailJson).GetAwaiter().GetResult())
        {
            trace.Add($"(no element {selector} to dispatch {type} at)");
        }
    }

    private static List<string> Observed(MiniProgramRuntime runtime)
    {
        var json = Evaluate(runtime, "JSON.stringify(globalThis.__observed || [])").Text ?? "[]";
        return JsonSerializer.Deserialize(json, AppJsonContext.Default.ListString) ?? [];
    }

    private static JsValue Evaluate(MiniProgramRuntime runtime, string script)
    {
        var completion = runtime.EvaluateAsync(script, "sparrow:conform-app").GetAwaiter().GetResult();
        if (!completion.IsOk)
        {
            throw new InvalidOperationException($"{script}: {completion.Error}");
        }

        return completion.Value;
    }

    private static void Settle(MiniProgramRuntime runtime) => runtime.Js.RunToCompletionAsync(SettleLimit).GetAwaiter().GetResult();

    /// <summary><c>500ms</c> or <c>2s</c>.</summary>
    internal static TimeSpan ParseDuration(string text) =>
        text.EndsWith("ms", StringComparison.Ordinal) ? TimeSpan.FromMilliseconds(double.Parse(text[..^2], CultureInfo.InvariantCulture))
        : text.EndsWith('s') ? TimeSpan.FromSeconds(double.Parse(text[..^1], CultureInfo.InvariantCulture))
        : throw new InvalidDataException($"a duration is '<n>ms' or '<n>s', got '{text}'");
}
