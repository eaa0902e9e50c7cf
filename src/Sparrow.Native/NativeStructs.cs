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
    public HostNative* Host;
}

/// <summary><c>sparrow_host</c>: what only the app can do, one optional function per capability.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct HostNative
{
    public uint StructSize;
    public int Reserved;
    public nint UserData;
    public delegate* unmanaged<nint, nint, byte*, nuint, byte*, nuint, int> Login;
    public delegate* unmanaged<nint, nint, byte*, nuint, byte*, nuint, int> RequestPayment;
    public delegate* unmanaged<nint, nint, byte*, nuint, byte*, nuint, int> ShareAppMessage;
    public delegate* unmanaged<nint, nint, byte*, nuint, byte*, nuint, int> ScanCode;
    public delegate* unmanaged<nint, nint, byte*, nuint, byte*, nuint, int> GetUserProfile;
    public delegate* unmanaged<nint, nint, byte*, nuint, byte*, nuint, int> ChooseImage;
    public delegate* unmanaged<nint, nint, byte*, nuint, byte*, nuint, int> MakePhoneCall;
    public delegate* unmanaged<nint, nint, byte*, nuint, byte*, nuint, int> SetClipboardData;
    public delegate* unmanaged<nint, nint, byte*, nuint, byte*, nuint, int> GetClipboardData;
    public delegate* unmanaged<nint, nint, byte*, nuint, byte*, nuint, int> NavigateToMiniProgram;
    public delegate* unmanaged<nint, nint, byte*, nuint, byte*, nuint, int> NavigateBackMiniProgram;
    public delegate* unmanaged<nint, nint, byte*, nuint, byte*, nuint, int> ExitMiniProgram;
    public delegate* unmanaged<nint, nint, byte*, nuint, byte*, nuint, int> OpenUrl;
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
    public int NoShell;
    public nint NativeDisplay;
    public nuint NativeWindow;
    public int WindowPlatform;
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
