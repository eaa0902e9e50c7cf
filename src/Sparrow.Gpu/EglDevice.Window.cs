using System;
using Sparrow.Core;
using Sparrow.Gpu.Interop;

namespace Sparrow.Gpu;

public sealed unsafe partial class EglDevice
{
    /// <summary>The EGL window surface this device draws into (0 for headless and host-owned devices).</summary>
    private nint _window;

    /// <summary>
    /// A GLES 3 context with an EGL window surface on the app's <paramref name="nativeWindow"/> of
    /// <paramref name="nativeDisplay"/>, made current on the calling thread; or null with a diagnostic
    /// (<see cref="GpuDiagnosticCodes.ContextUnavailable"/>) saying why. The app keeps owning the
    /// native display and window (they must outlive the device); the device owns the EGL context and
    /// surface. Draw through a <see cref="WindowSurface"/>; its <see cref="RenderSurface.Present"/> swaps.
    /// </summary>
    public static EglDevice? TryCreateForWindow(WindowPlatform platform, nint nativeDisplay, nint nativeWindow, out Diagnostic? diagnostic)
    {
        diagnostic = null;
        if (nativeDisplay == 0 || nativeWindow == 0)
        {
            diagnostic = Failure("A window surface needs the app's native display and window (both were not given).");
            return null;
        }

        try
        {
            var display = PlatformDisplay(platform, nativeDisplay, out var failure);
            if (display == 0)
            {
                diagnostic = Failure(failure!);
                return null;
            }

            // No alpha asked for: a window's visual is usually 24-bit, and the frame is opaque.
            var config = GlesConfig(display, Egl.EGL_WINDOW_BIT, alphaSize: 0, out failure);
            if (config == 0)
            {
                diagnostic = Failure(failure!);
                return null;
            }

            var surface = Egl.eglCreateWindowSurface(display, config, nativeWindow, null);
            if (surface == 0)
            {
                diagnostic = Failure($"eglCreateWindowSurface failed (0x{Egl.eglGetError():x}): is the window of this display?");
                return null;
            }

            var contextAttribs = stackalloc int[] { Egl.EGL_CONTEXT_MAJOR_VERSION, 3, Egl.EGL_CONTEXT_MINOR_VERSION, 0, Egl.EGL_NONE };
            var context = Egl.eglCreateContext(display, config, 0, contextAttribs);
            if (context == 0 || Egl.eglMakeCurrent(display, surface, surface, context) == 0)
            {
                var error = Egl.eglGetError();
                if (context != 0)
                {
                    Egl.eglDestroyContext(display, context);
                }

                Egl.eglDestroySurface(display, surface);
                diagnostic = Failure($"A GLES 3.0 context on the window could not be made current (0x{error:x}).");
                return null;
            }

            return new EglDevice(display, config, context) { _window = surface };
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

    /// <summary>Whether this device draws into an EGL window surface (<see cref="TryCreateForWindow"/>).</summary>
    public bool HasWindow => _window != 0;

    /// <summary>The window surface's current size in pixels (it follows the native window's size).</summary>
    public (int Width, int Height) WindowSize()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_window == 0)
        {
            ThrowHelper.InvalidOperation("This device has no window surface.");
        }

        int width, height;
        Egl.eglQuerySurface(Display, _window, Egl.EGL_WIDTH, &width);
        Egl.eglQuerySurface(Display, _window, Egl.EGL_HEIGHT, &height);
        return (width, height);
    }

    /// <summary>Shows the finished frame on the window.</summary>
    internal void SwapBuffers()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_window != 0 && Egl.eglSwapBuffers(Display, _window) == 0)
        {
            ThrowHelper.InvalidOperation($"eglSwapBuffers failed (0x{Egl.eglGetError():x}).");
        }
    }

    /// <summary>The EGL display of the app's native display (EGL hands back the same one for the same native display).</summary>
    private static nint PlatformDisplay(WindowPlatform platform, nint nativeDisplay, out string? failure)
    {
        failure = null;
        var (extension, id) = platform switch
        {
            WindowPlatform.X11 => ("_platform_x11", Egl.EGL_PLATFORM_X11_KHR),
            _ => ("_platform_wayland", Egl.EGL_PLATFORM_WAYLAND_KHR),
        };
        var clientExtensions = Utf8(Egl.eglQueryString(0, Egl.EGL_EXTENSIONS));
        if (!clientExtensions.Contains(extension, StringComparison.Ordinal))
        {
            failure = $"EGL lacks EGL_EXT{extension} / EGL_KHR{extension} (client extensions: {clientExtensions}).";
            return 0;
        }

        delegate* unmanaged<int, nint, int*, nint> getPlatformDisplay;
        fixed (byte* name = "eglGetPlatformDisplayEXT\0"u8)
        {
            getPlatformDisplay = (delegate* unmanaged<int, nint, int*, nint>)Egl.eglGetProcAddress(name);
        }

        if (getPlatformDisplay == null)
        {
            failure = "eglGetProcAddress(eglGetPlatformDisplayEXT) returned null.";
            return 0;
        }

        var none = Egl.EGL_NONE;
        var display = getPlatformDisplay(id, nativeDisplay, &none);
        int major;
        int minor;
        if (display == 0 || Egl.eglInitialize(display, &major, &minor) == 0)
        {
            failure = $"No EGL display could be initialised on the app's {platform} display (0x{Egl.eglGetError():x}).";
            return 0;
        }

        return display;
    }
}
