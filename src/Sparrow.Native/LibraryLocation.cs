using System;
using System.IO;
using System.Runtime.InteropServices;

namespace Sparrow.Native;

/// <summary>
/// Where libsparrow.so itself lies (dladdr on one of its exports), so the files published beside it
/// are found whatever the host's executable or working directory: <c>framework/</c> and the V8 shim
/// <c>libsparrow_v8.so</c>, which is loaded from there before anything needs it.
/// </summary>
internal static unsafe partial class LibraryLocation
{
    private static readonly object Gate = new();
    private static string? _directory;
    private static bool _loaded;

    /// <summary>The folder holding libsparrow.so, or null when it cannot be told.</summary>
    public static string? Directory
    {
        get
        {
            EnsureLoaded();
            return _directory;
        }
    }

    /// <summary>Finds the folder and loads the V8 shim from it once (a later lookup by name then finds the loaded one).</summary>
    public static void EnsureLoaded()
    {
        lock (Gate)
        {
            if (_loaded)
            {
                return;
            }

            _loaded = true;
            _directory = FindDirectory();
            var shim = _directory is null ? null : Path.Combine(_directory, "libsparrow_v8.so");
            if (shim is not null && File.Exists(shim))
            {
                NativeLibrary.TryLoad(shim, out _);
            }
        }
    }

    private static string? FindDirectory()
    {
        try
        {
            DlInfo info;
            delegate* unmanaged<byte*> self = &Exports.Version;
            if (dladdr(self, &info) == 0 || info.FileName == null)
            {
                return null;
            }

            var path = Marshal.PtrToStringUTF8((nint)info.FileName);
            return path is null ? null : Path.GetDirectoryName(Path.GetFullPath(path));
        }
        catch (DllNotFoundException)
        {
            return null;
        }
        catch (EntryPointNotFoundException)
        {
            return null;
        }
    }

    [LibraryImport("libc.so.6")]
    private static partial int dladdr(void* address, DlInfo* info);

    [StructLayout(LayoutKind.Sequential)]
    private struct DlInfo
    {
        public byte* FileName;
        public void* Base;
        public byte* SymbolName;
        public void* SymbolAddress;
    }
}
