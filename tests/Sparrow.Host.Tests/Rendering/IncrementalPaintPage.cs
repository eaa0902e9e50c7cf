using System;
using System.Collections.Generic;
using Sparrow.Core;
using Sparrow.Css;
using Sparrow.Dom;
using Sparrow.Host.Rendering;
using Sparrow.Paint;
using Sparrow.Scene;
using Sparrow.Text;

namespace Sparrow.Host.Tests.Rendering;

/// <summary>
/// A feed-like page for incremental paint tests, built from op batches as glass-easel sends them:
/// cards with a rounded, shadowed border box, an underlined title, a flex row of gradient badges, an
/// absolutely positioned tag with a z-index, a faded block, a rounded overflow clip, a rotated box and
/// a paragraph with an inline span. Two painters paint it: one incremental (fed the page's dirty
/// signal), one that builds every frame whole.
/// </summary>
internal sealed class IncrementalPaintPage : IDisposable
{
    public const float Ratio = 2;

    private const string Wxss = """
        .card { margin: 8px; padding: 12px; border: 1px solid #ddd; border-radius: 8px; background: #fff; box-shadow: 0 2px 4px rgba(0,0,0,0.2); position: relative; }
        .title { font-size: 16px; color: #333; text-decoration: underline; }
        .row { display: flex; }
        .badge { padding: 2px 4px; background: linear-gradient(90deg, red, blue, green, yellow, orange, purple); color: white; margin-right: 4px; }
        .tag { position: absolute; right: 4px; top: 4px; z-index: 2; background: orange; width: 20px; height: 10px; }
        .fade { opacity: 0.7; background: #eef; }
        .clip { overflow: hidden; border-radius: 6px; height: 40px; background: #ffe; }
        .inner { height: 30px; background: #cfc; border-bottom: 2px dashed #090; }
        .spin { transform: rotate(5deg); background: #fcf; }
        .em { color: #06c; }
        .bar { position: fixed; left: 0; top: 0; right: 0; display: flex; background: #333; border-radius: 0 0 6px 6px; overflow: hidden; }
        .hot { color: red; background-color: #fee; z-index: 3; opacity: 0.5; transform: scale(1.1); text-decoration: line-through; position: relative; }
        """;

    private readonly FontSystem _fonts = new();
    private readonly GlyphRasterizer _glyphs = new();
    private readonly SceneBuilder _incrementalScene = new();
    private readonly SceneBuilder _fullScene = new();
    private readonly List<uint> _elements = [];
    private readonly List<uint> _texts = [];
    private readonly HashSet<uint> _hot = [];
    private readonly DiagnosticBag _diagnostics = new();

    /// <param name="cards">How many cards.</param>
    /// <param name="viewport">The viewport, CSS px.</param>
    /// <param name="fixedBar">
    /// For scrolls: adds a fixed, clipping tool bar with badges over the page (its paint does not scroll),
    /// and keeps the rotated box in every third card only (a chunk holding one is painted on a scroll).
    /// </param>
    public IncrementalPaintPage(int cards, Size viewport, bool fixedBar = false)
    {
        Viewport = viewport;
        Page = new PageDocument(StyleEnvironment.Default, null, new TextMeasurer(_fonts), _diagnostics);
        Page.Cascade.AddStyleSheet(Wxss, "page.wxss");
        Incremental = new Painter(GlyphAtlas, ColorAtlas, _glyphs) { Incremental = true, IncrementalMinItemsPerBox = 0 };
        Full = new Painter(GlyphAtlas, ColorAtlas, _glyphs);
        Page.Apply(Build(cards, fixedBar));
        Page.Update(viewport, Ratio);
    }

    public PageDocument Page { get; }

    public Size Viewport { get; }

    public ShelfAtlas GlyphAtlas { get; } = new(1);

    public ShelfAtlas ColorAtlas { get; } = new(2);

    public Painter Incremental { get; }

    public Painter Full { get; }

    public Point Scroll { get; set; }

    public IReadOnlyList<uint> Elements => _elements;

    public IReadOnlyList<uint> Texts => _texts;

    /// <summary>The title text element of card <paramref name="card"/>.</summary>
    public static uint TitleOf(int card) => Base(card) + 1;

    public void Dispose()
    {
        _glyphs.Dispose();
        _fonts.Dispose();
    }

    /// <summary>Applies one batch and brings the page up to date.</summary>
    public void Change(Action<OpStreamWriter> write)
    {
        var w = new OpStreamWriter();
        write(w);
        Page.Apply(w.Finish());
        Page.Update(Viewport, Ratio);
    }

    /// <summary>Toggles class <c>hot</c> on <paramref name="element"/>.</summary>
    public void Toggle(OpStreamWriter w, uint element)
    {
        if (_hot.Remove(element))
        {
            w.RemoveClass(element, "hot");
        }
        else
        {
            _hot.Add(element);
            w.AddClass(element, "hot");
        }
    }

    /// <summary>Paints with the incremental painter (given the page's dirty signal) and dumps the scene.</summary>
    public string PaintIncremental()
    {
        if (Page.PaintDirtyAll)
        {
            Incremental.InvalidateAll();
        }
        else
        {
            Incremental.Invalidate(Page.PaintDirtyNodes);
        }

        Page.ClearPaintInvalidation();
        return SceneDump.Write(Incremental.BuildScene(new BoxTree(Page.Boxes), Page.Root, Page.Store, Page.Cascade.Styles, _incrementalScene, Context));
    }

    /// <summary>Paints the whole scene again and dumps it.</summary>
    public string PaintFull() =>
        SceneDump.Write(Full.BuildScene(new BoxTree(Page.Boxes), Page.Root, Page.Store, Page.Cascade.Styles, _fullScene, Context));

    private PaintContext Context => new(Ratio, Viewport, Scroll);

    private static uint Base(int card) => 100 + ((uint)card * 40);

    private byte[] Build(int cards, bool fixedBar)
    {
        var w = new OpStreamWriter();
        w.CreateElement(2, "page", "page");
        w.AppendChild(1, 2);
        if (fixedBar)
        {
            Element(w, 3, 2, "bar");
            for (uint k = 0; k < 5; k++)
            {
                Element(w, 4 + (2 * k), 3, "badge");
                Text(w, 5 + (2 * k), 4 + (2 * k), $"Tab {k}");
            }
        }

        for (var i = 0; i < cards; i++)
        {
            var b = Base(i);
            Element(w, b, 2, "card");
            Element(w, b + 1, b, "title", "wx-text");
            Text(w, b + 2, b + 1, $"Card {i} title");
            Element(w, b + 3, b, "row");
            for (uint k = 0; k < 3; k++)
            {
                Element(w, b + 4 + (2 * k), b + 3, "badge");
                Text(w, b + 5 + (2 * k), b + 4 + (2 * k), ((char)('A' + k)).ToString());
            }

            Element(w, b + 10, b, "tag");
            Element(w, b + 11, b, "fade");
            Text(w, b + 12, b + 11, $"faded body text of card {i}");
            Element(w, b + 13, b, "clip");
            Element(w, b + 14, b + 13, "inner");
            Text(w, b + 15, b + 14, "clipped");
            Element(w, b + 16, b + 13, "inner");
            Element(w, b + 17, b, !fixedBar || i % 3 == 0 ? "spin" : "fade");
            Text(w, b + 18, b + 17, "rotated");
            Element(w, b + 19, b, "para", "wx-text");
            Text(w, b + 20, b + 19, "plain ");
            Element(w, b + 21, b + 19, "em", "wx-text");
            Text(w, b + 22, b + 21, "emphasis");
            Text(w, b + 23, b + 19, " tail");
        }

        return w.Finish();
    }

    private void Element(OpStreamWriter w, uint handle, uint parent, string? cls, string tag = "wx-view")
    {
        w.CreateElement(handle, tag == "wx-text" ? "text" : "view", tag);
        if (cls is not null)
        {
            w.AddClass(handle, cls);
        }

        w.AppendChild(parent, handle);
        _elements.Add(handle);
    }

    private void Text(OpStreamWriter w, uint handle, uint parent, string content)
    {
        w.CreateText(handle, content);
        w.AppendChild(parent, handle);
        _texts.Add(handle);
    }
}
