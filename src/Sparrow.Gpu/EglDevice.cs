using System;
using System.Runtime.InteropServices;
using Sparrow.Core;
using Sparrow.Gpu.Interop;

namespace Sparrow.Gpu;

/// <summary>
/// An EGL display and a GLES 3.0 context. <see cref="TryCreateHeadless"/> uses Mesa's surfaceless
/// platform (EGL_MESA_platform_surfaceless), so no window system is needed and rendering goes to an
/// <see cref="OffscreenSurface"/>. <see cref="TryWrapCurrent"/> wraps a context the embedding app owns and made
/// current (EGL, or GLX through libglvnd): the device then neither creates nor destroys it. The
/// surfaceless display is process-wide and never terminated (terminating it would pull it from under
/// other devices); each headless device owns its context. <see cref="TryCreateForWindow"/> makes a
/// context with an EGL window surface on the app's native window (X11 or Wayland) and draws into its
/// framebuffer 0 (<see cref="WindowSurface"/>). A context is current on one thread at a
/// time: create, use and dispose a device on the render thread.
/// </summary>
public sealed unsafe partial class EglDevice : IDisposable
{
    private static readonly object DisplayLock = new();
    private static nint _display;
    private static string? _displayFailure;
    private bool _disposed;

    private nint _hostDraw;
    private nint _hostRead;

    private EglDevice(nint display, nint config, nint context, bool hostOwned = false)
    {
        Display = display;
        Config = config;
        Context = context;
        IsHostOwned = hostOwned;
        Renderer = GlString(Gl.GL_RENDERER);
        Version = GlString(Gl.GL_VERSION);
    }

    /// <summary>GL_RENDERER, e.g. "llvmpipe (LLVM 15.0.6, 256 bits)".</summary>
    public string Renderer { get; }

    /// <summary>GL_VERSION, e.g. "OpenGL ES 3.2 Mesa 22.3.6".</summary>
    public string Version { get; }

    /// <summary>Whether the context belongs to the embedding app (<see cref="TryWrapCurrent"/>): never destroyed here.</summary>
    public bool IsHostOwned { get; }

    internal nint Display { get; }

    internal nint Config { get; }

    internal nint Context { get; }

    /// <summary>
    /// A headless GLES 3 context made current on the calling thread, or null with a diagnostic
    /// (<see cref="GpuDiagnosticCodes.ContextUnavailable"/>) saying why.
    /// </summary>
    public static EglDevice? TryCreateHeadless(out Diagnostic? diagnostic)
    {
        diagnostic = null;
        try
        {
            var display = SurfacelessDisplay(out var failure);
            if (display == 0)
            {
                diagnostic = Failure(failure!);
                return null;
            }

            // eglChooseConfig defaults to EGL_WINDOW_BIT; headless needs no surface type at all.
            var config = GlesConfig(display, surfaceType: 0, alphaSize: 8, out failure);
            if (config == 0)
            {
                diagnostic = Failure(failure!);
                return null;
            }

            var contextAttribs = stackalloc int[] { Egl.EGL_CONTEXT_MAJOR_VERSION, 3, Egl.EGL_CONTEXT_MINOR_VERSION, 0, Egl.EGL_NONE };
            var context = Egl.eglCreateContext(display, config, 0, contextAttribs);
            if (context == 0)
            {
                diagnostic = Failure($"eglCreateContext for GLES 3.0 failed (0x{Egl.eglGetError():x}).");
                return null;
            }

            // EGL_KHR_surfaceless_context: current with no surface; we draw into framebuffer objects.
            if (Egl.eglMakeCurrent(display, 0, 0, context) == 0)
            {
                var error = Egl.eglGetError();
                Egl.eglDestroyContext(display, context);
                diagnostic = Failure($"eglMakeCurrent without a surface failed (0x{error:x}).");
                return null;
            }

            return new EglDevice(display, config, context);
        }
        catch (DllNotFoundException e)
        {
            diagnostic = Failure("libEGL.so.1 or libGLESv2.so.2 is not installed (Debian: libegl1, libgles2, libegl-mesa0): " + e.Message);
            return null;
        }
        catch (EntryPointNotFoundException e)
        {
            diagnostic = Failure("The EGL/GLES libraries lack an entry point: " + e.Message);
            return null;
        }
    }

    /// <summary>
    /// Wraps the GL context the calling thread has current (the embedding app's: EGL, or GLX when
    /// libGLESv2 is libglvnd's dispatcher), or returns null with a diagnostic when none is current. It
    /// should be an OpenGL ES 3.0+ context (the shaders are GLSL ES 3.00; the renderer reports SP8001
    /// otherwise). The app keeps owning the context: it must be current whenever the engine draws,
    /// and disposing the device leaves it alone.
    /// </summary>
    public static EglDevice? TryWrapCurrent(out Diagnostic? diagnostic)
    {
        diagnostic = null;
        try
        {
            var version = Gl.glGetString(Gl.GL_VERSION);
            if (version == null)
            {
                diagnostic = Failure("No GL context is current on the calling thread: make the app's context current before attaching it.");
                return null;
            }

            // An EGL context is remembered with its surfaces, so MakeCurrent can restore it; a GLX one cannot be named here.
            var context = Egl.eglGetCurrentContext();
            var device = new EglDevice(context == 0 ? 0 : Egl.eglGetCurrentDisplay(), 0, context, hostOwned: true);
            if (context != 0)
            {
                device._hostDraw = Egl.eglGetCurrentSurface(Egl.EGL_DRAW);
                device._hostRead = Egl.eglGetCurrentSurface(Egl.EGL_READ);
            }

            return device;
        }
        catch (DllNotFoundException e)
        {
            diagnostic = Failure("libEGL.so.1 or libGLESv2.so.2 is not installed (Debian: libegl1, libgles2): " + e.Message);
            return null;
        }
    }

    /// <summary>
    /// Makes this context current on the calling thread (after another thread released it). For a
    /// host-owned EGL context this restores the app's context and surfaces; for a host-owned GLX
    /// context it does nothing (the app keeps it current).
    /// </summary>
    public void MakeCurrent()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (IsHostOwned)
        {
            if (Context != 0 && Egl.eglGetCurrentContext() != Context && Egl.eglMakeCurrent(Display, _hostDraw, _hostRead, Context) == 0)
            {
                ThrowHelper.InvalidOperation($"eglMakeCurrent of the app's context failed (0x{Egl.eglGetError():x}).");
            }

            return;
        }

        if (Egl.eglMakeCurrent(Display, _window, _window, Context) == 0)
        {
            ThrowHelper.InvalidOperation($"eglMakeCurrent failed (0x{Egl.eglGetError():x}).");
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (IsHostOwned)
        {
            return;
        }

        if (Egl.eglGetCurrentContext() == Context)
        {
            Egl.eglMakeCurrent(Display, 0, 0, 0);
        }

        if (_window != 0)
        {
            Egl.eglDestroySurface(Display, _window);
        }

        Egl.eglDestroyContext(Display, Context);
    }

    private static nint SurfacelessDisplay(out string? failure)
    {
        lock (DisplayLock)
        {
            failure = _displayFailure;
            if (_display != 0 || _displayFailure != null)
            {
                return _display;
            }

            var clientExtensions = Utf8(Egl.eglQueryString(0, Egl.EGL_EXTENSIONS));
            if (!clientExtensions.Contains("EGL_MESA_platform_surfaceless", StringComparison.Ordinal))
            {
                _displayFailure = failure = "EGL lacks EGL_MESA_platform_surfaceless (client extensions: " + clientExtensions + ").";
                return 0;
            }

            delegate* unmanaged<int, nint, int*, nint> getPlatformDisplay;
            fixed (byte* name = "eglGetPlatformDisplayEXT\0"u8)
            {
                getPlatformDisplay = (delegate* unmanaged<int, nint, int*, nint>)Egl.eglGetProcAddress(name);
            }

            if (getPlatformDisplay == null)
            {
                _displayFailure = failure = "eglGetProcAddress(eglGetPlatformDisplayEXT) returned null.";
                return 0;
            }

            var none = Egl.EGL_NONE;
            var display = getPlatformDisplay(Egl.EGL_PLATFORM_SURFACELESS_MESA, 0, &none);
            int major;
            int minor;
            if (display == 0 || Egl.eglInitialize(display, &major, &minor) == 0)
            {
                _displayFailure = failure = $"No surfaceless EGL display could be initialised (0x{Egl.eglGetError():x}).";
                return 0;
            }

            _display = display;
            return display;
        }
    }

    /// <summary>GLES 3 bound as the API and an RGB(A)8 GLES 3 config of <paramref name="surfaceType"/>, or 0 with why not.</summary>
    private static nint GlesConfig(nint display, int surfaceType, int alphaSize, out string? failure)
    {
        failure = null;
        if (Egl.eglBindAPI(Egl.EGL_OPENGL_ES_API) == 0)
        {
            failure = $"eglBindAPI(EGL_OPENGL_ES_API) failed (0x{Egl.eglGetError():x}).";
            return 0;
        }

        var configAttribs = stackalloc int[]
        {
            Egl.EGL_RED_SIZE, 8, Egl.EGL_GREEN_SIZE, 8, Egl.EGL_BLUE_SIZE, 8, Egl.EGL_ALPHA_SIZE, alphaSize,
            Egl.EGL_RENDERABLE_TYPE, Egl.EGL_OPENGL_ES3_BIT, Egl.EGL_SURFACE_TYPE, surfaceType, Egl.EGL_NONE,
        };
        nint config;
        int count;
        if (Egl.eglChooseConfig(display, configAttribs, &config, 1, &count) == 0 || count == 0)
        {
            failure = $"No GLES 3 EGL config with {(alphaSize > 0 ? "RGBA8" : "RGB8")} and surface type 0x{surfaceType:x} (0x{Egl.eglGetError():x}).";
            return 0;
        }

        return config;
    }

    private static Diagnostic Failure(string message) =>
        Diagnostic.Error(GpuDiagnosticCodes.ContextUnavailable, message, SourceLocation.None);

    private static string GlString(uint name) => Utf8(Gl.glGetString(name));

    private static string Utf8(byte* s) => s == null ? string.Empty : Marshal.PtrToStringUTF8((nint)s) ?? string.Empty;
}
