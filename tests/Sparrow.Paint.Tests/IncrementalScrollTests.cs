using Sparrow.Core;
using Xunit;

namespace Sparrow.Paint.Tests;

/// <summary>
/// Incremental paint over a scroll of the page (Paint README, incremental paint): chunks on screen in
/// both frames are copied moved by the scroll, a fixed box and a chunk that crosses the viewport's edge
/// are painted, and a scroll by a fraction of a device pixel paints everything. Each frame is compared
/// with a full build of a second fixture.
/// </summary>
public sealed class IncrementalScrollTests
{
    private const uint Near = 10;
    private const uint Far = 30;
    private const uint Edge = 50;
    private const uint Header = 70;

    /// <summary>
    /// A 200 × 300 viewport: a rounded, clipping card near the top, a faded card below it, a card across
    /// the bottom edge and a fixed header, each with nine rows (a chunk of its own).
    /// </summary>
    private static PaintFixture Page()
    {
        var f = new PaintFixture(200, 300);
        f.Css("""
            .card { position: relative; overflow: hidden; border-radius: 8px; border: 1px solid #ccc; background: #fff; }
            .faded { position: relative; opacity: 0.5; background: #eef; }
            .header { position: fixed; background: #333; }
            .row { background: linear-gradient(90deg, red, blue); border-radius: 3px; }
            """);
        f.El(Near, "view", classes: "card").El(Far, "view", classes: "faded").El(Edge, "view", classes: "card").El(Header, "view", classes: "header");
        f.Box(Near, 10, 40, 180, 100).Box(Far, 10, 150, 180, 100).Box(Edge, 10, 260, 180, 100).Box(Header, 0, 0, 200, 30);
        foreach (var card in new[] { Near, Far, Edge, Header })
        {
            for (uint i = 1; i <= 9; i++)
            {
                f.El(card + i, "view", card, classes: "row");
            }
        }

        f.Run();
        foreach (var card in new[] { Near, Far, Edge, Header })
        {
            for (uint i = 1; i <= 9; i++)
            {
                f.Box(card + i, 4, 3 * i, 170 + i, 3);
            }
        }

        return f;
    }

    [Fact]
    public void A_scroll_by_whole_device_pixels_copies_the_chunks_on_screen_in_both_frames_moved()
    {
        using var f = Page();
        using var full = Page();
        f.Painter.Incremental = true;
        f.Painter.IncrementalMinItemsPerBox = 0;
        Assert.Equal(full.Paint(2), f.Paint(2));

        var scrolled = new Point(0, 10);
        Assert.Equal(full.Paint(2, scrolled), f.Paint(2, scrolled));

        // The near and the faded card are on screen before and after; the root, the fixed header and the
        // card across the bottom edge are painted.
        Assert.Equal(2, f.Painter.Stats.ChunksReused);
        Assert.Equal(3, f.Painter.Stats.ChunksRebuilt);

        // Back up: the copies moved once can move again.
        Assert.Equal(full.Paint(2), f.Paint(2));
        Assert.Equal(2, f.Painter.Stats.ChunksReused);
    }

    [Fact]
    public void A_card_that_leaves_the_viewport_is_painted_not_copied()
    {
        using var f = Page();
        using var full = Page();
        f.Painter.Incremental = true;
        f.Painter.IncrementalMinItemsPerBox = 0;
        f.Paint(2);

        // The near card (40..140) now starts above the viewport: culling and the scissor cut it.
        var scrolled = new Point(0, 60);
        Assert.Equal(full.Paint(2, scrolled), f.Paint(2, scrolled));
        Assert.Equal(1, f.Painter.Stats.ChunksReused);
    }

    [Fact]
    public void A_scroll_by_a_fraction_of_a_device_pixel_paints_everything()
    {
        using var f = Page();
        using var full = Page();
        f.Painter.Incremental = true;
        f.Painter.IncrementalMinItemsPerBox = 0;
        f.Paint(2);

        var scrolled = new Point(0, 10.25f);
        Assert.Equal(full.Paint(2, scrolled), f.Paint(2, scrolled));
        Assert.Equal(0, f.Painter.Stats.ChunksReused);
    }
}
