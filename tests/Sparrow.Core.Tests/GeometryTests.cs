using Xunit;

namespace Sparrow.Core.Tests;

public class GeometryTests
{
    [Fact]
    public void Intersect_of_overlapping_rects_is_the_overlap()
    {
        var a = new Rect(0, 0, 10, 10);
        var b = new Rect(5, 5, 10, 10);
        Assert.Equal(new Rect(5, 5, 5, 5), a.Intersect(b));
    }

    [Fact]
    public void Intersect_of_disjoint_rects_is_empty()
    {
        Assert.True(new Rect(0, 0, 10, 10).Intersect(new Rect(20, 0, 5, 5)).IsEmpty);
    }

    [Fact]
    public void Union_ignores_an_empty_rect()
    {
        var a = new Rect(1, 2, 3, 4);
        Assert.Equal(a, a.Union(Rect.Empty));
        Assert.Equal(Rect.FromEdges(0, 0, 4, 6), a.Union(new Rect(0, 0, 1, 1)));
    }

    [Fact]
    public void Contains_is_half_open()
    {
        var r = new Rect(0, 0, 10, 10);
        Assert.True(r.Contains(new Point(0, 0)));
        Assert.False(r.Contains(new Point(10, 5)));
    }

    [Fact]
    public void Color_round_trips_through_rgba_and_prints_as_hex()
    {
        var c = Color.FromRgba(0x11223380);
        Assert.Equal(0x11223380u, c.ToRgba());
        Assert.Equal("#11223380", c.ToString());
        Assert.Equal("#ffffff", Color.White.ToString());
        Assert.Equal(64, c.WithOpacity(0.5f).A);
    }

    [Fact]
    public void Default_node_id_names_no_node()
    {
        Assert.True(default(NodeId).IsNone);
        Assert.False(new NodeId(0, 1).IsNone);
        Assert.NotEqual(new NodeId(3, 1), new NodeId(3, 2));
    }
}
