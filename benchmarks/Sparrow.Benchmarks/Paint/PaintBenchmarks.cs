using BenchmarkDotNet.Attributes;
using Sparrow.Core;
using Sparrow.Gpu;
using Sparrow.Paint;
using Sparrow.Scene;

namespace Sparrow.Benchmarks.Paint;

/// <summary>
/// Scene build of a 5,000-node page (<see cref="PaintPage"/>): the pre-pass over every box, stacking
/// and clips, then the primitives of what is on screen. Warm: glyphs are in the atlas and the
/// builder's arrays have their capacity, as in every frame after the first.
/// </summary>
[BenchmarkCategory("Paint")]
public class PaintBenchmarks
{
    private PaintPage _page = null!;
    private Painter _painter = null!;
    private readonly SceneBuilder _builder = new();
    private readonly SceneBuilder _wholePage = new();
    private readonly BatchPlanner _planner = new(GlesRenderer.TextureSlots);

    [GlobalSetup]
    public void Setup()
    {
        _page = new PaintPage();
        _painter = new Painter(new BenchAtlas(1), new BenchAtlas(2), _page.Rasterizer);
        WholePage();
        Phone();
        Scrolled();
        _painter.BuildScene(_page.View, _page.Root, _page.Store, _page.Styles, _wholePage, new PaintContext(PaintPage.DevicePixelRatio, new Size(PaintPage.Width, _page.Height)));
        Plan();
    }

    [GlobalCleanup]
    public void Cleanup() => _page.Dispose();

    /// <summary>A phone screen (375 × 812 at 2×) at the top of the page: most boxes are walked, few are drawn.</summary>
    [Benchmark(Baseline = true, Description = "5,000-node page, phone viewport")]
    public int Phone() => Paint(new PaintContext(PaintPage.DevicePixelRatio, new Size(PaintPage.Width, 812)));

    /// <summary>The same screen scrolled to the middle of the page.</summary>
    [Benchmark(Description = "5,000-node page, phone viewport scrolled to the middle")]
    public int Scrolled() => Paint(new PaintContext(PaintPage.DevicePixelRatio, new Size(PaintPage.Width, 812), new Point(0, _page.Height / 2)));

    /// <summary>A viewport as tall as the page: every box, border, shadow and glyph is drawn (the worst case).</summary>
    [Benchmark(Description = "5,000-node page, all of it on screen")]
    public int WholePage() => Paint(new PaintContext(PaintPage.DevicePixelRatio, new Size(PaintPage.Width, _page.Height)));

    /// <summary>
    /// The renderer's batch planning (Scene's <see cref="BatchPlanner"/> with <see cref="GlesRenderer.TextureSlots"/>
    /// textures a batch, as <see cref="GlesRenderer"/> configures it) of the whole page's scene: the per-frame cost
    /// of drawing it in fewer calls. Returns the number of batches.
    /// </summary>
    [Benchmark(Description = "batch planning of the whole page's scene")]
    public int Plan()
    {
        _planner.Plan(_wholePage.List);
        return _planner.Batches.Length;
    }

    private int Paint(in PaintContext context)
    {
        var tree = _page.View;
        var list = _painter.BuildScene(tree, _page.Root, _page.Store, _page.Styles, _builder, context);
        return list.Order.Count;
    }
}
