using System.Runtime.CompilerServices;

namespace Sparrow.Layout;

public sealed partial class LayoutTreeStore
{
    /// <summary>The store seen through <see cref="ILayoutTree"/>: a struct, so the algorithms specialise on it.</summary>
    public readonly struct View : ILayoutTree
    {
        private readonly LayoutTreeStore _store;

        public View(LayoutTreeStore store) => _store = store;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int ChildCount(int node) => _store._childCounts[node];

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int GetChild(int node, int index) => _store._children[node][index];

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public ref readonly LayoutStyle Style(int node) => ref _store._styles[node];

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public ref LayoutResult Layout(int node) => ref _store._layouts[node];

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public ref LayoutCache Cache(int node) => ref _store._caches[node];

        public bool HasMeasure(int node) => _store._measures[node] is not null;

        public MeasureResult Measure(int node, in MeasureInput input) => _store._measures[node]!.Measure(node, input);
    }
}
