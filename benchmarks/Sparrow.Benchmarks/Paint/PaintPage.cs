using System;
using System.Collections.Generic;
using Sparrow.Benchmarks.Css;
using Sparrow.Core;
using Sparrow.Css;
using Sparrow.Dom;
using Sparrow.Layout;
using Sparrow.Paint;
using Sparrow.Text;

namespace Sparrow.Benchmarks.Paint;

/// <summary>
/// <see cref="StylePage"/>'s 5,000-node shop page (styled by its 500 rules) laid out for paint: a box
/// tree over the node store's slots (elements and text nodes; display:none left out), each box
/// styled through <see cref="LayoutStyleAdapter"/>, text nodes measured by the Text stage in DejaVu
/// Sans and laid out at the width layout gave them, at 375 px wide and a device pixel ratio of 2.
/// A small stand-in for the Host's box tree, so the benchmark depends on the stages only.
/// </summary>
internal sealed class PaintPage : ITextLeafSource, IDisposable
{
    public const float Width = 375;
    public const float DevicePixelRatio = 2;

    private readonly LayoutTreeStore _layout = new();
    private readonly FontSystem _fonts = new();
    private readonly TextMeasurer _measurer;
    private int[] _layoutIndex = [];
    private int[][] _children = [];
    private TextLayout?[] _texts = [];
    private readonly List<Paragraph?> _paragraphs = [];

    public PaintPage()
    {
        Style = new StyleBench();
        _measurer = new TextMeasurer(_fonts);
        Rasterizer = new GlyphRasterizer();
        Build();
        _layout.Compute(_layoutIndex[Root], new Size(Width, 812), DevicePixelRatio);
        LayOutText();
        Height = Box(Root).Height;
    }

    public StyleBench Style { get; }

    public NodeStore Store => Style.Store;

    public ComputedStyleStore Styles => Style.Cascade.Styles;

    public int Root => Store.Root.Index;

    /// <summary>Boxes in the tree (elements and text nodes).</summary>
    public int Boxes { get; private set; }

    public float Height { get; }

    public GlyphRasterizer Rasterizer { get; }

    public Tree View => new(this);

    public Paragraph? GetParagraph(int node, TextMeasurer measurer) => node < _paragraphs.Count ? _paragraphs[node] : null;

    public ref readonly LayoutResult Box(int node) => ref _layout.GetLayout(_layoutIndex[node]);

    public ref readonly LayoutEdges BoxEdges(int node) => ref _layout.GetEdges(_layoutIndex[node]);

    public void Dispose()
    {
        Rasterizer.Dispose();
        _fonts.Dispose();
    }

    private void Build()
    {
        var slots = Store.SlotCount;
        _layoutIndex = new int[slots];
        _children = new int[slots][];
        _texts = new TextLayout?[slots];
        Array.Fill(_layoutIndex, -1);
        var measure = new TextLeafMeasure(_measurer, this);
        var work = new Stack<int>();
        work.Push(Root);
        _layoutIndex[Root] = AddBox(Root, measure);
        var kids = new List<int>();
        while (work.Count > 0)
        {
            var node = work.Pop();
            kids.Clear();
            for (var c = Store.FirstChild[node]; c >= 0; c = Store.NextSibling[c])
            {
                var kind = Store.Kind[c];
                if ((kind == NodeKind.Element && Styles.Get(CssProperties.Display, c).Text != "none") || kind == NodeKind.Text)
                {
                    kids.Add(c);
                    _layoutIndex[c] = AddBox(c, measure);
                    _layout.AppendChild(_layoutIndex[node], _layoutIndex[c]);
                    work.Push(c);
                }
            }

            _children[node] = kids.ToArray();
        }
    }

    private int AddBox(int node, TextLeafMeasure measure)
    {
        Boxes++;
        if (Store.Kind[node] != NodeKind.Text)
        {
            _paragraphs.Add(null);
            return _layout.AddNode(LayoutStyleAdapter.ToLayoutStyle(Styles, node));
        }

        var style = LayoutStyle.Default;
        style.Display = Display.Inline;
        var index = _layout.AddNode(style);
        var element = Store.Parent[node];
        var size = Styles.Get(CssProperties.FontSize, element).Number;
        var nowrap = Styles.Get(CssProperties.WhiteSpace, element).Text == "nowrap";
        var text = new TextStyle
        {
            Font = FontQuery.Of("DejaVu Sans"),
            FontSize = size > 0 ? size : 16,
            WhiteSpace = nowrap ? WhiteSpace.NoWrap : WhiteSpace.Normal,
            Ellipsis = nowrap && Styles.Get(CssProperties.TextOverflow, element).Text == "ellipsis",
        };
        _paragraphs.Add(_measurer.GetParagraph(Store.Text(node) ?? string.Empty, text));
        _layout.SetMeasure(index, measure);
        return index;
    }

    private void LayOutText()
    {
        for (var node = 0; node < _layoutIndex.Length; node++)
        {
            var index = _layoutIndex[node];
            if (index >= 0 && _paragraphs[index] is { } paragraph)
            {
                ref readonly var box = ref _layout.GetLayout(index);
                _texts[node] = paragraph.Layout(box.Width + 0.01f);
            }
        }
    }

    /// <summary>The page seen through Paint's <see cref="IPaintTree"/>.</summary>
    public readonly struct Tree(PaintPage page) : IPaintTree
    {
        public int ChildCount(int node) => page._children[node].Length;

        public int GetChild(int node, int index) => page._children[node][index];

        public ref readonly LayoutResult Box(int node) => ref page.Box(node);

        public ref readonly LayoutEdges BoxEdges(int node) => ref page.BoxEdges(node);

        public TextLayout? Text(int node) => page._texts[node];

        public int SpanElement(int node, int span) => -1;

        public Point PaintOffset(int node) => default;

        public bool ClipsContent(int node) => false;
    }
}
