using System;
using Sparrow.Core;
using Xunit;

namespace Sparrow.Paint.Tests;

/// <summary>A steady-state frame allocates nothing (ARCHITECTURE.md, performance stance).</summary>
public sealed class AllocationTests
{
    [Fact]
    public void Painting_the_same_page_again_allocates_nothing()
    {
        using var f = new PaintFixture(200, 200);
        f.Images.Add("a.png", 7, 30, 20);
        f.Css("""
            page { background-color: #f5f5f5; }
            .card { position: relative; overflow: hidden; border-radius: 8px; border: 1px dashed rgba(0, 0, 0, 0.2); box-shadow: 0 2px 6px rgba(0, 0, 0, .1), inset 0 0 2px red; background: linear-gradient(135deg, #fff 0%, hsl(200, 50%, 90%) 40%, currentcolor 60%, #eee 80%, #ddd); }
            .badge { position: absolute; z-index: 2; transform: translate(-50%, 0) rotate(10deg); opacity: 0.8; background-image: radial-gradient(circle at 30% 30%, white, gold), url(a.png); background-size: cover, 10px 10px; }
            .low { position: absolute; z-index: -1; background-color: blue; }
            .title { color: #333; text-decoration: underline line-through; }
            .fixed { position: fixed; background-color: rgba(255, 255, 255, 0.9); }
            """);
        f.El(2, "view", classes: "card").El(3, "view", 2, classes: "badge").El(4, "text", 2, classes: "title").Text(5, "Hello 世界", 4)
            .El(6, "image", 2).Attr(6, "src", "a.png").Attr(6, "mode", "aspectFill").El(7, "view", classes: "low").El(8, "view", classes: "fixed")
            .Text(9, "Bar", 8);
        f.Box(1, 0, 0, 200, 400).Box(2, 10, 10, 180, 120).Box(3, 150, -5, 30, 30).Box(4, 10, 10, 160, 19).Box(6, 10, 40, 60, 60)
            .Box(7, 0, 0, 20, 20).Box(8, 0, 180, 200, 20).Box(9, 0, 0, 30, 19)
            .LayOutText(4).LayOutText(9);

        var scroll = new Point(0, 15);
        f.PaintList(2, scroll);
        Assert.True(f.Painter.Stats.Glyphs > 0);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var list = f.PaintList(2, scroll);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.True(list.Order.Count > 15, $"{list.Order.Count} draw items");
    }

    [Fact]
    public void Painting_a_paragraph_with_colored_and_decorated_spans_again_allocates_nothing()
    {
        using var f = new PaintFixture(200, 100);
        f.Css(".red { color: #ff0000; text-decoration: underline line-through; } .blue { color: blue; text-decoration: overline dashed; }");
        f.El(2, "view").Text(3, "Price: ", 2).El(4, "text", 2, classes: "red").Text(5, "99 yuan", 4).Text(6, " per item, and ", 2)
            .El(7, "text", 2, classes: "blue").Text(8, "a long tail that wraps", 7);
        f.Box(2, 0, 0, 120, 80).LayOutSpans(2, 3, 5, 6, 8);

        f.PaintList(2);
        Assert.True(f.Painter.Stats.Glyphs > 0);
        var before = GC.GetAllocatedBytesForCurrentThread();
        f.PaintList(2);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
    }
}
