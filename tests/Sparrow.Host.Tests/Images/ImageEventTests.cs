using System;
using System.Linq;
using Sparrow.Core;
using Sparrow.Host.Images;
using Xunit;

namespace Sparrow.Host.Tests.Images;

/// <summary>The image component's bindload / binderror and lazy-load on a real package (tests/data/images).</summary>
public sealed class ImageEventTests
{
    [Fact]
    public void A_loaded_image_fires_bindload_with_its_natural_size()
    {
        var diagnostics = new DiagnosticBag();
        using var session = ImagePackage.Start(diagnostics);
        var events = ImagePackage.Events(session);
        Assert.Contains("load ok 40x30", events);
        Assert.Contains("load swap 40x30", events);
        var ok = session.FindElement("#ok");
        Assert.Single(session.ImageEvents, e => e.Node == ok && e.Type == "load" && e.Delivered && e.Id == "ok");
    }

    [Fact]
    public void A_missing_and_a_corrupt_file_fire_binderror_and_are_reported()
    {
        var diagnostics = new DiagnosticBag();
        using var session = ImagePackage.Start(diagnostics);
        var events = ImagePackage.Events(session);
        var missing = Assert.Single(events, e => e.StartsWith("error missing ", StringComparison.Ordinal));
        Assert.Contains("none.png", missing, StringComparison.Ordinal);
        var bad = Assert.Single(events, e => e.StartsWith("error bad ", StringComparison.Ordinal));
        Assert.Contains("corrupt.png", bad, StringComparison.Ordinal);
        Assert.DoesNotContain(events, e => e.StartsWith("load missing", StringComparison.Ordinal) || e.StartsWith("load bad", StringComparison.Ordinal));

        // One diagnostic each, naming the file: not in the package (SP1101), not decodable (the decoder's SP8004).
        var reported = diagnostics.Snapshot();
        Assert.Single(reported, d => d.Code == "SP1101" && d.Location.ToString().Contains("/images/none.png", StringComparison.Ordinal));
        Assert.Single(reported, d => d.Code == "SP8004" && d.Location.ToString().Contains("/images/corrupt.png", StringComparison.Ordinal));
        Assert.Equal(2, reported.Count);
    }

    [Fact]
    public void Repeated_frames_fire_nothing_more()
    {
        var diagnostics = new DiagnosticBag();
        using var session = ImagePackage.Start(diagnostics);
        var first = ImagePackage.Events(session);
        Assert.Equal(4, first.Length); // ok, missing, bad, swap: the lazy one is far below
        for (var i = 0; i < 3; i++)
        {
            session.RenderFrame(capture: false);
        }

        session.Settle();
        Assert.Equal(first, ImagePackage.Events(session));
        Assert.Equal(4, session.ImageEvents.Count);
    }

    [Fact]
    public void A_changed_src_fires_again_and_the_same_src_does_not()
    {
        var diagnostics = new DiagnosticBag();
        using var session = ImagePackage.Start(diagnostics);
        ImagePackage.OnPage(session, "p.swapTo('/images/other.png')");
        session.RenderFrame(capture: false);
        Assert.Equal(["load swap 40x30", "load swap 20x10"], ImagePackage.Events(session).Where(e => e.Contains("swap", StringComparison.Ordinal)));

        ImagePackage.OnPage(session, "p.swapTo('/images/other.png')");
        session.RenderFrame(capture: false);
        ImagePackage.OnPage(session, "p.swapTo('/images/gone.png')");
        session.RenderFrame(capture: false);
        var swaps = ImagePackage.Events(session).Where(e => e.Contains("swap", StringComparison.Ordinal)).ToArray();
        Assert.Equal(3, swaps.Length);
        Assert.StartsWith("error swap ", swaps[2], StringComparison.Ordinal);
    }

    [Fact]
    public void A_lazy_image_is_requested_only_within_three_screens_of_the_view()
    {
        var diagnostics = new DiagnosticBag();
        using var session = ImagePackage.Start(diagnostics);
        var height = session.Options.Height;

        // The lazy image's top is at 4 × 50 + 100 (the scroll-view) + 4000 = 4300 px on the page.
        Assert.DoesNotContain("/images/lazy.png", session.ImageRequests);
        session.ScrollTo(4300 - ((1 + ImageElements.LazyScreens) * height) - 50);
        session.RenderFrame(capture: false);
        Assert.DoesNotContain("/images/lazy.png", session.ImageRequests);
        Assert.DoesNotContain(ImagePackage.Events(session), e => e.Contains("lazy", StringComparison.Ordinal));

        session.ScrollTo(session.ScrollY + 100);
        session.RenderFrame(capture: false);
        Assert.Contains("/images/lazy.png", session.ImageRequests);
        Assert.Contains("load lazy 16x12", ImagePackage.Events(session));
    }

    [Fact]
    public void A_lazy_image_in_a_scroll_view_is_requested_once_the_list_scrolls_it_near()
    {
        var diagnostics = new DiagnosticBag();
        using var session = ImagePackage.Start(diagnostics);
        var height = session.Options.Height;

        // #deep is 3000 px down a list whose top is at 200 px: 3200 px, beyond the reach of 4 × 667.
        Assert.DoesNotContain(ImagePackage.Events(session), e => e.Contains("deep", StringComparison.Ordinal));
        var top = 3200 - ((1 + ImageElements.LazyScreens) * height) + 50;
        ImagePackage.OnPage(session, $"p.listTo({top.ToString(System.Globalization.CultureInfo.InvariantCulture)})");
        session.RenderFrame(capture: false);
        Assert.Equal(new Point(0, top), session.ScrollViewOffset(session.FindElement("#list")));
        Assert.Contains("load deep 20x10", ImagePackage.Events(session));
        Assert.Equal(0, session.ScrollY); // the page itself did not move
    }

    [Fact]
    public void A_failed_image_leaves_its_box_empty_and_a_loaded_one_is_painted()
    {
        var diagnostics = new DiagnosticBag();
        using var session = ImagePackage.Start(diagnostics, draw: true);
        Assert.True(session.CanDraw);

        // 100 × 50 boxes stacked from the top: ok, missing, bad, swap (aspectFit 40×30 in 100×50).
        Assert.Equal(new Color(255, 0, 0, 255), PixelAt(session, 50, 25));
        Assert.Equal(new Color(200, 200, 200, 255), PixelAt(session, 50, 75));
        Assert.Equal(new Color(200, 200, 200, 255), PixelAt(session, 50, 125));
        Assert.Equal(new Color(255, 0, 0, 255), PixelAt(session, 50, 175));
    }

    /// <summary>The frame's pixel at client point (x, y) CSS px.</summary>
    private static Color PixelAt(Sparrow.Host.Headless.HeadlessSession session, float x, float y)
    {
        var ratio = (float)session.Options.PixelRatio;
        var image = session.LastPixels!;
        var i = (((int)(y * ratio) * image.Width) + (int)(x * ratio)) * 4;
        var p = image.Pixels;
        return new Color(p[i], p[i + 1], p[i + 2], p[i + 3]);
    }
}
