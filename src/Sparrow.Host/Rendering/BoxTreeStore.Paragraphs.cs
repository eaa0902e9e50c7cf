using System;
using System.Collections.Generic;
using Sparrow.Css;
using Sparrow.Dom;
using Sparrow.Text;

namespace Sparrow.Host.Rendering;

/// <summary>
/// Paragraph leaves: an element whose in-flow content is one inline formatting context of text and
/// undecorated inline elements becomes one <see cref="Paragraph"/> with a span per text node.
/// </summary>
public sealed partial class BoxTreeStore
{
    /// <summary>The text nodes of the paragraph being collected, in document order, and each one's element.</summary>
    private readonly List<int> _runNodes = [];
    private readonly List<int> _runElements = [];

    /// <summary>The atomic inline boxes of the paragraph being collected (placeholders in its text), in document order.</summary>
    private readonly List<int> _placeholders = [];
    private readonly Stack<int> _inline = new();

    /// <summary>Inline elements absorbed into paragraphs in the last full <see cref="Sync"/>.</summary>
    private readonly List<int> _absorbed = [];
    private int _absorbedStart;
    private bool _runsDirty;

    /// <summary>
    /// Whether <paramref name="node"/> is one paragraph: an element with <c>display</c> block,
    /// list-item, flow-root or inline (the last as today's <c>&lt;text&gt;</c>) whose flattened
    /// in-flow content is text nodes and plain inline elements (<see cref="IsPlainInline"/>), each
    /// plain element again holding only such content, with at least one text node — and, for a
    /// block, some text that is not collapsible white space (a block of only white space has no
    /// line box, CSS Text 3 §4.1.1). Fills the run lists and notes whether any absorbed node is
    /// layout-dirty. Inline-blocks are left out: their baseline is their last line's (CSS 2
    /// §10.8.1), which a measured leaf cannot report.
    /// </summary>
    private bool CollectParagraph(NodeStore store, ComputedStyleStore styles, int node)
    {
        BeginCollect();
        if (store.Kind[node] != NodeKind.Element || store.FirstChild[node] < 0)
        {
            return false;
        }

        var display = styles.Get(CssProperties.Display, node).Text;
        var isBlock = display is "block" or "list-item" or "flow-root";
        if (!isBlock && display != "inline")
        {
            return false;
        }

        _inline.Clear();
        PushChildren(store, node);
        return CollectPushed(store, styles, styles.Get(CssProperties.WhiteSpace, node).Text, !isBlock);
    }

    private void BeginCollect()
    {
        _runNodes.Clear();
        _runElements.Clear();
        _placeholders.Clear();
        _edgeBoxes.Clear();
        _openEdgeBox = -1;
        _runsDirty = false;
        _absorbedStart = _absorbed.Count;
    }

    /// <summary>
    /// The walk of <see cref="CollectParagraph"/> over the nodes on the <c>_inline</c> stack, under the
    /// block's <c>white-space</c>; <paramref name="hasContent"/> starts true when white space alone makes a line.
    /// </summary>
    private bool CollectPushed(NodeStore store, ComputedStyleStore styles, string? blockWhiteSpace, bool hasContent)
    {
        var preserves = blockWhiteSpace is "pre" or "pre-wrap" or "break-spaces";
        var flags = store.Flags;
        while (_inline.Count > 0)
        {
            var c = _inline.Pop();
            if (c < 0)
            {
                // The end of an inline box with edges: its spans are the runs collected since it opened.
                var box = _edgeBoxes[_openEdgeBox];
                _edgeBoxes[_openEdgeBox] = box with { EndRun = _runNodes.Count };
                _openEdgeBox = box.Parent;
                continue;
            }

            _runsDirty |= (flags[c] & NodeFlags.LayoutDirty) != 0;
            switch (store.Kind[c])
            {
                case NodeKind.VirtualHost or NodeKind.Fragment:
                    PushChildren(store, c);
                    break;
                case NodeKind.Text:
                    var element = ElementOf(store, c);
                    if (!AlikeUnderBlockWhiteSpace(store.Text(c), styles.Get(CssProperties.WhiteSpace, element).Text, blockWhiteSpace))
                    {
                        _absorbed.RemoveRange(_absorbedStart, _absorbed.Count - _absorbedStart);
                        return false;
                    }

                    _runNodes.Add(c);
                    _runElements.Add(element);
                    hasContent |= preserves || !IsAllSpace(store.Text(c));
                    break;
                case NodeKind.Element when styles.Get(CssProperties.Display, c).Text == "none":
                    break;
                case NodeKind.Element when store.FirstChild[c] >= 0 && IsPlainInline(styles, c):
                    _absorbed.Add(c);
                    if (HasInlineEdges(styles, c))
                    {
                        _edgeBoxes.Add(new EdgeBox(c, _runNodes.Count, _runNodes.Count, _openEdgeBox));
                        _openEdgeBox = _edgeBoxes.Count - 1;
                        _inline.Push(~c);
                    }

                    PushChildren(store, c);
                    break;
                case NodeKind.Element when store.FirstChild[c] < 0 && IsPlainInline(styles, c) && HasInlineEdges(styles, c):
                    // An empty inline box still takes its edges' width in its line.
                    _absorbed.Add(c);
                    _edgeBoxes.Add(new EdgeBox(c, _runNodes.Count, _runNodes.Count, _openEdgeBox));
                    break;
                case NodeKind.Element when IsPlaceholderInline(styles, c):
                    // An atomic inline box keeps its own box, as a child of the paragraph, and sits in its
                    // lines as a placeholder of its size (Sparrow.Layout's InlineContent).
                    _runNodes.Add(c);
                    _runElements.Add(ElementOf(store, c));
                    _placeholders.Add(c);
                    break;
                default:
                    _absorbed.RemoveRange(_absorbedStart, _absorbed.Count - _absorbedStart);
                    return false;
            }
        }

        if (_runNodes.Count == 0 || !hasContent)
        {
            _absorbed.RemoveRange(_absorbedStart, _absorbed.Count - _absorbedStart);
            return false;
        }

        return true;
    }

    private void PushChildren(NodeStore store, int node)
    {
        for (var c = store.LastChild[node]; c >= 0; c = store.PrevSibling[c])
        {
            _inline.Push(c);
        }
    }

    /// <summary>
    /// Refreshes the paragraph of <paramref name="node"/> from the runs <see cref="CollectParagraph"/>
    /// found, when the node or any absorbed node is dirty. Returns true when the paragraph changed.
    /// </summary>
    private bool RefreshParagraph(NodeStore store, ComputedStyleStore styles, int node, bool dirty) => RefreshParagraph(store, styles, node, node, dirty);

    /// <summary>
    /// <see cref="RefreshParagraph(NodeStore, ComputedStyleStore, int, bool)"/> for a paragraph whose block
    /// style is <paramref name="block"/>'s: the node itself, or the container of an anonymous block (BoxTreeStore.Runs.cs).
    /// </summary>
    private bool RefreshParagraph(NodeStore store, ComputedStyleStore styles, int node, int block, bool dirty)
    {
        // Absorbed nodes generate no box: forget what they had as boxes, so a later split re-measures them.
        for (var i = 0; i < _runNodes.Count; i++)
        {
            if (_runNodes[i] != node && !_placeholders.Contains(_runNodes[i]))
            {
                ForgetBox(_runNodes[i]);
            }
        }

        for (var i = _absorbedStart; i < _absorbed.Count; i++)
        {
            ForgetBox(_absorbed[i]);
        }

        if (!dirty && !_runsDirty && _paragraphs[node] is not null)
        {
            return false;
        }

        var blockStyle = TextStyleAdapter.ToTextStyle(styles, block, _fonts);
        bool changed;
        if (_placeholders.Count > 0)
        {
            changed = SetMixedParagraph(store, styles, node, block, blockStyle);
        }
        else if (_runNodes.Count == 1 && _runElements[0] == block && block == node && _edgeBoxes.Count == 0)
        {
            // One text node in the block's own style: the plain paragraph, shared with text-node leaves.
            changed = SetParagraph(node, store.Text(_runNodes[0]) ?? string.Empty, null, blockStyle);
        }
        else
        {
            var runs = new (string Text, TextStyle Style)[_runNodes.Count];
            var element = -1;
            var style = blockStyle;
            for (var i = 0; i < runs.Length; i++)
            {
                if (_runElements[i] != element)
                {
                    element = _runElements[i];
                    style = element == block ? blockStyle : TextStyleAdapter.ToTextStyle(styles, element, _fonts);
                }

                runs[i] = (store.Text(_runNodes[i]) ?? string.Empty, style);
            }

            changed = SetParagraph(node, null, WithEdgeBoxes(StyledText.Create(runs), styles), blockStyle);
        }

        // Which node is which span can change without changing the paragraph (a span moved between equal styles).
        SetSpans(node, [.. _runNodes], [.. _runElements]);
        KeepEdgeHits(node, styles);
        return changed;
    }

    /// <summary>
    /// A paragraph with atomic inline boxes: text runs and one placeholder per box, in a paragraph of the
    /// node's own (its placeholder sizes are the node's; <see cref="TextMeasurer.CreateParagraph"/>).
    /// </summary>
    private bool SetMixedParagraph(NodeStore store, ComputedStyleStore styles, int node, int block, TextStyle blockStyle)
    {
        var runs = new (string? Text, TextStyle Style)[_runNodes.Count];
        var element = -1;
        var style = blockStyle;
        for (var i = 0; i < runs.Length; i++)
        {
            if (_runElements[i] != element)
            {
                element = _runElements[i];
                style = element == block ? blockStyle : TextStyleAdapter.ToTextStyle(styles, element, _fonts);
            }

            var run = _runNodes[i];
            runs[i] = (store.Kind[run] == NodeKind.Text ? store.Text(run) ?? string.Empty : null, style);
        }

        var content = WithEdgeBoxes(StyledText.CreateMixed(runs), styles);
        if (_paragraphs[node] is { } kept && kept.DevicePixelRatio == Measurer.DevicePixelRatio && _leafStyle[node] == blockStyle && content.Equals(_leafContent[node]))
        {
            return false;
        }

        _leafText[node] = null;
        _leafContent[node] = content;
        _leafStyle[node] = blockStyle;
        _paragraphs[node] = Measurer.CreateParagraph(content, blockStyle);
        Measures[node] = _measure;
        TextLayouts[node] = null;
        ParagraphsBuilt++;
        return true;
    }

    /// <summary>Appends the paragraph's atomic inline boxes as its box children and queues them. Returns true when the list changed.</summary>
    private bool CollectPlaceholderChildren(int node)
    {
        var changed = false;
        EnsureChildCapacity(_childCount + _placeholders.Count);
        for (var i = 0; i < _placeholders.Count; i++)
        {
            var child = _placeholders[i];
            changed |= _boxParent[child] != node;
            Children[_childCount + i] = child;
            _boxParent[child] = node;
        }

        ChildCounts[node] = _placeholders.Count;
        _childCount += _placeholders.Count;
        for (var i = _placeholders.Count - 1; i >= 0; i--)
        {
            _work.Push(_placeholders[i]);
        }

        return changed;
    }

    /// <summary>
    /// An element that can sit in a paragraph as a placeholder: an atomic inline-level box
    /// (<c>display</c> inline-block or inline-flex, as WeChat's <c>image</c>) in flow, baseline-aligned
    /// (the Text stage aligns placeholders on the baseline only; other vertical-align values keep the
    /// content split into atomic boxes, which line layout aligns).
    /// </summary>
    private static bool IsPlaceholderInline(ComputedStyleStore styles, int node) =>
        styles.Get(CssProperties.Display, node).Text is "inline-block" or "inline-flex"
        && styles.Get(CssProperties.Position, node).Text is null or "static" or "relative"
        && styles.Get(CssProperties.Float, node).Text is null or "none"
        && styles.Get(CssProperties.VerticalAlign, node).Text is null or "baseline";

    /// <summary>
    /// Sets the node's paragraph to <paramref name="text"/> in one style, or to the spans of
    /// <paramref name="content"/> with <paramref name="style"/> for the block; false when it is the same as before.
    /// </summary>
    private bool SetParagraph(int node, string? text, StyledText? content, TextStyle style)
    {
        if (_paragraphs[node] is { } kept && kept.DevicePixelRatio == Measurer.DevicePixelRatio && _leafStyle[node] == style
            && (content is null ? _leafContent[node] is null && string.Equals(_leafText[node], text, StringComparison.Ordinal) : content.Equals(_leafContent[node])))
        {
            return false;
        }

        _leafText[node] = text;
        _leafContent[node] = content;
        _leafStyle[node] = style;
        _paragraphs[node] = content is null ? Measurer.GetParagraph(text!, style) : Measurer.GetParagraph(content, style);
        Measures[node] = _measure;
        TextLayouts[node] = null;
        ParagraphsBuilt++;
        return true;
    }

    private void SetSpans(int node, int[] textNodes, int[] elements)
    {
        _spanNodes[node] = textNodes;
        _spanElements[node] = elements;
    }

    /// <summary>The node is no text leaf (any more): no measure, paragraph or spans.</summary>
    private void ClearLeaf(int node)
    {
        _edgeHits.Remove(node);
        Measures[node] = null;
        _paragraphs[node] = null;
        _leafText[node] = null;
        _leafContent[node] = null;
        _leafStyle[node] = null;
        TextLayouts[node] = null;
        _spanNodes[node] = null;
        _spanElements[node] = null;
    }

    private void ForgetBox(int node)
    {
        ClearLeaf(node);
        Caches[node].Clear();
        _boxParent[node] = -1;
    }

    /// <summary>
    /// An inline element that can be part of its block's paragraph: <c>display: inline</c> with
    /// nothing that needs a box of its own — no background image, position, float, transform, opacity
    /// below 1, box shadow or vertical-align other than baseline (the Text stage puts every span on the
    /// baseline), and margins, borders and padding in px (a percentage keeps it an atomic box: it would
    /// need the containing block's width before the paragraph is built). A background color (with border
    /// radii) and borders are painted per line fragment (Sparrow.Paint's <c>InlineFragments</c> and
    /// <c>Painter.InlineBoxes</c>, <c>box-decoration-break: slice</c>); horizontal margins, borders and
    /// padding are the box's start and end edges in the paragraph (<see cref="StyledInlineBox"/>).
    /// </summary>
    private static bool IsPlainInline(ComputedStyleStore styles, int node)
    {
        return styles.Get(CssProperties.Display, node).Text == "inline"
            && styles.Get(CssProperties.Position, node).Text is null or "static"
            && styles.Get(CssProperties.Float, node).Text is null or "none"
            && styles.Get(CssProperties.VerticalAlign, node).Text is null or "baseline"
            && EdgesInPx(styles, node)
            && !HasPaintedBox(styles, node);
    }

    /// <summary>The paint-only properties that give an inline element a box of its own (they do not dirty layout).</summary>
    private static bool HasPaintedBox(ComputedStyleStore styles, int node)
    {
        var opacity = styles.Get(CssProperties.Opacity, node);
        return styles.Get(CssProperties.BackgroundImage, node).Kind == CssValueKind.Raw
            || styles.Get(CssProperties.BoxShadow, node).Kind == CssValueKind.Raw
            || styles.Get(CssProperties.Transform, node).Kind == CssValueKind.Raw
            || (opacity.Kind == CssValueKind.Number && opacity.Number < 1);
    }

    /// <summary>
    /// Background images, shadows, transforms and opacity change paint only, so the cascade marks no node
    /// layout-dirty for them; an absorbed inline element that gained one must leave its paragraph (a
    /// background color it paints per fragment, staying in).
    /// Only asked after a restyle (about 35 ns per absorbed element on the test machine).
    /// </summary>
    private bool AbsorbedInlineGainedBox(ComputedStyleStore styles)
    {
        if (_absorbed.Count == 0)
        {
            return false;
        }

        // Every frame with nothing dirty comes here: read the columns directly (no value copies).
        var image = styles.Column(CssProperties.BackgroundImage);
        var shadow = styles.Column(CssProperties.BoxShadow);
        var transform = styles.Column(CssProperties.Transform);
        var opacity = styles.Column(CssProperties.Opacity);
        foreach (var node in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_absorbed))
        {
            ref readonly var o = ref opacity[node];
            if (image[node].Kind == CssValueKind.Raw
                || shadow[node].Kind == CssValueKind.Raw || transform[node].Kind == CssValueKind.Raw
                || (o.Kind == CssValueKind.Number && o.Number < 1))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsZero(CssValue value) =>
        value.Kind is CssValueKind.None or CssValueKind.Keyword || (value.Kind is CssValueKind.Dimension or CssValueKind.Percentage or CssValueKind.Number && value.Number == 0);

    private static bool HasBorder(ComputedStyleStore styles, CssProperty style, CssProperty width, int node)
    {
        var s = styles.Get(style, node).Text;
        var w = styles.Get(width, node);
        return s is not (null or "none" or "hidden") && !(w.Kind is CssValueKind.Dimension or CssValueKind.Number && w.Number == 0);
    }

    /// <summary>
    /// The paragraph processes white space once, by the block's <c>white-space</c> (CSS Text 3 §4.1.1
    /// phase I); a span of another value is part of it only where both values treat its text alike.
    /// normal, pre-line and pre-wrap (WeChat's <c>text</c> is pre-wrap) do so for text without tabs or
    /// segment breaks whose spaces stand singly between other characters: none collapses, each is a
    /// break opportunity that hangs or goes at a line's end. Other pairs (nowrap, pre, break-spaces
    /// wrap differently) keep the span apart, as an atomic inline box.
    /// </summary>
    private static bool AlikeUnderBlockWhiteSpace(string? text, string? spanMode, string? blockMode)
    {
        if (spanMode == blockMode || string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (spanMode is not ("normal" or "pre-line" or "pre-wrap") || blockMode is not ("normal" or "pre-line" or "pre-wrap"))
        {
            return false;
        }

        if (text[0] == ' ' || text[^1] == ' ')
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\t' or '\n' or '\r' or '\f' || (text[i] == ' ' && text[i + 1] == ' '))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAllSpace(string? text)
    {
        if (text is null)
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

        return true;
    }
}
