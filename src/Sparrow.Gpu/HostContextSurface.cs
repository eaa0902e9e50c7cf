namespace Sparrow.Gpu;

/// <summary>
/// A framebuffer of a GL/GLES context the embedding app owns and has made current (e.g. an SDL
/// window's context): framebuffer 0 for its window, or the id of an FBO it created. The renderer
/// draws into it; the app presents (swaps) it. Owns no GL object, so disposing frees nothing.
/// </summary>
public sealed class HostContextSurface : RenderSurface
{
    private readonly uint _framebuffer;

    /// <summary>A <paramref name="width"/> × <paramref name="height"/> (device pixels) target at <paramref name="framebuffer"/>.</summary>
    public HostContextSurface(uint framebuffer, int width, int height)
        : base(width, height)
    {
        _framebuffer = framebuffer;
    }

    internal override uint Framebuffer => _framebuffer;
}
