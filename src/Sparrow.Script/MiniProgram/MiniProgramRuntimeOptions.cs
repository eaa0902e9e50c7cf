using System;
using System.Collections.Generic;
using Sparrow.Core;

namespace Sparrow.Script.MiniProgram;

/// <summary>How a <see cref="MiniProgramRuntime"/> is set up. Every member has a safe default.</summary>
public sealed record MiniProgramRuntimeOptions
{
    /// <summary>Logical window width in px (WeChat's <c>windowWidth</c>). Default 375.</summary>
    public int WindowWidth { get; init; } = 375;

    /// <summary>Logical window height in px. Default 667.</summary>
    public int WindowHeight { get; init; } = 667;

    public double PixelRatio { get; init; } = 2;

    public int StatusBarHeight { get; init; } = 20;

    /// <summary>The host draws the app shell: <c>windowHeight</c> is the window less the navigation bar and tabBar (docs/shell.md).</summary>
    public bool Shell { get; init; }

    /// <summary><c>"light"</c> or <c>"dark"</c>: <c>theme</c> of <c>wx.getSystemInfoSync</c> at launch (later: <see cref="MiniProgramRuntime.ChangeEnvironmentAsync"/>).</summary>
    public string Theme { get; init; } = "light";

    /// <summary>Safe-area insets at launch, CSS px: <c>safeArea</c> of <c>wx.getSystemInfoSync</c> leaves them out.</summary>
    public WindowInsets SafeArea { get; init; }

    /// <summary>The clock for timers and <c>Date</c>; null means the real clock. Tests use a <see cref="VirtualClock"/>.</summary>
    public IClock? Clock { get; init; }

    public IDiagnosticSink? Diagnostics { get; init; }

    public IScriptLog? Log { get; init; }

    /// <summary>
    /// Where compiled templates (by content hash) and V8 code cache are kept. Null: no disk cache,
    /// so every start compiles every template.
    /// </summary>
    public string? CacheDirectory { get; init; }

    /// <summary>Where <c>wx.setStorage</c> keeps data, one folder per app. Null: in memory only.</summary>
    public string? StorageDirectory { get; init; }

    /// <summary>
    /// The folder holding <c>lib/</c> and the three glass-easel packages. Null: <c>framework/</c>
    /// next to the application, else <c>src/framework</c> of the source tree it runs from.
    /// </summary>
    public string? FrameworkDirectory { get; init; }

    /// <summary>The page a launch opens (a route, optionally with <c>?query</c>); null: the package's entry page.</summary>
    public string? LaunchPath { get; init; }

    /// <summary>WeChat's scene value in the launch options. Default 1001 (the app list).</summary>
    public int Scene { get; init; } = 1001;

    /// <summary>The longest one JS task may run. Default 10 s (compiling a big package's templates on a cold start is one task).</summary>
    public TimeSpan TaskTimeLimit { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// What only the embedding app can do (login, payment, sharing, scanning, images, phone,
    /// clipboard). Default: <see cref="NoHostCapabilities"/>, which fails each with "not provided by this host".
    /// </summary>
    public IMiniProgramHost Host { get; init; } = NoHostCapabilities.Instance;

    /// <summary>How <c>wx.request</c> reaches the network. Null: <see cref="HttpClientNetwork.Shared"/>.</summary>
    public IMiniProgramNetwork? Network { get; init; }

    /// <summary>
    /// The hosts <c>wx.request</c> may reach (WeChat's request domain list), as host names
    /// (<c>api.example.com</c>) or URLs (<c>https://api.example.com</c>: only the host counts),
    /// compared without case. Null: every host.
    /// </summary>
    public IReadOnlyList<string>? RequestDomains { get; init; }

    /// <summary><c>wx.request</c>'s timeout when the call names none (WeChat's default: 60 s). Real time, even on a virtual clock.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Where <c>wx.env.USER_DATA_PATH</c> (<c>wxfile://usr</c>) lives, one folder per app. Null: a
    /// temporary folder deleted when the runtime is disposed.
    /// </summary>
    public string? UserDataDirectory { get; init; }

    /// <summary>What <c>wx.getSystemInfoSync()</c> reports beyond the window (brand, model, …).</summary>
    public IReadOnlyDictionary<string, string>? SystemInfo { get; init; }

    /// <summary>
    /// Takes the binary op stream, one <see cref="PageOpBatch"/> per page a task changed, on the
    /// logic thread at the end of that task (with <see cref="OnPage"/>'s events, in the order they
    /// happened). Each page is one connection: its own name table and handles, its first batch
    /// resets the names, and its stylesheets (<c>AppendStyleSheet</c>, paths only) come before its
    /// nodes. Null: no op stream is written (pages keep only the recording sink).
    /// </summary>
    public Action<PageOpBatch>? OnOpBatch { get; init; }

    /// <summary>
    /// Told when a page is opened, shown, hidden or closed, on the logic thread at the end of the
    /// task, in order with <see cref="OnOpBatch"/>: a page's <see cref="PageEventKind.Opened"/>
    /// comes before its first batch and its <see cref="PageEventKind.Closed"/> after its last.
    /// </summary>
    public Action<PageEvent>? OnPage { get; init; }

    /// <summary>
    /// Takes what the page asks of the render side (node queries, <c>wx.pageScrollTo</c>, which
    /// scroll events it wants, intersection observers), on the logic thread at the end of the task,
    /// in order with <see cref="OnOpBatch"/>'s batches. The render side answers each through
    /// <see cref="MiniProgramRuntime.AnswerRenderRequest"/> after its next layout (docs/queries.md).
    /// Null: the base library answers queries with nothing (no renderer).
    /// </summary>
    public Action<RenderRequest>? OnRenderRequest { get; init; }
}
