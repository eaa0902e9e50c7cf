using System;
using System.Collections.Generic;
using System.Threading;

namespace Sparrow.Host.Embedding;

/// <summary>
/// The embedding API's root: create one per process (or per app), then <see cref="Open"/> mini
/// programs from it. Each program is isolated: its own V8 isolate and logic thread, its own
/// storage and cache folders (by app id under the roots), its own pages and GPU resources.
/// </summary>
/// <remarks>
/// Threads: <see cref="Create"/>, <see cref="Open"/> and <see cref="Programs"/> may be called from any
/// thread; a program is then bound to the thread that opened it (see <see cref="MiniProgram"/>).
/// <see cref="Dispose"/> closes the programs opened on the calling thread and fails with
/// <see cref="EmbeddingError.WrongState"/> while programs of other threads are still open.
/// </remarks>
public sealed class SparrowEngine : IDisposable
{
    private readonly List<MiniProgram> _programs = [];
    private readonly Lock _gate = new();
    private bool _disposed;

    private SparrowEngine(EngineOptions options)
    {
        Options = options;
    }

    /// <summary>The options the engine was created with.</summary>
    public EngineOptions Options { get; }

    /// <summary>The version of the engine (the CLI's <c>sparrow --version</c>).</summary>
    public static string Version => typeof(SparrowEngine).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    /// <summary>The mini programs open now, in the order they were opened.</summary>
    public IReadOnlyList<MiniProgram> Programs
    {
        get
        {
            lock (_gate)
            {
                return _programs.ToArray();
            }
        }
    }

    /// <summary>An engine with <paramref name="options"/> (null: the defaults). Starts nothing until <see cref="Open"/>.</summary>
    public static SparrowEngine Create(EngineOptions? options = null) => new(options ?? new EngineOptions());

    /// <summary>
    /// Opens the package at <paramref name="path"/> (a package folder; a single-file archive once the
    /// package loader reads them) and starts it: app.js runs, the launch page opens, and with
    /// <see cref="EngineClock.Virtual"/> the app settles. The calling thread becomes the program's
    /// render thread. Problems in the package are diagnostics (<see cref="EngineOptions.OnDiagnostic"/>);
    /// a package that cannot be read or started throws <see cref="EmbeddingException"/>
    /// (<see cref="EmbeddingError.PackageNotOpened"/> / <see cref="EmbeddingError.StartFailed"/>).
    /// </summary>
    public MiniProgram Open(string path, OpenOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        lock (_gate)
        {
            if (_disposed)
            {
                throw new EmbeddingException(EmbeddingError.WrongState, "The engine has been disposed.");
            }
        }

        var program = MiniProgram.Open(this, path, options ?? new OpenOptions());
        lock (_gate)
        {
            _programs.Add(program);
        }

        return program;
    }

    /// <summary>Closes every program opened on the calling thread; throws while programs of other threads are still open.</summary>
    public void Dispose()
    {
        MiniProgram[] open;
        lock (_gate)
        {
            open = [.. _programs];
        }

        var others = 0;
        foreach (var program in open)
        {
            if (program.IsOnOwnerThread)
            {
                program.Dispose();
            }
            else
            {
                others++;
            }
        }

        if (others > 0)
        {
            throw new EmbeddingException(EmbeddingError.WrongState, $"{others} mini program(s) opened on other threads are still open: close each on its own thread first.");
        }

        lock (_gate)
        {
            _disposed = true;
        }
    }

    /// <summary>A program closed: it is no longer listed.</summary>
    internal void Forget(MiniProgram program)
    {
        lock (_gate)
        {
            _programs.Remove(program);
        }
    }
}
