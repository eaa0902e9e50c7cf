using System.Runtime.InteropServices;

namespace Sparrow.Native;

/// <summary><c>sparrow_engine_options</c> of native/include/sparrow.h, field for field.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct EngineOptionsNative
{
    public uint StructSize;
    public byte* StorageRoot;
    public nuint StorageRootLength;
    public byte* CacheRoot;
    public nuint CacheRootLength;
    public byte* FontDirectory;
    public nuint FontDirectoryLength;
    public int Clock;
    public int Reserved;
    public delegate* unmanaged<nint, nint, int, byte*, nuint, byte*, nuint, byte*, nuint, int, int, void> OnDiagnostic;
    public nint UserData;
}

/// <summary><c>sparrow_open_options</c>.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct OpenOptionsNative
{
    public uint StructSize;
    public int Width;
    public int Height;
    public int Surface;
    public double PixelRatio;
    public byte* Page;
    public nuint PageLength;
    public int Dark;
    public int Reserved;
}

/// <summary><c>sparrow_frame_info</c>.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct FrameInfoNative
{
    public int Index;
    public int Drew;
    public int DrawCalls;
    public int Reserved;
    public double TimeMs;
    public double CpuMs;
}
