using System;
using Sparrow.Core;
using Sparrow.Gpu.Interop;

namespace Sparrow.Gpu;

/// <summary>A framebuffer object with an RGBA8 color renderbuffer: the headless target, read back with <see cref="RenderSurface.ReadPixels"/>.</summary>
public sealed unsafe class OffscreenSurface : RenderSurface
{
    private uint _framebuffer;
    private uint _renderbuffer;

    /// <summary>Creates the FBO; the <paramref name="device"/>'s context must be current.</summary>
    public OffscreenSurface(EglDevice device, int width, int height)
        : base(width, height)
    {
        ArgumentNullException.ThrowIfNull(device);
        uint fb;
        uint rb;
        Gl.glGenFramebuffers(1, &fb);
        Gl.glGenRenderbuffers(1, &rb);
        Gl.glBindRenderbuffer(Gl.GL_RENDERBUFFER, rb);
        Gl.glRenderbufferStorage(Gl.GL_RENDERBUFFER, Gl.GL_RGBA8, width, height);
        Gl.glBindFramebuffer(Gl.GL_FRAMEBUFFER, fb);
        Gl.glFramebufferRenderbuffer(Gl.GL_FRAMEBUFFER, Gl.GL_COLOR_ATTACHMENT0, Gl.GL_RENDERBUFFER, rb);
        var status = Gl.glCheckFramebufferStatus(Gl.GL_FRAMEBUFFER);
        _framebuffer = fb;
        _renderbuffer = rb;
        if (status != Gl.GL_FRAMEBUFFER_COMPLETE)
        {
            Dispose();
            ThrowHelper.InvalidOperation($"The offscreen framebuffer is incomplete (0x{status:x}).");
        }
    }

    internal override uint Framebuffer => _framebuffer;

    /// <summary>The GL name of the framebuffer object (e.g. to hand to an embedding API as the app's own FBO).</summary>
    public uint FramebufferId => _framebuffer;

    protected override void Dispose(bool disposing)
    {
        if (_framebuffer != 0)
        {
            var fb = _framebuffer;
            var rb = _renderbuffer;
            Gl.glDeleteFramebuffers(1, &fb);
            Gl.glDeleteRenderbuffers(1, &rb);
            _framebuffer = 0;
            _renderbuffer = 0;
        }
    }
}
