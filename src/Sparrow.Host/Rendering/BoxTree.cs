using Sparrow.Components;
using Sparrow.Core;
using Sparrow.Layout;
using Sparrow.Paint;
using Sparrow.Text;

namespace Sparrow.Host.Rendering;

/// <summary>
/// The view of a <see cref="BoxTreeStore"/> that layout and paint walk (a struct, so the generic
/// algorithms specialise over it). Node indices are the page's node store slots. With the page's
/// <see cref="NativeComponents"/>, paint and hit-testing also see the components' offsets (scroll
/// offsets, swiper slides) and clips; without, none.
/// </summary>
public readonly struct BoxTree : ILayoutTree, IPaintTree
{
    private readonly BoxTreeStore _store;
    private readonly NativeComponents? _components;

    public BoxTree(BoxTreeStore store) => _store = store;

    public BoxTree(BoxTreeStore store, NativeComponents? components)
    {
        _store = store;
        _components = components;
    }

    public int ChildCount(int node) => _store.ChildCounts[node];

    public int GetChild(int node, int index) => _store.Children[_store.ChildStarts[node] + index];

    public ref readonly LayoutStyle Style(int node) => ref _store.Styles[node];

    public ref LayoutResult Layout(int node) => ref _store.Layouts[node];

    public ref LayoutEdges Edges(int node) => ref _store.Edges[node];

    public ref LayoutCache Cache(int node) => ref _store.Caches[node];

    public bool HasMeasure(int node) => _store.Measures[node] is not null;

    public MeasureResult Measure(int node, in MeasureInput input) => _store.Measures[node]!.Measure(node, input);

    public ref readonly LayoutResult Box(int node) => ref _store.Layouts[node];

    public ref readonly LayoutEdges BoxEdges(int node) => ref _store.Edges[node];

    public TextLayout? Text(int node) => _store.TextLayouts[node];

    public int SpanElement(int node, int span) => _store.SpanElement(node, span);

    public Point PaintOffset(int node) => _components is null ? default : _components.Offset(node);

    public bool ClipsContent(int node) => _components is not null && _components.Clips(node);
}
