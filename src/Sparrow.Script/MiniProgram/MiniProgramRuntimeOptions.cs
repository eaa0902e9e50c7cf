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

    /// <summary>What <c>wx.getSystemInfoSync()</c> reports beyond the window (brand, model, …).</summary>
    public IReadOnlyDictionary<string, string>? SystemInfo { get; init; }
}
