using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Sparrow.Core;
using Sparrow.Package;

namespace Sparrow.Script.MiniProgram;

/// <summary>
/// Runs a loaded mini program: a <see cref="JsRuntime"/> whose <c>require</c> root is the package,
/// with glass-easel, its mini-program adapter and Sparrow's base library (<c>src/framework/lib</c>)
/// loaded; every WXML and WXS file compiled (or taken from the compile cache); <c>app.js</c> run,
/// App.onLaunch/onShow called and the entry page opened.
/// </summary>
/// <remarks>
/// Entry point: <see cref="StartAsync"/>. Precondition: the package was loaded by
/// <see cref="PackageLoader"/> (its diagnostics are the caller's); the framework files exist
/// (copied next to the application by the build, or <c>src/framework</c> with <c>npm ci</c> done).
/// Problems in the package's WXML and JS are diagnostics; the runtime keeps going.
/// </remarks>
public sealed partial class MiniProgramRuntime : IDisposable
{
    private readonly FrameworkFiles _framework;
    private readonly StorageStore _storage;

    private MiniProgramRuntime(MiniProgramPackage package, MiniProgramRuntimeOptions options, FrameworkFiles framework, JsRuntime js)
    {
        Package = package;
        Options = options;
        _framework = framework;
        Js = js;
        var storageDir = options.StorageDirectory is null ? null : Path.Combine(options.StorageDirectory, StorageFolderName(package));
        _storage = new StorageStore(storageDir, message => Report(Diagnostic.Error(MiniProgramDiagnosticCodes.StorageFailed, message, SourceLocation.None)));
    }

    public MiniProgramPackage Package { get; }

    public MiniProgramRuntimeOptions Options { get; }

    /// <summary>The JS runtime (logic thread, event loop, clock) the mini program runs in.</summary>
    public JsRuntime Js { get; }

    /// <summary>How many times this runtime ran the WXML template compiler (0 on a warm start).</summary>
    public int TemplateCompilerRuns { get; private set; }

    /// <summary>Where the framework files were found.</summary>
    public string FrameworkDirectory => _framework.Root;

    /// <summary>Starts the runtime, compiles the templates, runs app.js and opens the launch page.</summary>
    /// <exception cref="InvalidOperationException">The framework files are missing, or the base library failed to start (a Sparrow bug, not a package problem).</exception>
    public static async Task<MiniProgramRuntime> StartAsync(MiniProgramPackage package, MiniProgramRuntimeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(package);
        options ??= new MiniProgramRuntimeOptions();
        var framework = FrameworkFiles.Find(options.FrameworkDirectory, out var tried);
        if (framework is null)
        {
            var message = $"The mini-program framework files were not found (looked in {tried}); build the application or run the set-up (npm ci in src/framework).";
            options.Diagnostics?.Report(Diagnostic.Error(MiniProgramDiagnosticCodes.FrameworkMissing, message, SourceLocation.None));
            throw new InvalidOperationException(message);
        }

        var js = JsRuntime.Start(new JsRuntimeOptions
        {
            ModuleRoot = package.Root,
            Clock = options.Clock,
            Diagnostics = options.Diagnostics,
            Log = options.Log,
            TaskTimeLimit = options.TaskTimeLimit,
            CodeCacheDirectory = options.CacheDirectory is null ? null : Path.Combine(options.CacheDirectory, "v8"),
            ModuleTransform = new EsModuleTransform(Path.Combine(framework.Root, "node_modules", "@babel", "standalone", "babel.min.js"), options.CacheDirectory),
        });
        var runtime = new MiniProgramRuntime(package, options, framework, js);
        try
        {
            await js.InvokeAsync(runtime.Boot).ConfigureAwait(false);
            await js.InvokeAsync(context => Call(context, "__sparrowHost.launch()", "launch")).ConfigureAwait(false);
        }
        catch
        {
            runtime.Dispose();
            throw;
        }

        return runtime;
    }

    /// <summary>Runs a script in the mini program's global scope (as a task of its own).</summary>
    public Task<JsCompletion> EvaluateAsync(string source, string origin = "<host>") =>
        Js.InvokeAsync(context => context.Run(source, origin));

    /// <summary>The current page's element tree as wcc prints it (JSON), or null when no page is open.</summary>
    public async Task<string?> DumpTreeAsync()
    {
        var value = await Js.InvokeAsync(context => Call(context, "__sparrowHost.dumpTree()", "dump")).ConfigureAwait(false);
        return value.Text is null or "null" ? null : value.Text;
    }

    /// <summary>The routes of the page stack, bottom first.</summary>
    public async Task<string> PageStackAsync() =>
        (await Js.InvokeAsync(context => Call(context, "__sparrowHost.currentRoutes()", "page stack")).ConfigureAwait(false)).Text ?? "[]";

    /// <summary>The app goes to the background: the page's onHide, then App.onHide.</summary>
    public Task HideAsync() => Js.InvokeAsync(context => Call(context, "__sparrowHost.appHide()", "hide"));

    /// <summary>The app comes back: App.onShow, then the page's onShow.</summary>
    public Task ShowAsync() => Js.InvokeAsync(context => Call(context, "__sparrowHost.appShow()", "show"));

    /// <summary>
    /// Calls a hook of the current page the host drives (onPullDownRefresh, onReachBottom,
    /// onPageScroll, onResize, onShareAppMessage, …) with an optional JSON argument; returns
    /// what the hook returned (JSON for objects).
    /// </summary>
    public Task<JsValue> TriggerPageEventAsync(string hook, string? argumentJson = null)
    {
        ArgumentNullException.ThrowIfNull(hook);
        var script = $"__sparrowHost.pageEvent({JsString(hook)}, {argumentJson ?? "undefined"})";
        return Js.InvokeAsync(context => Call(context, script, hook));
    }

    /// <summary>
    /// Delivers an input event (e.g. <c>tap</c>) to the node with sink handle <paramref name="handle"/>
    /// on the current page; glass-easel bubbles it to the <c>bindtap</c> handlers. Returns false
    /// when no live node has that handle.
    /// </summary>
    public async Task<bool> DispatchEventAsync(int handle, string type, string? detailJson = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        var script = $"__sparrowHost.dispatchEvent({handle.ToString(System.Globalization.CultureInfo.InvariantCulture)}, {JsString(type)}, {detailJson ?? "undefined"})";
        return (await Js.InvokeAsync(context => Call(context, script, "event")).ConfigureAwait(false)).AsBoolean;
    }

    /// <summary>
    /// Delivers a touch-derived event (<c>touchstart</c>, <c>touchmove</c>, <c>touchend</c>,
    /// <c>touchcancel</c>, <c>tap</c>, <c>longpress</c>) hit-tested to <paramref name="handle"/>, in one
    /// crossing. <paramref name="touchJson"/> is an object
    /// <c>{"timeStamp":…,"detail":{"x":…,"y":…},"touches":[…],"changedTouches":[…],"offsets":[handle,left,top,…]}</c>:
    /// glass-easel dispatches the event as <see cref="DispatchEventAsync"/> does, with
    /// <c>timeStamp</c>, <c>touches</c> and <c>changedTouches</c> on the event object and
    /// <c>offsetLeft</c>/<c>offsetTop</c> on the nodes listed. Returns false when no live node has
    /// that handle.
    /// </summary>
    public async Task<bool> DispatchTouchAsync(int handle, string type, string touchJson)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(touchJson);
        var script = $"__sparrowHost.dispatchTouch({handle.ToString(System.Globalization.CultureInfo.InvariantCulture)}, {JsString(type)}, {touchJson})";
        return (await Js.InvokeAsync(context => Call(context, script, "touch")).ConfigureAwait(false)).AsBoolean;
    }

    /// <summary>Cancels host calls and requests in flight, stops the JS runtime, removes a temporary user-data folder.</summary>
    public void Dispose()
    {
        if (_lifetime.IsCancellationRequested)
        {
            return;
        }

        _lifetime.Cancel();
        Js.Dispose();
        _lifetime.Dispose();
        if (_temporaryUserData is not null)
        {
            try
            {
                Directory.Delete(_temporaryUserData, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Best effort: it lies in the temp folder.
            }
        }
    }

    internal void Report(Diagnostic diagnostic) => Options.Diagnostics?.Report(diagnostic);

    /// <summary>Runs host-written JS (calls into the base library); a failure there is Sparrow's bug.</summary>
    private static JsValue Call(JsContext context, string script, string what)
    {
        var result = context.Run(script, "sparrow:host/" + what);
        if (!result.IsOk)
        {
            throw new InvalidOperationException($"The base library failed ({what}): {result.Error}");
        }

        return result.Value;
    }

    /// <summary>A JS string literal (JSON's escaping is valid JS).</summary>
    private static string JsString(string text) => "\"" + System.Text.Json.JsonEncodedText.Encode(text).ToString() + "\"";

    /// <summary>One storage folder per app: its appid when the project names one, else the package folder's name.</summary>
    private static string StorageFolderName(MiniProgramPackage package)
    {
        var name = package.ProjectConfig?.GetString("appid") ?? Path.GetFileName(package.Root.TrimEnd(Path.DirectorySeparatorChar));
        var safe = new List<char>(name.Length);
        foreach (var c in name)
        {
            safe.Add(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_');
        }

        return safe.Count == 0 ? "app" : new string(safe.ToArray());
    }
}
