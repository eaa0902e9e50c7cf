using System;
using System.Runtime.InteropServices;

namespace Sparrow.Cli.Viewer;

/// <summary>The few SDL2 calls the viewer makes (Debian <c>libsdl2-2.0-0</c>), with the constants they take.</summary>
internal static partial class Sdl
{
    public const string Library = "libSDL2-2.0.so.0";

    public const uint InitVideo = 0x20;
    public const uint WindowOpenGl = 0x2;
    public const uint WindowShown = 0x4;
    public const uint WindowResizable = 0x20;
    public const int WindowPosUndefined = 0x1FFF0000;

    public const int GlRedSize = 0;
    public const int GlGreenSize = 1;
    public const int GlBlueSize = 2;
    public const int GlAlphaSize = 3;
    public const int GlDoubleBuffer = 5;
    public const int GlDepthSize = 6;
    public const int GlStencilSize = 7;
    public const int GlContextMajorVersion = 17;
    public const int GlContextMinorVersion = 18;
    public const int GlContextProfileMask = 21;
    public const int GlContextProfileEs = 0x4;

    public const uint EventQuit = 0x100;
    public const uint EventWindow = 0x200;
    public const uint EventKeyDown = 0x300;
    public const uint EventKeyUp = 0x301;
    public const uint EventTextInput = 0x303;
    public const uint EventMouseMotion = 0x400;
    public const uint EventMouseButtonDown = 0x401;
    public const uint EventMouseButtonUp = 0x402;
    public const uint EventMouseWheel = 0x403;

    public const byte WindowEventSizeChanged = 6;
    public const byte WindowEventClose = 14;

    public const byte ButtonLeft = 1;

    public const int KeyEscape = 27;
    public const int KeyF2 = 0x4000003B;

    [LibraryImport(Library, EntryPoint = "SDL_Init")]
    public static partial int Init(uint flags);

    [LibraryImport(Library, EntryPoint = "SDL_Quit")]
    public static partial void Quit();

    [LibraryImport(Library, EntryPoint = "SDL_GetError")]
    private static partial IntPtr GetErrorPointer();

    [LibraryImport(Library, EntryPoint = "SDL_SetHint", StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.I4)]
    public static partial bool SetHint(string name, string value);

    [LibraryImport(Library, EntryPoint = "SDL_GL_SetAttribute")]
    public static partial int GlSetAttribute(int attribute, int value);

    [LibraryImport(Library, EntryPoint = "SDL_CreateWindow", StringMarshalling = StringMarshalling.Utf8)]
    public static partial IntPtr CreateWindow(string title, int x, int y, int width, int height, uint flags);

    [LibraryImport(Library, EntryPoint = "SDL_DestroyWindow")]
    public static partial void DestroyWindow(IntPtr window);

    [LibraryImport(Library, EntryPoint = "SDL_GL_CreateContext")]
    public static partial IntPtr GlCreateContext(IntPtr window);

    [LibraryImport(Library, EntryPoint = "SDL_GL_DeleteContext")]
    public static partial void GlDeleteContext(IntPtr context);

    [LibraryImport(Library, EntryPoint = "SDL_GL_MakeCurrent")]
    public static partial int GlMakeCurrent(IntPtr window, IntPtr context);

    [LibraryImport(Library, EntryPoint = "SDL_GL_SetSwapInterval")]
    public static partial int GlSetSwapInterval(int interval);

    [LibraryImport(Library, EntryPoint = "SDL_GL_SwapWindow")]
    public static partial void GlSwapWindow(IntPtr window);

    [LibraryImport(Library, EntryPoint = "SDL_GL_GetDrawableSize")]
    public static partial void GlGetDrawableSize(IntPtr window, out int width, out int height);

    [LibraryImport(Library, EntryPoint = "SDL_GetWindowSize")]
    public static partial void GetWindowSize(IntPtr window, out int width, out int height);

    [LibraryImport(Library, EntryPoint = "SDL_SetWindowSize")]
    public static partial void SetWindowSize(IntPtr window, int width, int height);

    [LibraryImport(Library, EntryPoint = "SDL_PollEvent")]
    public static partial int PollEvent(out SdlEvent e);

    [LibraryImport(Library, EntryPoint = "SDL_StartTextInput")]
    public static partial void StartTextInput();

    /// <summary>Fills an <c>SDL_SysWMinfo</c> (version set by the caller); 1 on success.</summary>
    [LibraryImport(Library, EntryPoint = "SDL_GetWindowWMInfo")]
    public static unsafe partial int GetWindowWMInfo(IntPtr window, byte* info);

    /// <summary>SDL's last error message.</summary>
    public static string LastError() => Marshal.PtrToStringUTF8(GetErrorPointer()) ?? string.Empty;
}
