using System;

namespace Sparrow.Gpu;

/// <summary>
/// Where a frame is drawn: a framebuffer of a known size. <see cref="OffscreenSurface"/> is an FBO
/// (headless, tests, capture); a window surface (an EGL window surface, framebuffer 0, presented with
/// eglSwapBuffers) will derive from this too. Only the renderer binds it.
/// </summary>
public abstract class RenderSurface : IDisposable
{
    protected RenderSurface(int width, int height)
    {
        if (width <= 0 || height <= 0)
        {
            Sparrow.Core.ThrowHelper.ArgumentOutOfRange(nameof(width), "A surface needs a positive size.");
        }

        Width = width;
        Height = height;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>The GL framebuffer object to bind; 0 for a window's default framebuffer.</summary>
    internal abstract uint Framebuffer { get; }

    /// <summary>Shows the finished frame (swap for a window; nothing for an offscreen target).</summary>
    public virtual void Present()
    {
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }
}
