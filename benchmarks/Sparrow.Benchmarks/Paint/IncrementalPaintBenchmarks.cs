using BenchmarkDotNet.Attributes;
using Sparrow.Core;
using Sparrow.Dom;
using Sparrow.Paint;
using Sparrow.Scene;

namespace Sparrow.Benchmarks.Paint;

/// <summary>
/// Incremental scene build (Paint README) of the 5,000-node page (<see cref="PaintPage"/>): the same
/// frame built whole, and built with one text node reported dirty (its chunks painted, the rest copied
/// from the last frame), for the whole page on screen and for a phone viewport; and a scroll by 100 px
/// (the chunks on screen in both frames copied, moved). Warm, as every frame after the first.
/// </summary>
[BenchmarkCategory("Paint")]
public class IncrementalPaintBenchmarks
{
    private PaintPage _page = null!;
    private Painter _full = null!;
    private Painter _incremental = null!;
    private Painter _forced = null!;
    private readonly SceneBuilder _forcedBuilder = new();
    private readonly SceneBuilder _fullBuilder = new();
    private readonly SceneBuilder _incrementalBuilder = new();
    private int _dirty;
    private Painter _scrolling = null!;
    private Painter _phoneScrolling = null!;
    private Painter _phoneScrollingForced = null!;
    private readonly SceneBuilder _scrollingBuilder = new();
    private readonly SceneBuilder _phoneScrollingBuilder = new();
    private readonly SceneBuilder _phoneScrollingForcedBuilder = new();
    private float _scrollY;

    [GlobalSetup]
    public void Setup()
    {
        _page = new PaintPage();
        _full = new Painter(new BenchAtlas(1), new BenchAtlas(2), _page.Rasterizer);
        _incremental = new Painter(new BenchAtlas(1), new BenchAtlas(2), _page.Rasterizer) { Incremental = true };
        _forced = new Painter(new BenchAtlas(1), new BenchAtlas(2), _page.Rasterizer) { Incremental = true, IncrementalMinItemsPerBox = 0 };
        _scrolling = new Painter(new BenchAtlas(1), new BenchAtlas(2), _page.Rasterizer) { Incremental = true };
        _phoneScrolling = new Painter(new BenchAtlas(1), new BenchAtlas(2), _page.Rasterizer) { Incremental = true };
        _phoneScrollingForced = new Painter(new BenchAtlas(1), new BenchAtlas(2), _page.Rasterizer) { Incremental = true, IncrementalMinItemsPerBox = 0 };

        // A text node halfway down the page in document order: a price or a title of one card.
        var store = _page.Store;
        for (var n = store.SlotCount / 2; n < store.SlotCount; n++)
        {
            if (store.Kind[n] == NodeKind.Text)
            {
                _dirty = n;
                break;
            }
        }

        Full();
        OneDirty();
        OneDirty();
        NothingDirty();
        PhoneOneDirty();
        PhoneOneDirty();
        PhoneOneDirtyForced();
        PhoneOneDirtyForced();
        for (var i = 0; i < 2; i++)
        {
            ScrollFull();
            Scroll();
            ScrollFraction();
            PhoneScroll();
            PhoneScrollForced();
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _page.Dispose();

    /// <summary>The whole page on screen, built whole (as <see cref="PaintBenchmarks"/>' worst case).</summary>
    [Benchmark(Baseline = true, Description = "5,000-node page on screen, full build")]
    public int Full() => Paint(_full, _fullBuilder, WholePage);

    /// <summary>The whole page on screen, one text node dirty: its chunks are painted, the rest copied.</summary>
    [Benchmark(Description = "5,000-node page on screen, incremental, one dirty node")]
    public int OneDirty()
    {
        _incremental.Invalidate(_dirty);
        return Paint(_incremental, _incrementalBuilder, WholePage);
    }

    /// <summary>The whole page on screen, nothing dirty: the scene is copied whole (the floor of an incremental frame).</summary>
    [Benchmark(Description = "5,000-node page on screen, incremental, nothing dirty")]
    public int NothingDirty() => Paint(_incremental, _incrementalBuilder, WholePage);

    /// <summary>A phone viewport at the top of the page, built whole.</summary>
    [Benchmark(Description = "5,000-node page, phone viewport, full build")]
    public int PhoneFull() => Paint(_full, _fullBuilder, Phone);

    /// <summary>
    /// A phone viewport at the top of the page, one text node (off screen) dirty: a few hundred items
    /// for 5,000 boxes, below <see cref="Painter.IncrementalMinItemsPerBox"/>, so built whole.
    /// </summary>
    [Benchmark(Description = "5,000-node page, phone viewport, incremental (auto: built whole), one dirty node")]
    public int PhoneOneDirty()
    {
        _incremental.Invalidate(_dirty);
        return Paint(_incremental, _incrementalBuilder, Phone);
    }

    /// <summary>The same with reuse forced: what the per-box comparison costs where painting is cheap.</summary>
    [Benchmark(Description = "5,000-node page, phone viewport, incremental forced, one dirty node")]
    public int PhoneOneDirtyForced()
    {
        _forced.Invalidate(_dirty);
        return Paint(_forced, _forcedBuilder, Phone);
    }

    /// <summary>The whole page on screen, scrolled by 100 px (down, then back up), built whole.</summary>
    [Benchmark(Description = "5,000-node page on screen, scroll by 100 px, full build")]
    public int ScrollFull() => Paint(_full, _fullBuilder, WholePage with { Scroll = NextScroll(100) });

    /// <summary>The same, incremental: the chunks on screen in both frames are copied, moved by 200 device px.</summary>
    [Benchmark(Description = "5,000-node page on screen, scroll by 100 px, incremental")]
    public int Scroll() => Paint(_scrolling, _scrollingBuilder, WholePage with { Scroll = NextScroll(100) });

    /// <summary>
    /// The same by 100.25 px: half a device pixel changes the snapping, so everything is painted, as every
    /// scroll was before scrolled chunks were copied (the same path: comparison, then painting).
    /// </summary>
    [Benchmark(Description = "5,000-node page on screen, scroll by 100.25 px, incremental (painted whole)")]
    public int ScrollFraction() => Paint(_scrolling, _scrollingBuilder, WholePage with { Scroll = NextScroll(100.25f) });

    /// <summary>A phone viewport scrolled by 100 px, incremental (auto: few items per box, so built whole).</summary>
    [Benchmark(Description = "5,000-node page, phone viewport, scroll by 100 px, incremental (auto)")]
    public int PhoneScroll() => Paint(_phoneScrolling, _phoneScrollingBuilder, Phone with { Scroll = NextScroll(100) });

    /// <summary>The same with reuse forced.</summary>
    [Benchmark(Description = "5,000-node page, phone viewport, scroll by 100 px, incremental forced")]
    public int PhoneScrollForced() => Paint(_phoneScrollingForced, _phoneScrollingForcedBuilder, Phone with { Scroll = NextScroll(100) });

    /// <summary>Alternates between the top and <paramref name="by"/> px down, so every frame scrolls by it.</summary>
    private Point NextScroll(float by)
    {
        _scrollY = _scrollY == 0 ? by : 0;
        return new Point(0, _scrollY);
    }

    private PaintContext WholePage => new(PaintPage.DevicePixelRatio, new Size(PaintPage.Width, _page.Height));

    private static PaintContext Phone => new(PaintPage.DevicePixelRatio, new Size(PaintPage.Width, 812));

    private int Paint(Painter painter, SceneBuilder builder, in PaintContext context) =>
        painter.BuildScene(_page.View, _page.Root, _page.Store, _page.Styles, builder, context).Order.Count;
}
