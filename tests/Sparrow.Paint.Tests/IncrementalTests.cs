using System;
using Xunit;

namespace Sparrow.Paint.Tests;

/// <summary>
/// Incremental paint against what the painter cannot be told about: images that finish loading or
/// change under the same URL, and allocation in steady state. (Random edits of a whole page, compared
/// with full builds, are in Sparrow.Host.Tests' <c>IncrementalPaintTests</c>, over real layout.)
/// </summary>
public sealed class IncrementalTests
{
    private static PaintFixture Card()
    {
        var f = new PaintFixture(200, 300);
        f.Css("""
            .card { position: relative; border-radius: 8px; border: 1px solid #ccc; background: #fff; box-shadow: 0 2px 4px rgba(0,0,0,.2); }
            .row { background: linear-gradient(90deg, red, blue); }
            .title { color: #333; text-decoration: underline; }
            """);
        f.El(2, "view", classes: "card");
        for (uint i = 0; i < 6; i++)
        {
            f.El(10 + i, "view", 2, classes: "row");
        }

        f.El(20, "text", 2, classes: "title").Text(21, "Hello", 20).El(22, "image", 2).Attr(22, "src", "late.png").Attr(22, "mode", "aspectFit");
        f.Box(2, 10, 10, 180, 260).Box(20, 10, 140, 160, 19).Box(22, 10, 170, 60, 60).LayOutText(20);
        for (uint i = 0; i < 6; i++)
        {
            f.Box(10 + i, 10, 10 + (20 * i), 160, 16);
        }

        return f;
    }

    [Fact]
    public void An_image_that_finishes_loading_or_changes_is_painted_though_nothing_was_invalidated()
    {
        using var f = Card();
        f.Painter.Incremental = true;
        f.Painter.IncrementalMinItemsPerBox = 0;
        using var full = Card();
        var pending = f.Paint(2);
        Assert.Equal(full.Paint(2), pending);
        Assert.Equal(1, f.Painter.Stats.ImagesPending);

        f.Images.Add("late.png", 7, 30, 20);
        full.Images.Add("late.png", 7, 30, 20);
        var loaded = f.Paint(2);
        Assert.NotEqual(pending, loaded);
        Assert.Equal(full.Paint(2), loaded);

        // The same URL now answers another texture: a copied chunk would keep the old one.
        f.Images.Add("late.png", 8, 40, 20);
        full.Images.Add("late.png", 8, 40, 20);
        var changed = f.Paint(2);
        Assert.NotEqual(loaded, changed);
        Assert.Equal(full.Paint(2), changed);
        Assert.True(f.Painter.Stats.ChunksRebuilt > 0);
    }

    [Fact]
    public void An_unchanged_frame_is_copied_whole_and_a_frame_with_a_dirty_node_allocates_nothing()
    {
        using var f = Card();
        f.Images.Add("late.png", 7, 30, 20);
        f.Painter.Incremental = true;
        f.Painter.IncrementalMinItemsPerBox = 0;
        var first = f.Paint(2);
        Assert.Equal(first, f.Paint(2));
        Assert.Equal((0, 1), (f.Painter.Stats.ChunksRebuilt, f.Painter.Stats.ChunksReused));
        Assert.True(f.Painter.Stats.Glyphs > 0);

        var title = f.Node(21);
        f.Painter.Invalidate(title);
        f.PaintList(2);

        // The root's chunk and the card's (a positioned box with 12 boxes below it); none is left to copy.
        Assert.Equal((2, 0), (f.Painter.Stats.ChunksRebuilt, f.Painter.Stats.ChunksReused));
        var before = GC.GetAllocatedBytesForCurrentThread();
        f.Painter.Invalidate(title);
        f.PaintList(2);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Equal(first, f.Paint(2));
    }

    [Fact]
    public void A_frame_that_draws_few_items_per_box_is_built_whole()
    {
        using var f = Card();
        f.Images.Add("late.png", 7, 30, 20);
        f.Painter.Incremental = true;
        f.Painter.IncrementalMinItemsPerBox = 100;
        var first = f.Paint(2);
        Assert.Equal(first, f.Paint(2));
        Assert.Equal((0, 0), (f.Painter.Stats.ChunksRebuilt, f.Painter.Stats.ChunksReused));

        f.Painter.IncrementalMinItemsPerBox = 0.5f;
        f.Paint(2);
        Assert.Equal(first, f.Paint(2));
        Assert.Equal((0, 1), (f.Painter.Stats.ChunksRebuilt, f.Painter.Stats.ChunksReused));
    }
}
