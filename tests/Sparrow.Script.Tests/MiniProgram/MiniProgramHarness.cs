using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Sparrow.Core;
using Sparrow.Package;
using Sparrow.Script.MiniProgram;

namespace Sparrow.Script.Tests.MiniProgram;

/// <summary>
/// Starts a <see cref="MiniProgramRuntime"/> on a virtual clock for a package folder (a sample or
/// one written into a temp folder) and reads back what tests assert: the tree, the hook log.
/// </summary>
internal sealed class MiniProgramHarness : IDisposable
{
    private MiniProgramHarness(MiniProgramRuntime runtime, DiagnosticBag diagnostics)
    {
        Runtime = runtime;
        Diagnostics = diagnostics;
    }

    public MiniProgramRuntime Runtime { get; }

    public DiagnosticBag Diagnostics { get; }

    public static string Sample(string name) => Path.Combine(Js.RepoRoot, "samples", name);

    /// <summary>A package in a fresh temp folder from (relative path, text) pairs.</summary>
    public static string WritePackage(params (string Path, string Text)[] files)
    {
        var root = Js.TempDir();
        foreach (var (path, text) in files)
        {
            Js.Write(root, path, text);
        }

        return root;
    }

    public static async Task<MiniProgramHarness> StartAsync(string packageDir, MiniProgramRuntimeOptions? options = null, DiagnosticBag? diagnostics = null)
    {
        diagnostics ??= new DiagnosticBag();
        var package = PackageLoader.Load(packageDir, diagnostics);
        var runtime = await MiniProgramRuntime.StartAsync(package, (options ?? new MiniProgramRuntimeOptions()) with
        {
            Clock = options?.Clock ?? new VirtualClock(),
            Diagnostics = diagnostics,
            TaskTimeLimit = TimeSpan.FromSeconds(30),
        });
        var harness = new MiniProgramHarness(runtime, diagnostics);
        await harness.SettleAsync();
        return harness;
    }

    /// <summary>Runs every queued task and due timer (routing, onReady, setData callbacks).</summary>
    public async Task SettleAsync()
    {
        for (var i = 0; i < 5; i++)
        {
            await Runtime.Js.AdvanceTimeAsync(TimeSpan.FromMilliseconds(1));
            await Runtime.Js.RunUntilIdleAsync();
        }
    }

    /// <summary>Runs JS in the app's global scope and settles; a failure fails the test.</summary>
    public async Task<JsValue> RunAsync(string source)
    {
        var completion = await Runtime.EvaluateAsync(source, "test.js");
        if (!completion.IsOk)
        {
            throw new InvalidOperationException("Expected success, got " + completion.Error);
        }

        await SettleAsync();
        return completion.Value;
    }

    /// <summary>
    /// For work the host finishes on other threads (a request, a host capability): evaluates
    /// <paramref name="expression"/> until it is neither undefined nor null, in real time, at
    /// most 10 s; returns its display text.
    /// </summary>
    public async Task<string> WaitForAsync(string expression)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            var value = await RunAsync(expression);
            if (!value.IsNullish)
            {
                return value.ToDisplayString();
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"'{expression}' stayed empty for 10 s.");
            }

            await Task.Delay(10);
        }
    }

    /// <summary>The app's hook log (<c>getApp().globalData.log</c>), then cleared.</summary>
    public async Task<string[]> TakeLogAsync()
    {
        var value = await RunAsync("JSON.stringify(getApp().globalData.log.splice(0))");
        return System.Text.Json.JsonSerializer.Deserialize<string[]>(value.Text!)!;
    }

    public async Task<string> TreeAsync() => await Runtime.DumpTreeAsync() ?? "null";

    public string DiagnosticsText() => string.Join("\n", Diagnostics.Snapshot().Select(d => d.ToString()));

    public IReadOnlyList<Diagnostic> Errors() => Diagnostics.Snapshot().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();

    public void Dispose() => Runtime.Dispose();
}
