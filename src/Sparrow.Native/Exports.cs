using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using Sparrow.Core;
using Sparrow.Host.Embedding;

namespace Sparrow.Native;

/// <summary>
/// The C ABI's engine-level entry points (native/include/sparrow.h). Each catches everything and
/// returns a status (<see cref="Status"/>); nothing throws across the boundary.
/// </summary>
internal static unsafe partial class Exports
{
    private static readonly byte* VersionText = Utf8.Allocate(SparrowEngine.Version);

    [UnmanagedCallersOnly(EntryPoint = "sparrow_version")]
    public static byte* Version() => VersionText;

    [UnmanagedCallersOnly(EntryPoint = "sparrow_last_error")]
    public static byte* LastErrorText() => LastError.Current;

    [UnmanagedCallersOnly(EntryPoint = "sparrow_free")]
    public static void Free(void* ptr) => NativeMemory.Free(ptr);

    [UnmanagedCallersOnly(EntryPoint = "sparrow_engine_create")]
    public static int EngineCreate(EngineOptionsNative* options, nint* outEngine)
    {
        try
        {
            if (outEngine == null)
            {
                throw new EmbeddingException(EmbeddingError.InvalidArgument, "out_engine is NULL");
            }

            *outEngine = 0;
            LibraryLocation.EnsureLoaded();
            var managed = new EngineOptions { FrameworkDirectory = FrameworkDirectory() };
            if (options != null)
            {
                if (options->StructSize < (uint)sizeof(EngineOptionsNative))
                {
                    throw new EmbeddingException(EmbeddingError.InvalidArgument, $"sparrow_engine_options.struct_size is {options->StructSize}; this library needs {sizeof(EngineOptionsNative)} (rebuild against this sparrow.h)");
                }

                var fonts = Utf8.Read(options->FontDirectory, options->FontDirectoryLength, "font_directory", optional: true);
                managed = managed with
                {
                    StorageRoot = Utf8.Read(options->StorageRoot, options->StorageRootLength, "storage_root", optional: true),
                    CacheRoot = Utf8.Read(options->CacheRoot, options->CacheRootLength, "cache_root", optional: true),
                    FontDirectories = fonts is null ? [] : [fonts],
                    Clock = options->Clock switch
                    {
                        0 => EngineClock.Real,
                        1 => EngineClock.Virtual,
                        _ => throw new EmbeddingException(EmbeddingError.InvalidArgument, $"clock {options->Clock} is neither SPARROW_CLOCK_REAL nor SPARROW_CLOCK_VIRTUAL"),
                    },
                    OnDiagnostic = options->OnDiagnostic == null ? null : DiagnosticForwarder(options->OnDiagnostic, options->UserData),
                };
                if (options->Host != null)
                {
                    if (options->Host->StructSize < (uint)sizeof(HostNative))
                    {
                        throw new EmbeddingException(EmbeddingError.InvalidArgument, $"sparrow_host.struct_size is {options->Host->StructSize}; this library needs {sizeof(HostNative)}");
                    }

                    // Copied: the app's struct need not outlive the call.
                    managed = managed with { Host = NativeHost.Of(*options->Host) };
                }
            }

            *outEngine = HandleTable.Add(SparrowEngine.Create(managed));
            return Status.Ok;
        }
        catch (Exception e)
        {
            return Status.Of(e);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "sparrow_engine_destroy")]
    public static int EngineDestroy(nint engine)
    {
        try
        {
            var managed = HandleTable.Get<SparrowEngine>(engine, "engine");
            var programs = managed.Programs;
            managed.Dispose();
            foreach (var program in programs)
            {
                HandleTable.Remove(program);
            }

            HandleTable.Remove(managed);
            return Status.Ok;
        }
        catch (Exception e)
        {
            return Status.Of(e);
        }
    }

    [UnmanagedCallersOnly(EntryPoint = "sparrow_open")]
    public static int Open(nint engine, byte* path, nuint pathLength, OpenOptionsNative* options, nint* outProgram)
    {
        try
        {
            if (outProgram == null)
            {
                throw new EmbeddingException(EmbeddingError.InvalidArgument, "out_program is NULL");
            }

            *outProgram = 0;
            var managed = HandleTable.Get<SparrowEngine>(engine, "engine");
            var root = Utf8.Required(path, pathLength, "path");
            var open = new OpenOptions();
            if (options != null)
            {
                if (options->StructSize < (uint)sizeof(OpenOptionsNative))
                {
                    throw new EmbeddingException(EmbeddingError.InvalidArgument, $"sparrow_open_options.struct_size is {options->StructSize}; this library needs {sizeof(OpenOptionsNative)}");
                }

                open = new OpenOptions
                {
                    Width = options->Width == 0 ? open.Width : options->Width,
                    Height = options->Height == 0 ? open.Height : options->Height,
                    PixelRatio = options->PixelRatio == 0 ? open.PixelRatio : options->PixelRatio,
                    Page = Utf8.Read(options->Page, options->PageLength, "page", optional: true),
                    Theme = options->Dark != 0 ? "dark" : "light",
                    Shell = options->NoShell == 0,
                    NativeDisplay = options->NativeDisplay,
                    NativeWindow = (nint)options->NativeWindow,
                    WindowPlatform = options->WindowPlatform switch
                    {
                        0 => Sparrow.Gpu.WindowPlatform.X11,
                        1 => Sparrow.Gpu.WindowPlatform.Wayland,
                        _ => throw new EmbeddingException(EmbeddingError.InvalidArgument, $"window platform {options->WindowPlatform} is not a SPARROW_WINDOW_* value"),
                    },
                    Surface = options->Surface switch
                    {
                        0 => SurfaceKind.Offscreen,
                        1 => SurfaceKind.HostContext,
                        2 => SurfaceKind.None,
                        3 => SurfaceKind.Window,
                        _ => throw new EmbeddingException(EmbeddingError.InvalidArgument, $"surface {options->Surface} is not a SPARROW_SURFACE_* value"),
                    },
                };
            }

            var program = managed.Open(root, open);
            *outProgram = HandleTable.Add(program);
            return Status.Ok;
        }
        catch (Exception e)
        {
            return Status.Of(e);
        }
    }

    /// <summary>framework/ beside libsparrow.so when it is there; else the managed default (the source tree).</summary>
    private static string? FrameworkDirectory()
    {
        var directory = LibraryLocation.Directory;
        var framework = directory is null ? null : Path.Combine(directory, "framework");
        return framework is not null && System.IO.Directory.Exists(framework) ? framework : null;
    }

    /// <summary>Calls the C callback with each diagnostic, its strings as UTF-8 valid for the call.</summary>
    private static Action<MiniProgram?, Diagnostic> DiagnosticForwarder(
        delegate* unmanaged<nint, nint, int, byte*, nuint, byte*, nuint, byte*, nuint, int, int, void> callback, nint userData) =>
        (program, diagnostic) =>
        {
            var code = Encoding.UTF8.GetBytes(diagnostic.Code + "\0");
            var message = Encoding.UTF8.GetBytes(diagnostic.Message + "\0");
            var file = Encoding.UTF8.GetBytes((diagnostic.Location.File ?? string.Empty) + "\0");
            var handle = program is null ? 0 : HandleTable.IdOf(program);
            fixed (byte* c = code, m = message, f = file)
            {
                callback(userData, handle, (int)diagnostic.Severity, c, (nuint)(code.Length - 1), m, (nuint)(message.Length - 1), f, (nuint)(file.Length - 1), diagnostic.Location.Line, diagnostic.Location.Column);
            }
        };
}
