using System.Runtime.InteropServices;

namespace Sparrow.Gpu.Interop;

/// <summary>
/// The EGL entry points a second, shared context needs (the texture upload thread,
/// <see cref="TextureUploader"/>): reading back an existing context's config and API, and a 1×1
/// pbuffer where the display lacks EGL_KHR_surfaceless_context. Constants from Khronos' egl.h.
/// </summary>
internal static unsafe partial class Egl
{
    public const int EGL_CONFIG_ID = 0x3028;
    public const int EGL_CONTEXT_CLIENT_TYPE = 0x3097;
    public const int EGL_CONTEXT_CLIENT_VERSION = 0x3098;

    [LibraryImport(Lib)]
    public static partial uint eglQueryContext(nint display, nint context, int attribute, int* value);

    [LibraryImport(Lib)]
    public static partial uint eglGetConfigAttrib(nint display, nint config, int attribute, int* value);

    [LibraryImport(Lib)]
    public static partial int eglQueryAPI();

    [LibraryImport(Lib)]
    public static partial nint eglCreatePbufferSurface(nint display, nint config, int* attribs);

    [LibraryImport(Lib)]
    public static partial uint eglReleaseThread();
}
