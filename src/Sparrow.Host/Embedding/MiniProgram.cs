using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using Sparrow.Core;
using Sparrow.Gpu;
using Sparrow.Host.Headless;
using Sparrow.Package;
using Sparrow.Package.Archives;
using Sparrow.Script.MiniProgram;

namespace Sparrow.Host.Embedding;

/// <summary>
/// One running mini program: its logic thread (V8 + glass-easel), its pages and its frames. Made
/// by <see cref="SparrowEngine.Open"/>; closed by <see cref="Dispose"/>, which frees its isolate,
/// pages and GPU resources.
/// </summary>
/// <remarks>
/// Threads: every member must be called on the thread that opened it (its render thread; with
/// <see cref="SurfaceKind.HostContext"/> the app's context is current there). A call from another
/// thread throws <see cref="EmbeddingException"/> with <see cref="EmbeddingError.WrongThread"/>; a
/// call after <see cref="Dispose"/> throws it with <see cref="EmbeddingError.WrongState"/>. Nothing
/// here crashes the host: the program stays usable after a failed call.
/// </remarks>
public sealed partial class MiniProgram : IDisposable
{
    private readonly SparrowEngine _engine;
    private readonly ProgramDiagnostics _diagnostics;
    private HeadlessSession _session = null!; // set by Open as soon as the session started
    private readonly Thread _owner;
    private bool _closed;

    private MiniProgram(SparrowEngine engine, ProgramDiagnostics diagnostics, string appId, OpenOptions options)
    {
        _engine = engine;
        _diagnostics = diagnostics;
        _owner = Thread.CurrentThread;
        AppId = appId;
        OpenOptions = options;
        Theme = options.Theme;
        SafeArea = options.SafeArea;
    }

    /// <summary>The app id naming this program's storage and cache folders.</summary>
    public string AppId { get; }

    /// <summary>The options it was opened with (its size may have changed since: <see cref="Width"/>).</summary>
    public OpenOptions OpenOptions { get; }

    /// <summary>The package's folder.</summary>
    public string PackageRoot => _session.Package.Root;

    /// <summary>Every diagnostic reported for this program so far (also passed to <see cref="EngineOptions.OnDiagnostic"/>).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics.Snapshot();

    /// <summary>Whether <see cref="Dispose"/> has run.</summary>
    public bool IsClosed => _closed;

    /// <summary>Anything the app (or a language binding, e.g. the C ABI's shell callbacks) keeps with the program; the engine never reads it.</summary>
    public object? UserState { get; set; }

    /// <summary>The session underneath (tests).</summary>
    internal HeadlessSession Session => _session;

    internal bool IsOnOwnerThread => Thread.CurrentThread == _owner;

    /// <summary>Closes the program: ends its JS, frees its isolate, pages and GPU resources. A second call does nothing.</summary>
    public void Dispose()
    {
        if (_closed)
        {
            return;
        }

        VerifyThread();
        _closed = true;
        try
        {
            _session.Dispose();
        }
        finally
        {
            _engine.Forget(this);
        }
    }

    internal static MiniProgram Open(SparrowEngine engine, string path, OpenOptions options)
    {
        var engineOptions = engine.Options;
        var diagnostics = new ProgramDiagnostics(engineOptions.OnDiagnostic);
        Validate(options, diagnostics);
        var root = Path.GetFullPath(path);

        if (!PackageLoader.Exists(root))
        {
            throw Fail(diagnostics, EmbeddingError.PackageNotOpened, EmbeddingDiagnosticCodes.PackageNotOpened, $"no package folder or archive at {root}", root);
        }

        // A folder is read in place; an archive (.sppkg, `sparrow pack`) is verified and extracted under the cache root first.
        var archives = engineOptions.CacheRoot is null ? PackageArchive.DefaultCacheRoot : Path.Combine(engineOptions.CacheRoot, "packages");
        var package = PackageLoader.Load(root, diagnostics, archives);
        if (package.App is null || package.Pages.Count == 0)
        {
            throw Fail(diagnostics, EmbeddingError.PackageNotOpened, EmbeddingDiagnosticCodes.PackageNotOpened, $"{root} is not a mini program: app.json is missing, unreadable or lists no pages", Directory.Exists(root) ? Path.Combine(root, "app.json") : root);
        }

        var appId = options.AppId ?? AppIdOf(package);
        var device = options.Surface switch
        {
            SurfaceKind.HostContext => WrapHostContext(diagnostics),
            SurfaceKind.Window => CreateWindowDevice(options, diagnostics),
            _ => null,
        };
        var headless = new HeadlessOptions
        {
            Width = options.Width,
            Height = options.Height,
            PixelRatio = options.PixelRatio,
            Page = options.Page,
            Diagnostics = diagnostics,
            Draw = options.Surface != SurfaceKind.None,
            Shell = options.Shell,
            Theme = options.Theme,
            SafeArea = new WindowInsets(options.SafeArea.Top, options.SafeArea.Right, options.SafeArea.Bottom, options.SafeArea.Left),
            CacheDirectory = engineOptions.CacheRoot is null ? null : Path.Combine(engineOptions.CacheRoot, appId),
            StorageDirectory = engineOptions.StorageRoot is null ? null : Path.Combine(engineOptions.StorageRoot, appId, "storage"),
            UserDataDirectory = engineOptions.StorageRoot is null ? null : Path.Combine(engineOptions.StorageRoot, appId, "usr"),
            Host = options.Host ?? engineOptions.Host,
            ClockEpoch = engineOptions.Clock == EngineClock.Real ? DateTimeOffset.UtcNow : Sparrow.Script.VirtualClock.DefaultEpoch,
            Device = device,
            FrameworkDirectory = engineOptions.FrameworkDirectory,
        };

        // The program exists before its session starts, so diagnostics of the launch (app.js, the
        // first page) name it; if the start fails it is closed and never handed out.
        var program = new MiniProgram(engine, diagnostics, appId, options);
        diagnostics.Program = program;
        try
        {
            program._session = HeadlessSession.Start(package, headless);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or Sparrow.Script.JsHostException or AggregateException)
        {
            device?.Dispose();
            program._closed = true;
            var cause = e is AggregateException { InnerException: { } inner } ? inner : e;
            throw Fail(diagnostics, EmbeddingError.StartFailed, EmbeddingDiagnosticCodes.StartFailed, $"{appId} could not start: {cause.Message}", root);
        }

        try
        {
            program.Start(engineOptions);
        }
        catch
        {
            program._closed = true;
            program._session.Dispose();
            throw;
        }

        return program;
    }

    /// <summary>The package's own app id, unless it is WeChat's tourist id: then folder name + hash of the full path, so two tourist packages never share storage.</summary>
    private static string AppIdOf(MiniProgramPackage package)
    {
        var declared = package.ProjectConfig?.GetString("appid");
        if (!string.IsNullOrWhiteSpace(declared) && declared != "touristappid" && IsSafeName(declared))
        {
            return declared;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(package.Root)))[..12];
        var name = Path.GetFileName(package.Root.TrimEnd(Path.DirectorySeparatorChar));
        return (IsSafeName(name) ? name : "package") + "-" + hash;
    }

    private static bool IsSafeName(string name)
    {
        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            {
                return false;
            }
        }

        return name.Length is > 0 and <= 64 && name != "." && name != "..";
    }

    private static EglDevice WrapHostContext(ProgramDiagnostics diagnostics)
    {
        var device = EglDevice.TryWrapCurrent(out var failure);
        if (device is null)
        {
            throw Fail(diagnostics, EmbeddingError.NoGpu, EmbeddingDiagnosticCodes.BadCall, failure?.Message ?? "no GL context is current", null);
        }

        return device;
    }

    private static EglDevice CreateWindowDevice(OpenOptions options, ProgramDiagnostics diagnostics)
    {
        var device = EglDevice.TryCreateForWindow(options.WindowPlatform, options.NativeDisplay, options.NativeWindow, out var failure);
        if (device is null)
        {
            throw Fail(diagnostics, EmbeddingError.NoGpu, EmbeddingDiagnosticCodes.BadCall, failure?.Message ?? "no EGL window surface could be made", null);
        }

        return device;
    }

    private static void Validate(OpenOptions options, ProgramDiagnostics diagnostics)
    {
        if (options.Width <= 0 || options.Height <= 0 || options.Width > 16384 || options.Height > 16384)
        {
            throw Fail(diagnostics, EmbeddingError.InvalidArgument, EmbeddingDiagnosticCodes.BadCall, $"window size {options.Width}x{options.Height} is out of range (1 to 16384 CSS px)", null);
        }

        if (!(options.PixelRatio is >= 0.25 and <= 8))
        {
            throw Fail(diagnostics, EmbeddingError.InvalidArgument, EmbeddingDiagnosticCodes.BadCall, $"pixel ratio {options.PixelRatio} is out of range (0.25 to 8)", null);
        }

        if (options.Theme is not ("light" or "dark"))
        {
            throw Fail(diagnostics, EmbeddingError.InvalidArgument, EmbeddingDiagnosticCodes.BadCall, $"theme '{options.Theme}' is neither light nor dark", null);
        }
    }

    /// <summary>Reports a diagnostic and makes the exception the caller gets.</summary>
    private static EmbeddingException Fail(ProgramDiagnostics diagnostics, EmbeddingError error, string code, string message, string? file)
    {
        diagnostics.Report(Diagnostic.Error(code, message, file is null ? SourceLocation.None : SourceLocation.InFile(file)));
        return new EmbeddingException(error, message);
    }

    private void Start(EngineOptions engineOptions)
    {
        foreach (var directory in engineOptions.FontDirectories)
        {
            RegisterFonts(directory);
        }

        if (Theme != "light" || SafeArea != default)
        {
            ApplyEnvironment();
        }

        if (engineOptions.Clock == EngineClock.Virtual)
        {
            if (!_session.Settle())
            {
                _diagnostics.Report(Diagnostic.Warning(HostDiagnosticCodes.NotIdle, "the app did not settle within 10 s of virtual time after launch", SourceLocation.InFile(PackageRoot)));
            }
        }
        else
        {
            _session.RunUntilIdle();
        }
    }

    private void RegisterFonts(string directory)
    {
        if (!Directory.Exists(directory))
        {
            _diagnostics.Report(Diagnostic.Warning(EmbeddingDiagnosticCodes.BadCall, $"font directory {directory} does not exist", SourceLocation.InFile(directory)));
            return;
        }

        foreach (var file in Directory.EnumerateFiles(directory))
        {
            var extension = Path.GetExtension(file).ToLowerInvariant();
            if (extension is ".ttf" or ".otf" or ".ttc")
            {
                _session.RegisterFont(Path.GetFileNameWithoutExtension(file), file);
            }
        }
    }

    /// <summary>Throws unless the program is open and called on its thread.</summary>
    private void VerifyThread()
    {
        if (Thread.CurrentThread != _owner)
        {
            throw new EmbeddingException(EmbeddingError.WrongThread, $"mini program {AppId} was opened on thread {_owner.ManagedThreadId} and must be called there (called from {Environment.CurrentManagedThreadId})");
        }
    }

    private void Verify()
    {
        if (_closed)
        {
            throw new EmbeddingException(EmbeddingError.WrongState, $"mini program {AppId} is closed");
        }

        VerifyThread();
    }
}
