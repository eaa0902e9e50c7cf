using System;
using System.Text.Json;
using Sparrow.Core;
using Sparrow.Host.Headless;
using Sparrow.Host.Rendering;
using Sparrow.Host.Tests.Headless;
using Sparrow.Package;
using Xunit;

namespace Sparrow.Host.Tests.Benchmarking;

/// <summary>samples/feed, which feed-scroll scrolls: it renders cleanly, scrolls within its height, and grows on onReachBottom.</summary>
public sealed class FeedSampleTests
{
    private static HeadlessSession Start(DiagnosticBag diagnostics, bool draw) =>
        HeadlessSession.Start(PackageLoader.Load(RepoPaths.Of("samples", "feed"), diagnostics), new HeadlessOptions { Diagnostics = diagnostics, Draw = draw });

    private static int Cards(PageDocument page)
    {
        using var json = JsonDocument.Parse(LayoutDump.ToJson(page));
        return json.RootElement.GetProperty("children")[1].GetProperty("children").GetArrayLength();
    }

    [Fact]
    public void The_feed_has_120_cards_and_scrolling_is_clamped_to_its_height()
    {
        var diagnostics = new DiagnosticBag();
        using var session = Start(diagnostics, draw: false);
        Assert.True(session.Settle());
        session.RenderFrame(capture: false);
        Assert.Empty(diagnostics.Snapshot());
        Assert.Equal(120, Cards(session.CurrentPage!));
        var max = session.MaxScrollY;
        Assert.Equal(session.CurrentPage!.ContentHeight - 667, max, 0.01);
        Assert.True(max > 100 * 100, $"max scroll {max}");
        Assert.Equal(240, session.ScrollTo(240));
        Assert.Equal(240, session.ScrollY);
        Assert.Equal(max, session.ScrollTo(1e9f));
        Assert.Equal(0, session.ScrollTo(-50));
    }

    [Fact]
    public void OnReachBottom_appends_a_page_of_cards()
    {
        var diagnostics = new DiagnosticBag();
        using var session = Start(diagnostics, draw: false);
        session.Settle();
        session.RenderFrame(capture: false);
        var before = session.MaxScrollY;
        session.OnLogicThread(runtime => runtime.TriggerPageEventAsync("onReachBottom"));
        session.Settle();
        session.RenderFrame(capture: false);
        Assert.Empty(diagnostics.Snapshot());
        Assert.Equal(160, Cards(session.CurrentPage!));
        Assert.True(session.MaxScrollY > before + 1000, $"{before} → {session.MaxScrollY}");
    }

    [EglFact]
    public void A_scrolled_frame_moves_the_cards_and_keeps_the_fixed_header()
    {
        var diagnostics = new DiagnosticBag();
        using var session = Start(diagnostics, draw: true);
        session.Settle();
        session.RenderFrame(capture: true);
        var top = session.LastPixels!;
        session.ScrollTo(100);
        session.RenderFrame(capture: true);
        var scrolled = session.LastPixels!;
        Assert.Empty(diagnostics.Snapshot());
        // The header (fixed, white, 0–80 CSS px) is the same; the card area below it moved.
        Assert.Equal(Row(top, 40), Row(scrolled, 40));
        Assert.NotEqual(Row(top, 600), Row(scrolled, 600));
        // The page moved up by exactly 100 CSS px = 200 device px: row 800 now shows what row 1000 did.
        Assert.Equal(Row(top, 1000), Row(scrolled, 800));
    }

    private static string Row(Sparrow.Gpu.RgbaImage image, int y) =>
        Convert.ToHexString(image.Pixels, y * image.Width * 4, image.Width * 4);
}
