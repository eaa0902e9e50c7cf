using Sparrow.Css;
using Sparrow.Gpu;
using Sparrow.Host.Rendering;

namespace Sparrow.Host.Headless;

/// <summary>What the embedding API (<see cref="Embedding.MiniProgram"/>) needs of a session beyond the headless entry points. Render thread only.</summary>
public sealed partial class HeadlessSession
{
    /// <summary>The GPU end (null when nothing is drawn).</summary>
    internal FrameRasterizer? Rasterizer => _rasterizer;

    /// <summary>Runs what is queued on the logic thread now (no timer jumps ahead), applying batches as they arrive.</summary>
    internal void RunUntilIdle()
    {
        var done = Runtime.Js.RunUntilIdleAsync();
        Pump(done);
        done.GetAwaiter().GetResult();
        Drain();
        RenderTick();
    }

    /// <summary>Applies a new window size (CSS px) and pixel ratio: every page restyles and lays out again, the offscreen target is resized.</summary>
    internal void Resize(int width, int height, double pixelRatio)
    {
        Options = Options with { Width = width, Height = height, PixelRatio = pixelRatio };
        SetEnvironment(Environment with { WindowWidth = width, WindowHeight = height });
        var (pixelsWide, pixelsHigh) = FramePixels;
        if (_rasterizer is not null)
        {
            _rasterizer.Device.MakeCurrent();
            _rasterizer.Resize(pixelsWide, pixelsHigh);
        }
    }

    /// <summary>Sets what style resolution depends on (theme, safe area, window): open pages restyle on their next update.</summary>
    internal void SetEnvironment(StyleEnvironment environment)
    {
        Environment = environment;
        foreach (var page in _pages.Values)
        {
            page.Cascade.Environment = environment;
        }
    }

    /// <summary>Registers a font file under <paramref name="family"/> for every page; false when the file is not a usable font.</summary>
    internal bool RegisterFont(string family, string path) => _fonts.RegisterFontFile(family, path, 400, italic: false) is not null;

    /// <summary>Draws the next frames into <paramref name="target"/> (the app's framebuffer) instead of the offscreen one; null: offscreen again.</summary>
    internal void SetTarget(RenderSurface? target)
    {
        if (_rasterizer is not null)
        {
            _rasterizer.Target = target;
        }
    }
}
