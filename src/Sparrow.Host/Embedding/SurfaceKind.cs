namespace Sparrow.Host.Embedding;

/// <summary>Where a mini program's frames are drawn.</summary>
public enum SurfaceKind
{
    /// <summary>An engine-owned GPU context (EGL surfaceless) and framebuffer; the app reads pixels with <see cref="MiniProgram.ReadPixels"/>.</summary>
    Offscreen,

    /// <summary>
    /// A GL ES 3 context the app owns (e.g. an SDL window's) and has made current on the thread that
    /// opens the mini program and on every frame; frames go to its framebuffer 0 or to the FBO named
    /// by <see cref="MiniProgram.SetHostFramebuffer"/>. The app swaps buffers itself.
    /// </summary>
    HostContext,

    /// <summary>No drawing: style and layout only (tests, tools).</summary>
    None,

    /// <summary>
    /// An EGL window surface the engine creates on the app's native window
    /// (<see cref="OpenOptions.NativeDisplay"/>, <see cref="OpenOptions.NativeWindow"/>,
    /// <see cref="OpenOptions.WindowPlatform"/>) with its own GL ES 3 context: frames go to the
    /// window's framebuffer and <see cref="MiniProgram.Present"/> swaps them onto it.
    /// </summary>
    Window,
}
