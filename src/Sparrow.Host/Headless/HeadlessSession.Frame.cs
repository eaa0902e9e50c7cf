using System;
using System.Collections.Generic;
using System.Diagnostics;
using Sparrow.Core;
using Sparrow.Gpu;
using Sparrow.Host.Rendering;
using Sparrow.Scene;

namespace Sparrow.Host.Headless;

public sealed partial class HeadlessSession
{
    private readonly SceneBuilder _scene = new();
    private readonly List<long> _unshownBatches = [];
    private readonly List<double> _batchLatencies = [];
    private FrameRasterizer? _rasterizer;
    private PackageImageSource? _images;
    private int _frameIndex;

    /// <summary>Whether frames are drawn (a GPU context exists); false when EGL is missing or drawing was turned off.</summary>
    public bool CanDraw => _rasterizer is not null;

    /// <summary>Whether frames report GPU time (<see cref="FrameRecord.GpuMs"/>): a GPU context with timer queries.</summary>
    public bool HasGpuTimer => _rasterizer?.Renderer.HasGpuTimer == true;

    /// <summary>
    /// Where image textures are uploaded: "shared-context" (the renderer's upload thread) or
    /// "render-thread"; null when nothing is drawn. <see cref="TextureUploadReason"/> says why the render thread.
    /// </summary>
    public string? TextureUploadPath => _rasterizer?.Renderer.UploadPath switch
    {
        null => null,
        Gpu.TextureUploadPath.SharedContext => "shared-context",
        _ => "render-thread",
    };

    /// <summary>Why textures are uploaded on the render thread (no shared context could be made), or null.</summary>
    public string? TextureUploadReason => _rasterizer?.Renderer.UploadPathReason;

    /// <summary>The pixels of the last captured frame (straight alpha, top row first), or null.</summary>
    public RgbaImage? LastPixels { get; private set; }

    /// <summary>The scene of the last frame (after <see cref="RenderFrame"/>).</summary>
    public DisplayList? LastScene { get; private set; }

    /// <summary>The last frame's scene as <see cref="SceneDump"/> text, or null before the first drawn frame.</summary>
    public string? SceneText() => LastScene is null ? null : SceneDump.Write(LastScene);

    /// <summary>
    /// setData→frame latency of every op batch shown so far, ms of wall time: from when the batch left
    /// the logic thread (the end of the task whose <c>setData</c> wrote it) to the end of the first
    /// <see cref="RenderFrame"/> after it was applied (raster included, readback and PNG not), in the
    /// order the frames showed them.
    /// </summary>
    public IReadOnlyList<double> BatchLatenciesMs => _batchLatencies;

    /// <summary>Frame size in device pixels.</summary>
    public (int Width, int Height) FramePixels => ((int)Math.Round(Options.Width * Options.PixelRatio), (int)Math.Round(Options.Height * Options.PixelRatio));

    /// <summary>
    /// Renders the page on top: applies what is queued, restyles, lays out, paints and (when a GPU
    /// context exists) rasterises; with <paramref name="capture"/> also reads the pixels back.
    /// Images still decoding are waited for first, so a headless frame repeats exactly.
    /// </summary>
    public FrameRecord RenderFrame(bool capture, string? pngPath = null)
    {
        capture |= pngPath is not null;
        LastPixels = null;
        var applyStarted = Stopwatch.GetTimestamp();
        Drain();
        var apply = Stopwatch.GetElapsedTime(applyStarted);
        var batches = _batchesSinceFrame;
        _batchesSinceFrame = 0;
        var page = CurrentPage;
        var viewport = PageViewport; // HeadlessSession.Shell.cs: the window less the bars
        var ratio = (float)Options.PixelRatio;
        var update = page?.Update(viewport, ratio) ?? default;
        if (page is not null)
        {
            UpdateComponents(page);
            UpdateImages(page); // HeadlessSession.Images.cs: bindload / binderror, lazy-load
        }

        RenderTick(); // scroll animation, scroll events, observers: once per frame

        TimeSpan paint = default, raster = default, readback = default;
        RgbaImage? pixels = null;
        var drawCalls = 0;
        var instances = 0;
        double? gpuMs = null;
        if (page is not null && _rasterizer is not null)
        {
            _rasterizer.Device.MakeCurrent();
            _images?.WaitForLoads(TimeSpan.FromSeconds(10));
            _rasterizer.BeginFrame();
            var paintStarted = Stopwatch.GetTimestamp();
            LastScene = PaintPage(page, _scene, viewport, ratio);
            for (var retry = 0; retry < 3 && _images is { Loading: > 0 }; retry++)
            {
                // Paint asked for images it had not seen: a headless frame waits for them and paints
                // again, so the same run gives the same pixels (a windowed host shows them a frame later).
                _images.WaitForLoads(TimeSpan.FromSeconds(10));
                LastScene = PaintPage(page, _scene, viewport, ratio);
            }

            PaintPullIndicator(LastScene, ratio); // HeadlessSession.Scroll.cs: the band above a pulled-down page
            LastScene = ComposeShell(LastScene, ratio); // HeadlessSession.Shell.cs: page into its viewport, bars and overlays over it
            paint = Stopwatch.GetElapsedTime(paintStarted);
            raster = Rasterize(_rasterizer, LastScene, capture, pngPath, out readback, out pixels);
            LastPixels = pixels;
            drawCalls = _rasterizer.LastFrame.DrawCalls;
            instances = _rasterizer.LastFrame.Instances;
            gpuMs = _rasterizer.LastFrame.GpuMs;
        }

        TakeBatchLatencies(readback);
        var record = new FrameRecord(
            _frameIndex++,
            ClockMs,
            batches,
            update.Restyled,
            update.Boxes,
            drawCalls,
            instances,
            FrameRecord.Ms(apply),
            FrameRecord.Ms(update.Style),
            FrameRecord.Ms(update.Layout),
            FrameRecord.Ms(update.Text),
            FrameRecord.Ms(paint),
            FrameRecord.Ms(raster),
            FrameRecord.Ms(readback),
            gpuMs);
        return record;
    }

    /// <summary>Render thread, from <see cref="Drain"/>: the batch waits for the frame that shows it.</summary>
    private void NoteBatchApplied(in Sparrow.Script.MiniProgram.PageOpBatch batch)
    {
        if (batch.Timestamp != 0)
        {
            _unshownBatches.Add(batch.Timestamp);
        }
    }

    /// <summary>The frame is done (its <paramref name="readback"/>, a capture, not counted): every batch applied since the last one is shown now.</summary>
    private void TakeBatchLatencies(TimeSpan readback)
    {
        var now = Stopwatch.GetTimestamp();
        foreach (var stamp in _unshownBatches)
        {
            _batchLatencies.Add((Stopwatch.GetElapsedTime(stamp, now) - readback).TotalMilliseconds);
        }

        _unshownBatches.Clear();
    }

    /// <summary>
    /// Rasterises <paramref name="scene"/> over white and, with <paramref name="capture"/>, reads the
    /// pixels back (and writes them to <paramref name="pngPath"/> when given); the counts are in the
    /// rasterizer's <see cref="FrameRasterizer.LastFrame"/>. Shared with <see cref="Capture.CaptureReplay"/>.
    /// </summary>
    /// <returns>The raster time.</returns>
    internal static TimeSpan Rasterize(FrameRasterizer rasterizer, DisplayList scene, bool capture, string? pngPath, out TimeSpan readback, out RgbaImage? pixels)
    {
        var raster = rasterizer.Draw(scene, Color.White);
        readback = default;
        pixels = null;
        if (capture)
        {
            var readStarted = Stopwatch.GetTimestamp();
            pixels = rasterizer.ReadPixels();
            readback = Stopwatch.GetElapsedTime(readStarted);
            if (pngPath is not null)
            {
                PngWriter.WriteFile(pixels, pngPath);
            }
        }

        return raster;
    }

    private void CreateRasterizer()
    {
        if (!Options.Draw)
        {
            return;
        }

        var (width, height) = FramePixels;
        _rasterizer = Options.Device is { } device
            ? FrameRasterizer.TryCreate(device, width, height, _diagnostics)
            : FrameRasterizer.TryCreate(width, height, _diagnostics);
        if (_rasterizer is null)
        {
            _diagnostics.Report(Diagnostic.Warning(HostDiagnosticCodes.NoGpu, "no EGL display with OpenGL ES 3 could be created: frames are laid out but not drawn", SourceLocation.None));
            return;
        }

        _images = new PackageImageSource(Package.Root, _rasterizer.Renderer, _diagnostics);
        CreatePainter();
    }

    private void DisposeRasterizer()
    {
        _rasterizer?.Device.MakeCurrent();
        _images?.Dispose();
        DisposePainter();
        _rasterizer?.Dispose();
        _rasterizer = null;
    }
}
