using System;
using System.Collections.Generic;
using Sparrow.Core;
using Sparrow.Css;
using Sparrow.Dom;
using Sparrow.Layout;
using Sparrow.Scene;
using Sparrow.Text;

namespace Sparrow.Paint.Tests;

/// <summary>
/// A page built as the logic thread would send it (typed op batches into a <see cref="NodeStore"/>),
/// styled by the real <see cref="Cascade"/> from WXSS, with boxes set by hand (border and padding
/// widths taken from the computed styles) and text laid out by the real Text stage, painted into a
/// scene and dumped. Handles are the op stream's; the root (handle 1) is sized to the viewport.
/// </summary>
internal sealed class PaintFixture : IDisposable
{
    private readonly OpBatch _batch = new();
    private readonly DiagnosticBag _diagnostics = new();
    private readonly HashSet<int> _boxed = [];
    private FontSystem? _fonts;
    private TextMeasurer? _measurer;
    private GlyphRasterizer? _rasterizer;
    private Painter? _painter;

    public PaintFixture(float width = 100, float height = 100)
    {
        Store = new NodeStore(Atoms);
        Cascade = new Cascade(Atoms, StyleEnvironment.Default, _diagnostics);
        Viewport = new Size(width, height);
    }

    public AtomTable Atoms { get; } = new();

    public NodeStore Store { get; }

    public Cascade Cascade { get; }

    public Size Viewport { get; }

    public FakeAtlas GlyphAtlas { get; } = new(1);

    public FakeAtlas ColorAtlas { get; } = new(2);

    public FakeImages Images { get; } = new();

    public SceneBuilder Builder { get; } = new();

    public LayoutResult[] Boxes { get; private set; } = new LayoutResult[64];

    public LayoutEdges[] Edges { get; private set; } = new LayoutEdges[64];

    public TextLayout?[] Texts { get; private set; } = new TextLayout?[64];

    public List<int>[] Children { get; private set; } = new List<int>[64];

    /// <summary>Per text leaf laid out by <see cref="LayOutSpans"/>: the element of each span.</summary>
    public int[]?[] SpanElements { get; private set; } = new int[]?[64];

    public Painter Painter => _painter ??= new Painter(GlyphAtlas, ColorAtlas, _rasterizer, Images);

    public GlyphRasterizer Rasterizer => _rasterizer ??= new GlyphRasterizer();

    public FontSystem Fonts => _fonts ??= new FontSystem();

    public PaintFixture Css(string wxss)
    {
        Cascade.AddStyleSheet(wxss, "test.wxss");
        return this;
    }

    public PaintFixture El(uint handle, string tag, uint parent = NodeStore.RootHandle, string? style = null, string? classes = null)
    {
        _batch.CreateElement(handle, Atoms.Intern(tag), Atoms.Intern(tag));
        foreach (var c in (classes ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            _batch.AddClass(handle, Atoms.Intern(c));
        }

        if (style is not null)
        {
            _batch.SetStyle(handle, style);
        }

        _batch.AppendChild(parent, handle);
        return this;
    }

    public PaintFixture Text(uint handle, string content, uint parent)
    {
        _batch.CreateText(handle, content);
        _batch.AppendChild(parent, handle);
        return this;
    }

    public PaintFixture Attr(uint handle, string name, string value)
    {
        _batch.SetAttribute(handle, Atoms.Intern(name), value);
        return this;
    }

    /// <summary>Applies the pending ops and restyles.</summary>
    public PaintFixture Run()
    {
        Store.Apply(_batch, _diagnostics);
        _batch.Clear();
        Cascade.Apply(Store);
        return this;
    }

    public int Node(uint handle) => Store.Resolve(handle).Index;

    /// <summary>Gives <paramref name="handle"/> a border box relative to its parent's (also its pixel-snapped box, unless given).</summary>
    public PaintFixture Box(uint handle, float x, float y, float width, float height, Rect? rounded = null)
    {
        if (_batch.Count > 0)
        {
            Run();
        }

        var node = Node(handle);
        Ensure(node);
        float Px(CssProperty p)
        {
            var v = Cascade.Styles.Get(p, node);
            return v.Kind == CssValueKind.Dimension ? v.Number : 0;
        }

        var isText = Store.Kind[node] == NodeKind.Text;
        Boxes[node] = new LayoutResult
        {
            X = x,
            Y = y,
            Width = width,
            Height = height,
            Rounded = rounded ?? new Rect(x, y, width, height),
        };
        Edges[node] = new LayoutEdges
        {
            BorderTop = isText ? 0 : Px(CssProperties.BorderTopWidth),
            BorderRight = isText ? 0 : Px(CssProperties.BorderRightWidth),
            BorderBottom = isText ? 0 : Px(CssProperties.BorderBottomWidth),
            BorderLeft = isText ? 0 : Px(CssProperties.BorderLeftWidth),
            PaddingTop = isText ? 0 : Px(CssProperties.PaddingTop),
            PaddingRight = isText ? 0 : Px(CssProperties.PaddingRight),
            PaddingBottom = isText ? 0 : Px(CssProperties.PaddingBottom),
            PaddingLeft = isText ? 0 : Px(CssProperties.PaddingLeft),
        };
        _boxed.Add(node);
        return this;
    }

    /// <summary>Lays out the text of <paramref name="handle"/> (a text node, or an element's text children) in DejaVu Sans at its computed font size, at its content width.</summary>
    public PaintFixture LayOutText(uint handle, string family = "DejaVu Sans")
    {
        var node = Node(handle);
        var element = Store.Kind[node] == NodeKind.Text ? Store.Parent[node] : node;
        var text = Store.Text(node);
        if (text is null)
        {
            text = string.Empty;
            for (var c = Store.FirstChild[node]; c >= 0; c = Store.NextSibling[c])
            {
                text += Store.Text(c);
            }
        }

        var size = Cascade.Styles.Get(CssProperties.FontSize, element).Number;
        var style = new TextStyle { Font = FontQuery.Of(family), FontSize = size };
        _measurer ??= new TextMeasurer(Fonts);
        _ = Rasterizer;
        ref readonly var box = ref Edges[node];
        var width = Boxes[node].Width - box.BorderLeft - box.BorderRight - box.PaddingLeft - box.PaddingRight;
        Texts[node] = _measurer.GetParagraph(text, style).Layout(width);
        return this;
    }

    /// <summary>
    /// Lays out the text nodes <paramref name="texts"/> as one paragraph of <paramref name="handle"/>
    /// (an element), a span per text node in DejaVu Sans at the font size of the node's parent, as
    /// the Host's box tree builds an inline formatting context; the span elements go to <see cref="SpanElements"/>.
    /// </summary>
    public PaintFixture LayOutSpans(uint handle, params uint[] texts)
    {
        var node = Node(handle);
        var runs = new (string Text, TextStyle Style)[texts.Length];
        var elements = new int[texts.Length];
        for (var i = 0; i < texts.Length; i++)
        {
            var text = Node(texts[i]);
            elements[i] = Store.Parent[text];
            runs[i] = (Store.Text(text) ?? string.Empty, new TextStyle { Font = FontQuery.Of("DejaVu Sans"), FontSize = Cascade.Styles.Get(CssProperties.FontSize, elements[i]).Number });
        }

        var style = new TextStyle { Font = FontQuery.Of("DejaVu Sans"), FontSize = Cascade.Styles.Get(CssProperties.FontSize, node).Number };
        _measurer ??= new TextMeasurer(Fonts);
        _ = Rasterizer;
        ref readonly var box = ref Edges[node];
        var width = Boxes[node].Width - box.BorderLeft - box.BorderRight - box.PaddingLeft - box.PaddingRight;
        Texts[node] = _measurer.GetParagraph(StyledText.Create(runs), style).Layout(width);
        SpanElements[node] = elements;
        return this;
    }

    /// <summary>Paints and returns the scene's dump.</summary>
    public string Paint(float dpr = 1, Point scroll = default) => SceneDump.Write(PaintList(dpr, scroll));

    public DisplayList PaintList(float dpr = 1, Point scroll = default)
    {
        if (_batch.Count > 0)
        {
            Run();
        }

        var root = Store.Root.Index;
        Ensure(Store.SlotCount - 1);
        if (!_boxed.Contains(root))
        {
            Box(NodeStore.RootHandle, 0, 0, Viewport.Width, Viewport.Height);
        }

        BuildChildren();
        var tree = new TestTree(this);
        return Painter.BuildScene(tree, root, Store, Cascade.Styles, Builder, new PaintContext(dpr, Viewport, scroll));
    }

    /// <summary>Box children: the store's children that were given a box, in document order.</summary>
    public void BuildChildren()
    {
        for (var n = 0; n < Store.SlotCount; n++)
        {
            Children[n] ??= [];
            Children[n].Clear();
            if (!_boxed.Contains(n))
            {
                continue;
            }

            for (var c = Store.FirstChild[n]; c >= 0; c = Store.NextSibling[c])
            {
                if (_boxed.Contains(c))
                {
                    Children[n].Add(c);
                }
            }
        }
    }

    public void Dispose()
    {
        _rasterizer?.Dispose();
        _fonts?.Dispose();
    }

    private void Ensure(int node)
    {
        if (node < Boxes.Length)
        {
            return;
        }

        var size = Math.Max(node + 1, Boxes.Length * 2);
        Boxes = Resize(Boxes, size);
        Edges = Resize(Edges, size);
        Texts = Resize(Texts, size);
        Children = Resize(Children, size);
        SpanElements = Resize(SpanElements, size);
    }

    private static T[] Resize<T>(T[] array, int size)
    {
        Array.Resize(ref array, size);
        return array;
    }
}
