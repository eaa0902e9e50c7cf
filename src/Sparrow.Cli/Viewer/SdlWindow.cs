using System;
using System.Runtime.InteropServices;

namespace Sparrow.Cli.Viewer;

/// <summary>
/// An SDL window with a GL ES 3.0 context made current on the calling thread. On X11 the context
/// is EGL (<c>SDL_VIDEO_X11_FORCE_EGL</c>), as the engine's renderer expects.
/// </summary>
internal sealed class SdlWindow : IDisposable
{
    private readonly IntPtr _context;
    private bool _disposed;

    private SdlWindow(IntPtr handle, IntPtr context)
    {
        Handle = handle;
        _context = context;
    }

    public IntPtr Handle { get; }

    /// <summary>
    /// Opens the window and, with <paramref name="glContext"/>, its GL ES context; or returns null with
    /// why not in <paramref name="error"/>. Without a context the window is a plain X11 window that the
    /// engine puts its own EGL window surface on.
    /// </summary>
    public static SdlWindow? Create(string title, int width, int height, bool glContext, out string? error)
    {
        Environment.SetEnvironmentVariable("SDL_VIDEO_X11_FORCE_EGL", "1");
        Sdl.SetHint("SDL_VIDEO_X11_FORCE_EGL", "1");
        Sdl.SetHint("SDL_OPENGL_ES_DRIVER", "1");
        if (Sdl.Init(Sdl.InitVideo) != 0)
        {
            error = $"SDL could not start video ({Sdl.LastError()}); is there a display? Try xvfb-run.";
            return null;
        }

        Sdl.GlSetAttribute(Sdl.GlContextProfileMask, Sdl.GlContextProfileEs);
        Sdl.GlSetAttribute(Sdl.GlContextMajorVersion, 3);
        Sdl.GlSetAttribute(Sdl.GlContextMinorVersion, 0);
        Sdl.GlSetAttribute(Sdl.GlRedSize, 8);
        Sdl.GlSetAttribute(Sdl.GlGreenSize, 8);
        Sdl.GlSetAttribute(Sdl.GlBlueSize, 8);
        Sdl.GlSetAttribute(Sdl.GlAlphaSize, 8);
        Sdl.GlSetAttribute(Sdl.GlDepthSize, 0);
        Sdl.GlSetAttribute(Sdl.GlStencilSize, 8);
        Sdl.GlSetAttribute(Sdl.GlDoubleBuffer, 1);
        var flags = Sdl.WindowResizable | Sdl.WindowShown | (glContext ? Sdl.WindowOpenGl : 0);
        var handle = Sdl.CreateWindow(title, Sdl.WindowPosUndefined, Sdl.WindowPosUndefined, width, height, flags);
        if (handle == IntPtr.Zero)
        {
            error = $"SDL could not open a {width}x{height} GL ES 3.0 window: {Sdl.LastError()}";
            Sdl.Quit();
            return null;
        }

        if (!glContext)
        {
            Sdl.StartTextInput();
            error = null;
            return new SdlWindow(handle, IntPtr.Zero);
        }

        var context = Sdl.GlCreateContext(handle);
        if (context == IntPtr.Zero || Sdl.GlMakeCurrent(handle, context) != 0)
        {
            error = $"SDL could not make a GL ES 3.0 context: {Sdl.LastError()}";
            Sdl.DestroyWindow(handle);
            Sdl.Quit();
            return null;
        }

        Sdl.GlSetSwapInterval(1);
        Sdl.StartTextInput();
        error = null;
        return new SdlWindow(handle, context);
    }

    /// <summary>Whether the window has SDL's GL ES context (else the engine draws through its own EGL window surface).</summary>
    public bool HasGlContext => _context != IntPtr.Zero;

    /// <summary>The drawable size in pixels (on X11 the same as the window's).</summary>
    public (int Width, int Height) DrawableSize
    {
        get
        {
            if (!HasGlContext)
            {
                Sdl.GetWindowSize(Handle, out var w, out var h);
                return (w, h);
            }

            Sdl.GlGetDrawableSize(Handle, out var width, out var height);
            return (width, height);
        }
    }

    /// <summary>The X11 <c>Display*</c> SDL opened, or 0 when SDL does not run on X11.</summary>
    public unsafe IntPtr X11Display => WindowInfo(8);

    /// <summary>The X11 window id (for <c>xwd -id</c>), or 0 when SDL does not run on X11.</summary>
    public ulong X11Window => (ulong)WindowInfo(16);

    public void Resize(int width, int height) => Sdl.SetWindowSize(Handle, width, height);

    /// <summary>Swaps SDL's GL window; a window without SDL's context is presented by the engine.</summary>
    public void Present()
    {
        if (HasGlContext)
        {
            Sdl.GlSwapWindow(Handle);
        }
    }

    /// <summary>A pointer-sized field of SDL_SysWMinfo's x11 member, or 0 off X11.</summary>
    private unsafe IntPtr WindowInfo(int offset)
    {
        // SDL_SysWMinfo: SDL_version (3 bytes), subsystem (int at 4), then the union: x11 { Display* at 8; Window at 16 }.
        var info = stackalloc byte[128];
        new Span<byte>(info, 128).Clear();
        info[0] = 2;
        info[1] = 0;
        info[2] = 18;
        const int SubsystemX11 = 2;
        return Sdl.GetWindowWMInfo(Handle, info) == 1 && *(int*)(info + 4) == SubsystemX11 ? *(IntPtr*)(info + offset) : IntPtr.Zero;
    }

    /// <summary>The text of a text-input event (UTF-8, NUL-terminated, at most 32 bytes).</summary>
    public static string TextOf(ref SdlEvent e)
    {
        var bytes = MemoryMarshal.AsBytes(MemoryMarshal.CreateSpan(ref e, 1)).Slice(12, 32);
        var end = bytes.IndexOf((byte)0);
        return System.Text.Encoding.UTF8.GetString(end < 0 ? bytes : bytes[..end]);
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (HasGlContext)
        {
            Sdl.GlDeleteContext(_context);
        }
        Sdl.DestroyWindow(Handle);
        Sdl.Quit();
    }
}
