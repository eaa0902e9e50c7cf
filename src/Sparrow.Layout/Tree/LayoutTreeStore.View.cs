using System.Runtime.CompilerServices;

namespace Sparrow.Layout;

public sealed partial class LayoutTreeStore
{
    /// <summary>
    /// The store seen through <see cref="ILayoutTree"/>: a struct, so the algorithms specialise on it. Take one
    /// per pass: it holds the style handles and the shared styles as the arrays they are now (one load less per
    /// style read), and adding nodes or styles may replace those arrays.
    /// </summary>
    public readonly struct View : ILayoutTree
    {
        private readonly LayoutTreeStore _store;
        private readonly int[] _handles;
        private readonly LayoutStyle[] _styles;

        public View(LayoutTreeStore store)
        {
            _store = store;
            _handles = store._styles;
            _styles = store._styleTable.Slots;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int ChildCount(int node) => _store._childCounts[node];

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int GetChild(int node, int index) => _store._children[node][index];

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public ref readonly LayoutStyle Style(int node) => ref _styles[_handles[node]];

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public ref LayoutResult Layout(int node) => ref _store._layouts[node];

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public ref LayoutEdges Edges(int node) => ref _store._edges[node];

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public ref LayoutCache Cache(int node) => ref _store._caches[node];

        public bool HasMeasure(int node) => _store._measures[node] is not null;

        public MeasureResult Measure(int node, in MeasureInput input) => _store._measures[node]!.Measure(node, input);
    }
}
