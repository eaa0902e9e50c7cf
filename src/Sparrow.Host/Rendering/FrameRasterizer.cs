using System;
using System.Diagnostics;
using Sparrow.Core;
using Sparrow.Gpu;
using Sparrow.Scene;

namespace Sparrow.Host.Rendering;

/// <summary>
/// The GPU end of a headless frame: an EGL device (surfaceless), the GLES renderer, an offscreen
/// surface of the frame's size in device pixels and the glyph atlases Paint fills. Entry point:
/// <see cref="TryCreate(int, int, IDiagnosticSink)"/>, then <see cref="Draw"/> per frame and <see cref="ReadPixels"/> when a
/// picture is wanted. Render thread only (the GL context is current on the creating thread).
/// </summary>
public sealed class FrameRasterizer : IDisposable
{
    private OffscreenSurface _surface;

    private FrameRasterizer(EglDevice device, GlesRenderer renderer, int width, int height)
    {
        Device = device;
        Renderer = renderer;
        _surface = new OffscreenSurface(device, width, height);
        GlyphAtlas = new GlyphAtlas(renderer, TextureFormat.R8);
        ColorAtlas = new GlyphAtlas(renderer, TextureFormat.Rgba8);
    }

    public EglDevice Device { get; }

    public GlesRenderer Renderer { get; }

    /// <summary>Coverage (R8) atlas for glyphs.</summary>
    public GlyphAtlas GlyphAtlas { get; }

    /// <summary>Premultiplied RGBA atlas for color glyphs (emoji).</summary>
    public GlyphAtlas ColorAtlas { get; }

    /// <summary>Where <see cref="Draw"/> draws instead of the offscreen target (the app's framebuffer); null: offscreen.</summary>
    public RenderSurface? Target { get; set; }

    public int Width => _surface.Width;

    public int Height => _surface.Height;

    /// <summary>Draw calls, batches, layers and instances of the last frame.</summary>
    public FrameStats LastFrame => Renderer.LastFrame;

    /// <summary>
    /// A headless device and renderer with a <paramref name="width"/> × <paramref name="height"/> target,
    /// or null with a diagnostic when no EGL display or GLES 3 context can be had (or a shader fails).
    /// </summary>
    public static FrameRasterizer? TryCreate(int width, int height, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var device = EglDevice.TryCreateHeadless(out var failure);
        if (device is null)
        {
            if (failure is not null)
            {
                diagnostics.Report(failure);
            }

            return null;
        }

        return TryCreate(device, width, height, diagnostics);
    }

    /// <summary>The same over a given <paramref name="device"/> (e.g. the embedding app's context); disposed with the rasterizer.</summary>
    public static FrameRasterizer? TryCreate(EglDevice device, int width, int height, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var renderer = GlesRenderer.TryCreate(device, diagnostics);
        if (renderer is null)
        {
            device.Dispose();
            return null;
        }

        return new FrameRasterizer(device, renderer, width, height);
    }

    /// <summary>Starts a frame: atlas tiles unused from now on may be evicted.</summary>
    public void BeginFrame()
    {
        GlyphAtlas.BeginFrame();
        ColorAtlas.BeginFrame();
    }

    /// <summary>Resizes the target (device pixels); its content is lost.</summary>
    public void Resize(int width, int height)
    {
        if (width == _surface.Width && height == _surface.Height)
        {
            return;
        }

        _surface.Dispose();
        _surface = new OffscreenSurface(Device, width, height);
    }

    /// <summary>Draws <paramref name="list"/> (built for this target's size) over <paramref name="clear"/>. Returns the CPU time spent submitting.</summary>
    public TimeSpan Draw(DisplayList list, Color clear)
    {
        var started = Stopwatch.GetTimestamp();
        Renderer.Draw(list, Target ?? _surface, clear);
        return Stopwatch.GetElapsedTime(started);
    }

    /// <summary>The target's pixels (waits for the GPU), straight alpha, top row first.</summary>
    public RgbaImage ReadPixels() => (Target ?? _surface).ReadPixels();

    public void Dispose()
    {
        GlyphAtlas.Dispose();
        ColorAtlas.Dispose();
        _surface.Dispose();
        Renderer.Dispose();
        Device.Dispose();
    }
}
