using System;
using Sparrow.Core;

namespace Sparrow.Script;

/// <summary>How a <see cref="JsRuntime"/> is set up. Every member has a safe default.</summary>
public sealed record JsRuntimeOptions
{
    /// <summary>V8's old-generation limit. A script nearing it is ended, not the process. Default 256 MiB.</summary>
    public long HeapLimitBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>The longest one task (script, callback, timer, with its microtasks) may run. Default 5 s.</summary>
    public TimeSpan TaskTimeLimit { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Whether <c>eval</c> and <c>new Function</c> work. Mini programs may not use them: default off.</summary>
    public bool AllowCodeGeneration { get; init; }

    /// <summary>The clock for timers and <c>Date</c>; null means the real clock.</summary>
    public IClock? Clock { get; init; }

    /// <summary>Where V8 code cache is kept; null disables it.</summary>
    public string? CodeCacheDirectory { get; init; }

    /// <summary>The folder <c>require()</c> resolves inside; null disables <c>require</c>.</summary>
    public string? ModuleRoot { get; init; }

    /// <summary>Rewrites module sources before <c>require</c> compiles them; null leaves them as they are.</summary>
    public IModuleTransform? ModuleTransform { get; init; }

    /// <summary>Where diagnostics of errors nobody awaited go (timers, microtasks, rejections).</summary>
    public IDiagnosticSink? Diagnostics { get; init; }

    /// <summary>Where <c>console.*</c> goes.</summary>
    public IScriptLog? Log { get; init; }

    /// <summary>Extra V8 flags, applied once per process by the first runtime.</summary>
    public string? V8Flags { get; init; }
}
