namespace Sparrow.Layout;

/// <summary>
/// What layout needs from the embedder's node store, and nothing more (Taffy's
/// <c>LayoutPartialTree</c>): an algorithm looks at one container and its direct children. The
/// embedder owns storage, including the output and cache columns. Implement it on a struct so that
/// <see cref="LayoutEngine.Compute{TTree}"/> is specialised per tree type under AOT.
/// Nodes are indices into the embedder's columns.
/// </summary>
public interface ILayoutTree
{
    /// <summary>Number of children of <paramref name="node"/>, in document order.</summary>
    int ChildCount(int node);

    /// <summary>The <paramref name="index"/>-th child of <paramref name="node"/> in document order.</summary>
    int GetChild(int node, int index);

    /// <summary>The node's packed style. Must not change during a layout pass.</summary>
    ref readonly LayoutStyle Style(int node);

    /// <summary>The node's output slot (its box), written by layout for every box it places.</summary>
    ref LayoutResult Layout(int node);

    /// <summary>
    /// The node's cold output slot (resolved margin, border, padding, static position), written by layout only
    /// when they can have changed (see <see cref="LayoutEdges"/>). Content size and baseline are in <see cref="Cache"/>.
    /// </summary>
    ref LayoutEdges Edges(int node);

    /// <summary>
    /// The node's cache slot. <see cref="LayoutCache.Clear"/> it when the node's style changes, and
    /// <see cref="LayoutCache.ClearKeepingEdges"/> it when its children or measure change or for its ancestors
    /// (a plain clear is always safe; it makes the next pass rewrite the node's edges). It also keeps the content
    /// size and first baseline of the node's last full layout (<see cref="LayoutCache.ContentWidth"/>).
    /// </summary>
    ref LayoutCache Cache(int node);

    /// <summary>True when the node is a leaf whose content is sized by a <see cref="ILeafMeasure"/> (text, image, component).</summary>
    bool HasMeasure(int node);

    /// <summary>Measures a leaf's content; see <see cref="ILeafMeasure.Measure"/>.</summary>
    MeasureResult Measure(int node, in MeasureInput input);
}
