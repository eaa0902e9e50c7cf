using System;
using Sparrow.Gpu.Interop;

namespace Sparrow.Gpu;

/// <summary>
/// Where a frame is drawn: a framebuffer of a known size. <see cref="OffscreenSurface"/> is an FBO
/// (headless, tests, capture); <see cref="HostContextSurface"/> is a framebuffer of a context the
/// embedding app owns (its window's framebuffer 0, or an FBO it made). Only the renderer binds it.
/// </summary>
public abstract unsafe class RenderSurface : IDisposable
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

    /// <summary>
    /// The surface's pixels, top row first, with straight (un-premultiplied) alpha as PNG wants.
    /// Stalls until the GPU has finished: for tests, capture and screenshots, not for every frame.
    /// Precondition: the context that owns the framebuffer is current on the calling thread.
    /// </summary>
    public RgbaImage ReadPixels()
    {
        var image = new RgbaImage(Width, Height);
        var rowBytes = Width * 4;
        var bottomUp = new byte[rowBytes * Height];
        Gl.glBindFramebuffer(Gl.GL_FRAMEBUFFER, Framebuffer);
        Gl.glPixelStorei(Gl.GL_PACK_ALIGNMENT, 1);
        fixed (byte* p = bottomUp)
        {
            Gl.glReadPixels(0, 0, Width, Height, Gl.GL_RGBA, Gl.GL_UNSIGNED_BYTE, p);
        }

        // GL's origin is bottom-left; the renderer draws y-down, so the last GL row is the image's top.
        for (var y = 0; y < Height; y++)
        {
            bottomUp.AsSpan((Height - 1 - y) * rowBytes, rowBytes).CopyTo(image.Pixels.AsSpan(y * rowBytes, rowBytes));
        }

        image.Unpremultiply();
        return image;
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
