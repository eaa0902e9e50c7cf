using System.Runtime.InteropServices;

namespace Sparrow.Gpu.Interop;

/// <summary>
/// The EGL 1.4 entry points Sparrow uses, from libEGL.so.1 (libglvnd or Mesa). Extension functions
/// (eglGetPlatformDisplayEXT) come through <see cref="eglGetProcAddress"/>. Constants from
/// Khronos' egl.h / eglext.h.
/// </summary>
internal static unsafe partial class Egl
{
    private const string Lib = "libEGL.so.1";

    public const int EGL_SUCCESS = 0x3000;
    public const int EGL_ALPHA_SIZE = 0x3021;
    public const int EGL_BLUE_SIZE = 0x3022;
    public const int EGL_GREEN_SIZE = 0x3023;
    public const int EGL_RED_SIZE = 0x3024;
    public const int EGL_SURFACE_TYPE = 0x3033;
    public const int EGL_NONE = 0x3038;
    public const int EGL_RENDERABLE_TYPE = 0x3040;
    public const int EGL_VENDOR = 0x3053;
    public const int EGL_VERSION = 0x3054;
    public const int EGL_EXTENSIONS = 0x3055;
    public const int EGL_OPENGL_ES_API = 0x30A0;
    public const int EGL_CONTEXT_MAJOR_VERSION = 0x3098;
    public const int EGL_CONTEXT_MINOR_VERSION = 0x30FB;
    public const int EGL_PBUFFER_BIT = 0x0001;
    public const int EGL_WINDOW_BIT = 0x0004;
    public const int EGL_OPENGL_ES3_BIT = 0x0040;
    public const int EGL_PLATFORM_SURFACELESS_MESA = 0x31DD;
    public const int EGL_PLATFORM_X11_KHR = 0x31D5;
    public const int EGL_PLATFORM_WAYLAND_KHR = 0x31D8;
    public const int EGL_HEIGHT = 0x3056;
    public const int EGL_WIDTH = 0x3057;
    public const int EGL_DRAW = 0x3059;
    public const int EGL_READ = 0x305A;

    [LibraryImport(Lib)]
    public static partial nint eglGetProcAddress(byte* procname);

    [LibraryImport(Lib)]
    public static partial byte* eglQueryString(nint display, int name);

    [LibraryImport(Lib)]
    public static partial uint eglInitialize(nint display, int* major, int* minor);

    [LibraryImport(Lib)]
    public static partial uint eglBindAPI(int api);

    [LibraryImport(Lib)]
    public static partial uint eglChooseConfig(nint display, int* attribs, nint* configs, int configSize, int* numConfig);

    [LibraryImport(Lib)]
    public static partial nint eglCreateContext(nint display, nint config, nint shareContext, int* attribs);

    [LibraryImport(Lib)]
    public static partial uint eglDestroyContext(nint display, nint context);

    [LibraryImport(Lib)]
    public static partial uint eglMakeCurrent(nint display, nint draw, nint read, nint context);

    [LibraryImport(Lib)]
    public static partial nint eglGetCurrentContext();

    [LibraryImport(Lib)]
    public static partial nint eglGetCurrentDisplay();

    [LibraryImport(Lib)]
    public static partial nint eglGetCurrentSurface(int readDraw);

    [LibraryImport(Lib)]
    public static partial nint eglCreateWindowSurface(nint display, nint config, nint nativeWindow, int* attribs);

    [LibraryImport(Lib)]
    public static partial uint eglQuerySurface(nint display, nint surface, int attribute, int* value);

    [LibraryImport(Lib)]
    public static partial uint eglDestroySurface(nint display, nint surface);

    [LibraryImport(Lib)]
    public static partial uint eglSwapBuffers(nint display, nint surface);

    [LibraryImport(Lib)]
    public static partial int eglGetError();
}
