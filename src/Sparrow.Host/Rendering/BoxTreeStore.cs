using System;
using System.Collections.Generic;
using Sparrow.Css;
using Sparrow.Dom;
using Sparrow.Layout;
using Sparrow.Text;

namespace Sparrow.Host.Rendering;

/// <summary>
/// The box tree of one page, in columns indexed by the node store's slots: which nodes generate
/// boxes and their box children (virtual hosts flattened, <c>display: none</c> and collapsible
/// white space left out), each box's <see cref="LayoutStyle"/>, layout result and cache, and the
/// text leaves' paragraphs and laid-out text. Entry points: <see cref="Sync"/> before layout,
/// <see cref="LayOutText"/> after it. Render thread only.
/// </summary>
/// <remarks>
/// A text leaf is a text node, or an element whose content is one inline formatting context
/// (CSS 2 §9.4.2): a block container (or an inline element) whose in-flow content is only text and
/// undecorated inline elements, recursively (<c>&lt;view&gt;Price: &lt;text class="red"&gt;¥99&lt;/text&gt; each&lt;/view&gt;</c>).
/// Then the element itself is one paragraph: one <see cref="StyledText"/> span per text node in the
/// computed style of its nearest element, so lines wrap through the spans as in a browser; the
/// absorbed text nodes and inline elements generate no boxes (<c>BoxTreeStore.Paragraphs.cs</c>,
/// span queries in <c>BoxTreeStore.Spans.cs</c>). A baseline-aligned inline-block or inline-flex
/// element (an image) keeps its box, as the paragraph's box child, and sits in the paragraph's lines as
/// a placeholder of its size, so text wraps around it and the spaces beside it stay. Content with an
/// inline element that needs its own box (a background, border, padding, margin, position,
/// transform, opacity…) stays split into atomic inline boxes, one per text node or inline element.
/// </remarks>
public sealed partial class BoxTreeStore : ITextLeafSource
{
    private readonly Dictionary<string, FontQuery> _fonts = new(StringComparer.Ordinal);
    private readonly Stack<int> _work = new();
    private readonly Stack<int> _flatten = new();
    private readonly List<int> _scratch = [];
    private readonly TextLeafMeasure _measure;
    private string?[] _leafText = [];
    private StyledText?[] _leafContent = [];
    private TextStyle?[] _leafStyle = [];
    private Paragraph?[] _paragraphs = [];
    private float[] _laidOutWidth = [];
    private int[] _boxParent = [];
    private bool[] _isBox = [];
    private int _childCount;

    public BoxTreeStore(TextMeasurer measurer)
    {
        Measurer = measurer;
        _measure = new TextLeafMeasure(measurer, this);
    }

    public TextMeasurer Measurer { get; }

    /// <summary>Natural sizes of the page's images, for <c>mode="widthFix"</c> / <c>heightFix</c>; null: styled sizes only.</summary>
    public Images.ImageSizes? ImageSizes { get; set; }

    internal LayoutStyle[] Styles { get; private set; } = [];

    internal LayoutResult[] Layouts { get; private set; } = [];

    internal LayoutEdges[] Edges { get; private set; } = [];

    internal LayoutCache[] Caches { get; private set; } = [];

    internal Layout.ILeafMeasure?[] Measures { get; private set; } = [];

    internal TextLayout?[] TextLayouts { get; private set; } = [];

    internal int[] ChildStarts { get; private set; } = [];

    internal int[] ChildCounts { get; private set; } = [];

    internal int[] Children { get; private set; } = [];

    /// <summary>Boxes in the tree after the last <see cref="Sync"/>.</summary>
    public int BoxCount { get; private set; }

    /// <summary>Text leaves whose paragraph was built again in the last <see cref="Sync"/>.</summary>
    public int ParagraphsBuilt { get; private set; }

    public BoxTree View => new(this);

    /// <summary>Whether <paramref name="node"/> generated a box in the last <see cref="Sync"/>.</summary>
    public bool IsBox(int node) => (uint)node < (uint)_isBox.Length && _isBox[node];

    /// <summary>The box parent of <paramref name="node"/> (−1 for the root or a node with no box).</summary>
    public int BoxParent(int node) => _boxParent[node];

    /// <summary>The node's paragraph (text leaves only).</summary>
    public Paragraph? GetParagraph(int node, TextMeasurer measurer) => (uint)node < (uint)_paragraphs.Length ? _paragraphs[node] : null;

    /// <summary>The node's box and rounded box.</summary>
    public ref readonly LayoutResult GetLayout(int node) => ref Layouts[node];

    /// <summary>The node's resolved margin, border, padding and static position.</summary>
    public ref readonly LayoutEdges GetEdges(int node) => ref Edges[node];

    /// <summary>The node's scrollable overflow size from its last full layout (see <see cref="LayoutCache.ContentWidth"/>).</summary>
    public Sparrow.Core.Size GetContentSize(int node) => new(Caches[node].ContentWidth, Caches[node].ContentHeight);

    /// <summary>The node's first baseline from the top of its border box (NaN: none), from its last full layout.</summary>
    public float GetBaseline(int node) => Caches[node].Baseline;

    /// <summary>
    /// Rebuilds the box structure from <paramref name="store"/> and refreshes the style, paragraph and
    /// cache of every node the store or the cascade marked layout-dirty (and the caches of their box
    /// ancestors). Precondition: <see cref="Cascade.Apply"/> ran for this batch. Returns false, doing
    /// nothing, when no node is layout-dirty and no inline element absorbed into a paragraph gained
    /// a box of its own (a background, shadow, transform or opacity: paint-only, so not layout-dirty).
    /// </summary>
    /// <param name="store">The page's nodes.</param>
    /// <param name="styles">Their computed styles.</param>
    /// <param name="restyled">
    /// Whether the cascade restyled any node since the last call (true when unknown): without a
    /// restyle no paint-only property changed, so no inline element absorbed into a paragraph can
    /// have gained a box of its own, and nothing is checked when nothing is layout-dirty.
    /// </param>
    public bool Sync(NodeStore store, ComputedStyleStore styles, bool restyled = true)
    {
        var root = store.Root.Index;
        if ((store.Flags[root] & (NodeFlags.LayoutDirty | NodeFlags.DescendantLayoutDirty)) == 0 && BoxCount > 0 && !(restyled && AbsorbedInlineGainedBox(styles)))
        {
            return false;
        }

        EnsureCapacity(store.SlotCount);
        _absorbed.Clear();
        Array.Clear(_isBox, 0, store.SlotCount);
        ParagraphsBuilt = 0;
        _childCount = 0;
        BoxCount = 0;
        _work.Clear();
        _work.Push(root);
        _boxParent[root] = -1;
        var flags = store.Flags;
        while (_work.Count > 0)
        {
            var node = _work.Pop();
            _isBox[node] = true;
            BoxCount++;
            var dirty = (flags[node] & NodeFlags.LayoutDirty) != 0 || Caches[node].IsEmpty;
            var kind = store.Kind[node];
            var textLeaf = kind == NodeKind.Text || CollectParagraph(store, styles, node);
            // A text node standing for an anonymous block of inline content (BoxTreeStore.Runs.cs).
            var anonymous = false;
            if (kind == NodeKind.Text && _anonymousRuns[node] is { } run && RefreshAnonymousRun(store, styles, node, run, dirty) is { } refreshed)
            {
                anonymous = true;
                dirty |= refreshed;
            }

            if (kind == NodeKind.Text && !anonymous)
            {
                dirty |= RefreshTextNode(store, styles, node, dirty);
            }
            else
            {
                if (dirty)
                {
                    Styles[node] = LayoutStyleAdapter.ToLayoutStyle(styles, node);
                    ImageSizes?.Adjust(store, node, ref Styles[node]); // image widthFix / heightFix (Images/ImageSizes.cs)
                }

                if (textLeaf)
                {
                    dirty |= RefreshParagraph(store, styles, node, dirty);
                }
                else
                {
                    // A paragraph that stopped being one (its content gained a box of its own) lays out again.
                    dirty |= _paragraphs[node] is not null;
                    ClearLeaf(node);
                }
            }

            ChildStarts[node] = _childCount;
            ChildCounts[node] = 0;
            if (textLeaf)
            {
                dirty |= (kind != NodeKind.Text || anonymous) && CollectPlaceholderChildren(node);
            }
            else
            {
                dirty |= CollectChildren(store, styles, node, out var blockInside);
                dirty |= kind == NodeKind.Element && BlockifyInline(styles, node, blockInside, pageHost: _boxParent[node] == root);
            }

            if (dirty)
            {
                // Ancestors were visited first; an ancestor already empty cleared the ones above it. Their
                // styles did not change here, so their resolved edges stay.
                Caches[node].Clear();
                for (var n = _boxParent[node]; n >= 0 && !Caches[n].IsEmpty; n = _boxParent[n])
                {
                    Caches[n].ClearKeepingEdges();
                }
            }
        }

        store.ClearDirty(NodeFlags.LayoutDirty | NodeFlags.DescendantLayoutDirty);
        return true;
    }

    /// <summary>Lays out every text leaf's paragraph at the content width layout gave it (kept when unchanged).</summary>
    public void LayOutText()
    {
        for (var node = 0; node < _paragraphs.Length && node < _isBox.Length; node++)
        {
            var paragraph = _paragraphs[node];
            if (!_isBox[node] || paragraph is null)
            {
                continue;
            }

            ref readonly var box = ref Edges[node];
            var width = Math.Max(0, Layouts[node].Width - box.PaddingLeft - box.PaddingRight - box.BorderLeft - box.BorderRight);
            // A paragraph with atomic inline boxes lays out again after every layout: its placeholder sizes are the last layout asked with.
            if (TextLayouts[node] is null || _laidOutWidth[node] != width || paragraph.PlaceholderCount > 0)
            {
                // Layout measured this width already; laying out again at it is exact. A hair of slack
                // keeps float rounding from breaking the last word onto a new line.
                TextLayouts[node] = paragraph.Layout(width + 0.01f);
                _laidOutWidth[node] = width;
            }
        }
    }

    /// <summary>Appends the box children of <paramref name="node"/> and queues them. Returns true when the list changed.</summary>
    private bool CollectChildren(NodeStore store, ComputedStyleStore styles, int node, out bool blockInside)
    {
        FindAnonymousRuns(store, styles, node);
        _scratch.Clear();
        _flatten.Clear();
        var changed = false;
        blockInside = false;
        for (var c = store.LastChild[node]; c >= 0; c = store.PrevSibling[c])
        {
            _flatten.Push(c);
        }

        while (_flatten.Count > 0)
        {
            var c = _flatten.Pop();
            var kind = store.Kind[c];
            changed |= (store.Flags[c] & NodeFlags.LayoutDirty) != 0 && kind == NodeKind.VirtualHost;
            if (kind is NodeKind.VirtualHost or NodeKind.Fragment)
            {
                for (var g = store.LastChild[c]; g >= 0; g = store.PrevSibling[g])
                {
                    _flatten.Push(g);
                }

                continue;
            }

            if (_inAnonymousRun[c] || (_anonymousRuns[c] is null && (kind == NodeKind.Text ? IsCollapsibleSpace(store, styles, c, node) : kind != NodeKind.Element || styles.Get(CssProperties.Display, c).Text == "none")))
            {
                continue;
            }

            _scratch.Add(c);
            blockInside |= kind == NodeKind.Element && IsInFlowBlockLevel(styles, c);
        }

        EnsureChildCapacity(_childCount + _scratch.Count);
        for (var i = 0; i < _scratch.Count; i++)
        {
            var child = _scratch[i];
            changed |= _boxParent[child] != node;
            Children[_childCount + i] = child;
            _boxParent[child] = node;
        }

        ChildCounts[node] = _scratch.Count;
        _childCount += _scratch.Count;
        for (var i = _scratch.Count - 1; i >= 0; i--)
        {
            _work.Push(_scratch[i]);
        }

        return changed;
    }

    /// <summary>
    /// CSS 2 §9.2.1.1: an inline box holding an in-flow block-level box is broken around it, and the
    /// block is laid out in the containing block's width (Chromium's block-in-inline). Layout has no
    /// broken inline boxes, so such an inline element is laid out as a block rather than as a
    /// shrink-to-fit atomic inline (glass-easel's page host <c>wx-x</c>, inline, holds every page's
    /// blocks). It stays a block formatting context root, as the atomic inline was (layout's scroll
    /// container flag; paint reads the computed overflow, still visible): its children's margins do
    /// not collapse through it. The page host (<paramref name="pageHost"/>, the root's box child) is
    /// the exception: WeChat's WebView has no such element (the page's content sits in <c>body</c>,
    /// which is what <c>page</c> styles), so it stays in its parent's block flow and the first
    /// block's top margin collapses through it and through the page root as it does through
    /// <c>body</c>, up to the document (LayoutEngine.Compute moves the root down by it; an absolute
    /// box before that block has its static position below the margin, as in Chromium:
    /// conformance/paint <c>transform_translate_px_and_percent</c>). Returns true when the node's
    /// layout style changed.
    /// </summary>
    private bool BlockifyInline(ComputedStyleStore styles, int node, bool blockInside, bool pageHost)
    {
        var blockified = Styles[node].Display == Display.Block && styles.Get(CssProperties.Display, node).Text == "inline";
        if (blockInside == blockified)
        {
            return false;
        }

        var style = LayoutStyleAdapter.ToLayoutStyle(styles, node);
        if (blockInside && style.Display == Display.Inline)
        {
            style.Display = Display.Block;
            if (!pageHost)
            {
                style.OverflowX = Overflow.Hidden;
                style.OverflowY = Overflow.Hidden;
            }
        }

        Styles[node] = style;
        return true;
    }

    private static bool IsInFlowBlockLevel(ComputedStyleStore styles, int node) =>
        styles.Get(CssProperties.Display, node).Text is "block" or "flex" or "grid" or "list-item" or "table" or "flow-root" or "-webkit-box"
        && styles.Get(CssProperties.Position, node).Text is not ("absolute" or "fixed")
        && styles.Get(CssProperties.Float, node).Text is null or "none";

    private bool RefreshTextNode(NodeStore store, ComputedStyleStore styles, int node, bool dirty)
    {
        var parent = ElementOf(store, node);
        var text = store.Text(node) ?? string.Empty;
        if (!dirty && _paragraphs[node] is not null && ReferenceEquals(text, _leafText[node]) && (store.Flags[parent] & NodeFlags.LayoutDirty) == 0)
        {
            return false;
        }

        var style = LayoutStyle.Default;
        style.Display = Display.Inline;
        Styles[node] = style;
        if (!SetParagraph(node, text, null, TextStyleAdapter.ToTextStyle(styles, parent, _fonts)))
        {
            return false;
        }

        SetSpans(node, [node], [parent]);
        return true;
    }

    /// <summary>
    /// CSS Text 3 §4.1.1: collapsible white space between blocks generates no box (Chromium drops
    /// such text nodes from the layout tree); under pre / pre-wrap it is kept.
    /// </summary>
    private static bool IsCollapsibleSpace(NodeStore store, ComputedStyleStore styles, int node, int parent)
    {
        var text = store.Text(node);
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        foreach (var ch in text)
        {
            if (ch is not (' ' or '\t' or '\n' or '\r' or '\f'))
            {
                return false;
            }
        }

        return styles.Get(CssProperties.WhiteSpace, ElementOf(store, node)).Text is not ("pre" or "pre-wrap" or "break-spaces") || parent < 0;
    }

    /// <summary>The element whose computed style a text node uses: its nearest element ancestor.</summary>
    private static int ElementOf(NodeStore store, int node)
    {
        var p = store.Parent[node];
        while (p >= 0 && store.Kind[p] == NodeKind.Fragment)
        {
            p = store.Parent[p];
        }

        return p < 0 ? store.Root.Index : p;
    }

    private void EnsureCapacity(int slots)
    {
        if (Styles.Length >= slots)
        {
            return;
        }

        var size = Math.Max(slots, Styles.Length * 2);
        Styles = Grow(Styles, size);
        Layouts = Grow(Layouts, size);
        Edges = Grow(Edges, size);
        Caches = Grow(Caches, size);
        Measures = Grow(Measures, size);
        TextLayouts = Grow(TextLayouts, size);
        ChildStarts = Grow(ChildStarts, size);
        ChildCounts = Grow(ChildCounts, size);
        _leafText = Grow(_leafText, size);
        _leafContent = Grow(_leafContent, size);
        _spanNodes = Grow(_spanNodes, size);
        _spanElements = Grow(_spanElements, size);
        _leafStyle = Grow(_leafStyle, size);
        _paragraphs = Grow(_paragraphs, size);
        _laidOutWidth = Grow(_laidOutWidth, size);
        _boxParent = Grow(_boxParent, size);
        _isBox = Grow(_isBox, size);
        _anonymousRuns = Grow(_anonymousRuns, size);
        _inAnonymousRun = Grow(_inAnonymousRun, size);
    }

    private void EnsureChildCapacity(int count)
    {
        if (Children.Length < count)
        {
            Children = Grow(Children, Math.Max(count, Children.Length * 2));
        }
    }

    private static T[] Grow<T>(T[] array, int size)
    {
        Array.Resize(ref array, size);
        return array;
    }
}
