using System;
using System.Diagnostics;
using System.Threading;
using Sparrow.Gpu;

namespace Sparrow.Host.Embedding;

public sealed partial class MiniProgram
{
    private double? _lastVsync;
    private int _drawnFrames;
    private uint _hostFramebuffer;
    private RenderSurface? _hostSurface;

    /// <summary>Window width in CSS px.</summary>
    public int Width => _session.Options.Width;

    /// <summary>Window height in CSS px.</summary>
    public int Height => _session.Options.Height;

    /// <summary>Device pixels per CSS px.</summary>
    public double PixelRatio => _session.Options.PixelRatio;

    /// <summary>Frame width in device pixels (<see cref="Width"/> · <see cref="PixelRatio"/>, rounded).</summary>
    public int PixelWidth => _session.FramePixels.Width;

    /// <summary>Frame height in device pixels.</summary>
    public int PixelHeight => _session.FramePixels.Height;

    /// <summary>Whether frames are drawn (false with <see cref="SurfaceKind.None"/> or when no GPU context could be had).</summary>
    public bool CanDraw => _session.CanDraw;

    /// <summary>The route of the page on top (<c>pages/index/index</c>), or null before one opened.</summary>
    public string? CurrentRoute => _session.CurrentRoute;

    /// <summary>The program's clock, ms since it opened.</summary>
    public double ClockMs => _session.ClockMs;

    /// <summary>
    /// Renders one frame at <paramref name="vsyncTimeMs"/> (the host's monotonic clock, ms; any
    /// origin, never decreasing): time moves on by the gap since the previous frame (timers,
    /// animations, longpress run on the way), then what JS sent is applied, styled, laid out,
    /// painted and drawn to the surface. The first frame moves no time.
    /// </summary>
    public FrameInfo RenderFrame(double vsyncTimeMs)
    {
        Verify();
        if (!double.IsFinite(vsyncTimeMs))
        {
            throw new EmbeddingException(EmbeddingError.InvalidArgument, $"vsync time {vsyncTimeMs} is not a finite number");
        }

        if (_lastVsync is { } last && vsyncTimeMs < last)
        {
            throw new EmbeddingException(EmbeddingError.InvalidArgument, $"vsync time went back from {last} to {vsyncTimeMs} ms");
        }

        var started = Stopwatch.GetTimestamp();
        if (_lastVsync is { } previous && vsyncTimeMs > previous)
        {
            _session.Wait(TimeSpan.FromMilliseconds(vsyncTimeMs - previous));
        }

        _lastVsync = vsyncTimeMs;
        if (OpenOptions.Surface is SurfaceKind.HostContext or SurfaceKind.Window)
        {
            UseHostSurface();
        }

        var record = _session.RenderFrame(capture: false);
        var drew = _session.CanDraw && _session.CurrentPage is not null;
        if (drew)
        {
            _drawnFrames++;
        }

        RaiseChanges();
        return new FrameInfo(record.Index, record.ClockMs, drew, record.DrawCalls, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    /// <summary>
    /// With <see cref="SurfaceKind.HostContext"/>: draw into the app's framebuffer object
    /// <paramref name="framebuffer"/> (0, the default, is the window's). Frames are
    /// <see cref="PixelWidth"/> × <see cref="PixelHeight"/> device pixels at its lower left.
    /// </summary>
    public void SetHostFramebuffer(uint framebuffer)
    {
        Verify();
        if (OpenOptions.Surface != SurfaceKind.HostContext)
        {
            throw new EmbeddingException(EmbeddingError.WrongState, "SetHostFramebuffer needs a program opened with SurfaceKind.HostContext");
        }

        _hostFramebuffer = framebuffer;
        _hostSurface = null;
    }

    /// <summary>
    /// Copies the last frame's pixels into <paramref name="destination"/>: RGBA8, straight alpha, top
    /// row first, <see cref="PixelWidth"/> · 4 bytes a row. Waits for the GPU. Needs a drawn frame.
    /// </summary>
    public void ReadPixels(Span<byte> destination)
    {
        Verify();
        EnsureDrawn();
        var needed = (long)PixelWidth * PixelHeight * 4;
        if (destination.Length < needed)
        {
            throw new EmbeddingException(EmbeddingError.BufferTooSmall, $"the buffer holds {destination.Length} bytes; a {PixelWidth}x{PixelHeight} frame needs {needed}");
        }

        ReadImage().Pixels.AsSpan().CopyTo(destination);
    }

    /// <summary>Writes the last frame as a PNG file (the pixels of <see cref="ReadPixels"/>).</summary>
    public void SavePng(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        Verify();
        PngWriter.WriteFile(ReadImage(), path);
    }

    /// <summary>
    /// Runs the program's own frame loop on the calling thread at <paramref name="framesPerSecond"/>
    /// on the machine's clock, calling <paramref name="afterFrame"/> after each frame (present it,
    /// poll the app's events) until it returns false or <paramref name="cancellation"/> fires.
    /// </summary>
    public void Run(Func<MiniProgram, FrameInfo, bool> afterFrame, double framesPerSecond = 60, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(afterFrame);
        Verify();
        if (!(framesPerSecond is > 0 and <= 1000))
        {
            throw new EmbeddingException(EmbeddingError.InvalidArgument, $"{framesPerSecond} frames per second is out of range (0 to 1000)");
        }

        var interval = 1000.0 / framesPerSecond;
        var clock = Stopwatch.StartNew();
        var origin = _lastVsync ?? 0;
        while (!cancellation.IsCancellationRequested && !_closed)
        {
            var frameStart = clock.Elapsed.TotalMilliseconds;
            var info = RenderFrame(origin + frameStart);
            if (!afterFrame(this, info))
            {
                return;
            }

            var wait = interval - (clock.Elapsed.TotalMilliseconds - frameStart);
            if (wait > 0)
            {
                cancellation.WaitHandle.WaitOne(TimeSpan.FromMilliseconds(wait));
            }
        }
    }

    private RgbaImage ReadImage()
    {
        var rasterizer = EnsureDrawn();
        rasterizer.Device.MakeCurrent();
        return rasterizer.ReadPixels();
    }

    private Rendering.FrameRasterizer EnsureDrawn()
    {
        var rasterizer = _session.Rasterizer;
        if (rasterizer is null || _drawnFrames == 0)
        {
            throw new EmbeddingException(EmbeddingError.WrongState, rasterizer is null ? "nothing is drawn: no GPU context, or the program was opened with SurfaceKind.None" : "no frame has been drawn yet: call RenderFrame first");
        }

        return rasterizer;
    }

    /// <summary>
    /// With <see cref="SurfaceKind.Window"/>: shows the last frame on the app's window (swaps the EGL
    /// window surface). Call it after <see cref="RenderFrame"/> and anything the app draws over the
    /// frame with the engine's context (it is current on this thread). Does nothing for the other
    /// surfaces (with <see cref="SurfaceKind.HostContext"/> the app swaps its own context).
    /// </summary>
    public void Present()
    {
        Verify();
        if (OpenOptions.Surface == SurfaceKind.Window && _hostSurface is not null)
        {
            _hostSurface.Present();
        }
    }

    private void UseHostSurface()
    {
        var (width, height) = _session.FramePixels;
        if (_hostSurface is null || _hostSurface.Width != width || _hostSurface.Height != height)
        {
            _hostSurface = OpenOptions.Surface == SurfaceKind.Window && _session.Rasterizer is { } rasterizer
                ? new WindowSurface(rasterizer.Device, width, height)
                : new HostContextSurface(_hostFramebuffer, width, height);
            _session.SetTarget(_hostSurface);
        }
    }
}
