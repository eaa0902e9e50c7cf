using System.Collections.Generic;
using Sparrow.Core;
using Sparrow.Layout;
using Sparrow.Text;

namespace Sparrow.Paint.Tests;

/// <summary>
/// The fixture's hand-set boxes seen through <see cref="IPaintTree"/>, as the Host's box tree presents
/// laid-out ones; <paramref name="offsets"/> and <paramref name="clips"/> stand in for native components
/// (a scrolled scroll-view's children, a clipping component).
/// </summary>
internal readonly struct TestTree(PaintFixture fixture, IReadOnlyDictionary<int, Point>? offsets = null, IReadOnlySet<int>? clips = null) : IPaintTree
{
    public int ChildCount(int node) => fixture.Children[node].Count;

    public int GetChild(int node, int index) => fixture.Children[node][index];

    public ref readonly LayoutResult Box(int node) => ref fixture.Boxes[node];

    public ref readonly LayoutEdges BoxEdges(int node) => ref fixture.Edges[node];

    public TextLayout? Text(int node) => fixture.Texts[node];

    public int SpanElement(int node, int span) =>
        fixture.SpanElements[node] is { } elements && (uint)span < (uint)elements.Length ? elements[span] : -1;

    public Point PaintOffset(int node) => offsets is not null && offsets.TryGetValue(node, out var offset) ? offset : default;

    public bool ClipsContent(int node) => clips is not null && clips.Contains(node);
}
