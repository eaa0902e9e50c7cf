using System;
using System.Collections.Generic;
using Sparrow.Core;
using Sparrow.Script.MiniProgram;

namespace Sparrow.Host.Embedding;

/// <summary>How a <see cref="SparrowEngine"/> is set up. Every member has a safe default.</summary>
public sealed record EngineOptions
{
    /// <summary>
    /// Where mini programs keep data between runs: one folder per app id inside it, holding
    /// <c>storage/</c> (<c>wx.setStorage</c>) and <c>usr/</c> (<c>wx.env.USER_DATA_PATH</c>).
    /// Null: storage in memory and user files in a temporary folder, both gone when closed.
    /// </summary>
    public string? StorageRoot { get; init; }

    /// <summary>Where compiled templates and V8 code cache are kept, one folder per app id inside. Null: no disk cache.</summary>
    public string? CacheRoot { get; init; }

    /// <summary>
    /// Folders of extra font files (<c>.ttf</c>, <c>.otf</c>, <c>.ttc</c>) registered for every mini
    /// program, each under its file name without extension as the family (<c>Inter.ttf</c> → <c>Inter</c>).
    /// The system's fonts (fontconfig) stay available.
    /// </summary>
    public IReadOnlyList<string> FontDirectories { get; init; } = [];

    /// <summary>Real time or reproducible (virtual) time. Default: real.</summary>
    public EngineClock Clock { get; init; } = EngineClock.Real;

    /// <summary>
    /// Told every diagnostic (package problems, JS errors, a capability that threw, bad calls), with
    /// the mini program it concerns: null while its package is read (and for the engine); from its
    /// launch on, the program being opened (closed, never handed out, if the launch fails). Called on the thread that reported it (the
    /// logic thread of that mini program, or the thread that made the call); keep it quick and thread-safe.
    /// </summary>
    public Action<MiniProgram?, Diagnostic>? OnDiagnostic { get; init; }

    /// <summary>The default host capabilities for every mini program (override per program with <see cref="OpenOptions.Host"/>). Default: none provided.</summary>
    public IMiniProgramHost Host { get; init; } = NoHostCapabilities.Instance;

    /// <summary>The folder holding the base library and glass-easel (<c>framework/</c>). Null: next to the application, else the source tree's.</summary>
    public string? FrameworkDirectory { get; init; }
}
