using System;
using System.Diagnostics;
using Sparrow.Core;
using Sparrow.Css;
using Sparrow.Gpu;
using Sparrow.Host.Headless;
using Sparrow.Host.Rendering;
using Sparrow.Package;
using Sparrow.Paint;
using Sparrow.Scene;
using Sparrow.Text;

namespace Sparrow.Host.Capture;

/// <summary>
/// A captured page rebuilt without package, JS or V8: its batches applied to a fresh
/// <see cref="PageDocument"/> whose cascade reads the captured stylesheets, then styled, laid out,
/// painted and rasterised exactly as <see cref="HeadlessSession.RenderFrame"/> does. Entry points:
/// <see cref="Start"/>, then <see cref="RenderFrame"/>; <see cref="NewDocument"/> and
/// <see cref="ApplyBatches"/> for benchmarks that rebuild the tree themselves. Every call must come
/// from the thread that called <see cref="Start"/> (the GL context is current there).
/// </summary>
public sealed class CaptureReplay : IDisposable
{
    private readonly IDiagnosticSink _diagnostics;
    private readonly FontSystem _fonts;
    private readonly CaptureWxssResolver _styles;
    private readonly SceneBuilder _scene = new();
    private FrameRasterizer? _rasterizer;
    private GlyphRasterizer? _glyphs;
    private CaptureImageSource? _images;
    private Painter? _painter;
    private int _frameIndex;

    private CaptureReplay(CaptureFile capture, IDiagnosticSink diagnostics)
    {
        Capture = capture;
        _diagnostics = diagnostics;
        _fonts = new FontSystem(diagnostics);
        Measurer = new TextMeasurer(_fonts, diagnostics);
        _styles = new CaptureWxssResolver(capture.StyleSheets);
        Environment = new StyleEnvironment(capture.Width, capture.Height);
        Page = NewDocument();
        ApplyBatches(Page);
    }

    public CaptureFile Capture { get; }

    public StyleEnvironment Environment { get; }

    /// <summary>The shaper and measurer layout uses (one per replay, shared by every document it makes).</summary>
    public TextMeasurer Measurer { get; }

    /// <summary>The replayed page: every captured batch applied, not yet styled.</summary>
    public PageDocument Page { get; }

    /// <summary>Whether frames are drawn (a GPU context exists).</summary>
    public bool CanDraw => _rasterizer is not null;

    /// <summary>The window in CSS px.</summary>
    public Size Viewport => new(Capture.Width, Capture.Height);

    /// <summary>The pixels of the last captured frame, or null.</summary>
    public RgbaImage? LastPixels { get; private set; }

    /// <summary>The scene of the last drawn frame, or null.</summary>
    public DisplayList? LastScene { get; private set; }

    /// <summary>
    /// Rebuilds <paramref name="capture"/>'s page; with <paramref name="draw"/> also creates the GPU
    /// end (when EGL is missing: a warning, and frames are laid out but not drawn).
    /// </summary>
    public static CaptureReplay Start(CaptureFile capture, IDiagnosticSink diagnostics, bool draw = true)
    {
        ArgumentNullException.ThrowIfNull(capture);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var replay = new CaptureReplay(capture, diagnostics);
        try
        {
            if (draw)
            {
                replay.CreateRasterizer();
            }
        }
        catch
        {
            replay.Dispose();
            throw;
        }

        return replay;
    }

    /// <summary>An empty document with the capture's stylesheets and window: nothing applied.</summary>
    public PageDocument NewDocument() => new(Environment, _styles, Measurer, _diagnostics);

    /// <summary>Applies every captured batch to <paramref name="document"/>, in order (a malformed batch is one diagnostic, as live).</summary>
    public void ApplyBatches(PageDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var batch in Capture.Batches)
        {
            document.Apply(batch);
        }
    }

    /// <summary>Styles, lays out, paints and (with a GPU) rasterises the page, as the live session's frame does.</summary>
    public FrameRecord RenderFrame(bool capture, string? pngPath = null)
    {
        capture |= pngPath is not null;
        LastPixels = null;
        var ratio = (float)Capture.PixelRatio;
        var update = Page.Update(Viewport, ratio);
        TimeSpan paint = default, raster = default, readback = default;
        var drawCalls = 0;
        var instances = 0;
        if (_rasterizer is not null && _painter is not null)
        {
            _rasterizer.Device.MakeCurrent();
            _rasterizer.BeginFrame();
            var paintStarted = Stopwatch.GetTimestamp();
            var tree = Page.Boxes.View;
            LastScene = _painter.BuildScene(tree, Page.Root, Page.Store, Page.Cascade.Styles, _scene, new PaintContext(ratio, Viewport));
            paint = Stopwatch.GetElapsedTime(paintStarted);
            raster = HeadlessSession.Rasterize(_rasterizer, LastScene, capture, pngPath, out readback, out var pixels);
            LastPixels = pixels;
            drawCalls = _rasterizer.LastFrame.DrawCalls;
            instances = _rasterizer.LastFrame.Instances;
        }

        return new FrameRecord(
            _frameIndex++, 0, 0, update.Restyled, update.Boxes, drawCalls, instances, 0,
            FrameRecord.Ms(update.Style), FrameRecord.Ms(update.Layout), FrameRecord.Ms(update.Text),
            FrameRecord.Ms(paint), FrameRecord.Ms(raster), FrameRecord.Ms(readback));
    }

    public void Dispose()
    {
        _rasterizer?.Device.MakeCurrent();
        _images?.Dispose();
        _painter = null;
        _glyphs?.Dispose();
        _rasterizer?.Dispose();
        _rasterizer = null;
        _fonts.Dispose();
    }

    private void CreateRasterizer()
    {
        var width = (int)Math.Round(Capture.Width * Capture.PixelRatio);
        var height = (int)Math.Round(Capture.Height * Capture.PixelRatio);
        _rasterizer = FrameRasterizer.TryCreate(width, height, _diagnostics);
        if (_rasterizer is null)
        {
            _diagnostics.Report(Diagnostic.Warning(HostDiagnosticCodes.NoGpu, "no EGL display with OpenGL ES 3 could be created: frames are laid out but not drawn", SourceLocation.None));
            return;
        }

        _glyphs = new GlyphRasterizer();
        _images = new CaptureImageSource(Capture.Images, _rasterizer.Renderer, PackagePaths.DirectoryOf("/" + Capture.Route), _diagnostics);
        _painter = new Painter(_rasterizer.GlyphAtlas, _rasterizer.ColorAtlas, _glyphs, _images);
    }
}
