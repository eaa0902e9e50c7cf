using System;
using Sparrow.Core;
using Sparrow.Host.Headless;
using Sparrow.Host.Queries;
using Sparrow.Host.Tests.Headless;
using Sparrow.Package;
using Xunit;

namespace Sparrow.Host.Tests.Samples;

/// <summary>
/// samples/feed driven by a finger: swipes scroll the page on the render thread and, at the bottom,
/// onReachBottom appends a page of cards; a pull-down at the top past the threshold runs
/// onPullDownRefresh, which reloads the first page and calls wx.stopPullDownRefresh.
/// </summary>
public sealed class FeedGestureTests
{
    private const float X = 187;

    private static HeadlessSession Start(DiagnosticBag diagnostics, bool draw = false)
    {
        var session = HeadlessSession.Start(PackageLoader.Load(RepoPaths.Of("samples", "feed"), diagnostics), new HeadlessOptions { Diagnostics = diagnostics, Draw = draw });
        session.Settle();
        session.RenderFrame(capture: draw);
        return session;
    }

    /// <summary>Cards in the list, read from the page's node store.</summary>
    private static int Cards(HeadlessSession session)
    {
        var count = 0;
        while (session.FindElement(".card", count) >= 0)
        {
            count++;
        }

        return count;
    }

    /// <summary>A finger down at <paramref name="fromY"/>, moved in <paramref name="steps"/> frames (16 ms apart) to <paramref name="toY"/>; lifted unless <paramref name="hold"/>.</summary>
    private static void Swipe(HeadlessSession session, float fromY, float toY, int steps = 10, bool hold = false)
    {
        session.PointerDown(0, X, fromY);
        for (var k = 1; k <= steps; k++)
        {
            session.Wait(TimeSpan.FromMilliseconds(16));
            session.PointerMove(0, X, fromY + ((toY - fromY) * k / steps));
        }

        if (!hold)
        {
            session.PointerUp(0, X, toY);
        }
    }

    private static string HookLog(HeadlessSession session) =>
        session.OnLogicThread(async runtime => (await runtime.Js.EvaluateAsync("__sparrowHost.hookLog()", "test:hooks").ConfigureAwait(false)).Value.Text ?? "[]");

    private static int Count(string haystack, string needle)
    {
        var n = 0;
        for (var at = haystack.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = haystack.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }

    [Fact]
    public void Swiping_up_scrolls_the_page_and_at_the_bottom_appends_a_page_of_cards()
    {
        var diagnostics = new DiagnosticBag();
        using var session = Start(diagnostics);
        Assert.Equal(120, Cards(session));

        Swipe(session, 600, 200);
        session.Settle();
        Assert.Equal(400, session.ScrollY, 0.5); // the page followed the finger from where it went down
        Assert.Equal(120, Cards(session));

        session.ScrollPageTo(session.MaxScrollY - 600);
        session.Settle();
        Swipe(session, 600, 100);
        session.Settle();
        session.RenderFrame(capture: false);
        Assert.Equal(160, Cards(session));
        Assert.Equal(1, Count(HookLog(session), "onReachBottom"));

        // Again at the new bottom: 40 more.
        session.ScrollPageTo(session.MaxScrollY - 600);
        session.Settle();
        Swipe(session, 600, 100);
        session.Settle();
        Assert.Equal(200, Cards(session));
        Assert.Empty(diagnostics.Snapshot());
    }

    [Fact]
    public void A_pull_down_past_the_threshold_runs_onPullDownRefresh_which_reloads_the_first_page()
    {
        var diagnostics = new DiagnosticBag();
        using var session = Start(diagnostics);
        session.OnLogicThread(runtime => runtime.TriggerPageEventAsync("onReachBottom"));
        session.Settle();
        Assert.Equal(160, Cards(session));

        Swipe(session, 300, 460, steps: 16, hold: true);
        Assert.Equal(0, session.ScrollY); // a pull does not scroll
        Assert.Equal(160 * PullDownRefresh.Resistance, session.PullDownOffset, 0.5); // the page follows from where the finger went down
        Assert.False(session.PullDownRefreshing);
        Assert.DoesNotContain("onPullDownRefresh", HookLog(session), StringComparison.Ordinal);

        session.PointerUp(0, X, 460);
        Assert.True(session.PullDownRefreshing);
        session.Wait(TimeSpan.FromMilliseconds(350));
        Assert.Equal(PullDownRefresh.RefreshingOffset, session.PullDownOffset, 0.5); // held at the band while the "request" runs
        Assert.Equal(1, Count(HookLog(session), "onPullDownRefresh"));

        session.Wait(TimeSpan.FromMilliseconds(100)); // the page's 400 ms timer: first page, stopPullDownRefresh
        Assert.False(session.PullDownRefreshing);
        Assert.Equal(120, Cards(session));
        session.Wait(TimeSpan.FromMilliseconds(PullDownRefresh.SettleMs));
        Assert.Equal(0, session.PullDownOffset);
        Assert.Equal("1", session.OnLogicThread(async runtime => (await runtime.Js.EvaluateAsync("String(getCurrentPages()[0].data.refreshes)", "test:data").ConfigureAwait(false)).Value.Text));
        Assert.Empty(diagnostics.Snapshot());
    }

    [Fact]
    public void A_short_pull_springs_back_and_a_pull_below_the_top_scrolls_instead()
    {
        var diagnostics = new DiagnosticBag();
        using var session = Start(diagnostics);
        Swipe(session, 300, 360, steps: 6); // 60 px of finger: 30 px of pull, under the threshold
        Assert.False(session.PullDownRefreshing);
        session.Wait(TimeSpan.FromMilliseconds(PullDownRefresh.SettleMs + 20));
        Assert.Equal(0, session.PullDownOffset);

        session.ScrollPageTo(300);
        session.Settle();
        Swipe(session, 300, 460, steps: 16);
        Assert.Equal(140, session.ScrollY, 0.5); // scrolled back up by the finger's 160 px; no pull
        Assert.Equal(0, session.PullDownOffset);
        Assert.DoesNotContain("onPullDownRefresh", HookLog(session), StringComparison.Ordinal);
        Assert.Empty(diagnostics.Snapshot());
    }

    [Fact]
    public void StartPullDownRefresh_refreshes_as_a_pull_would()
    {
        var diagnostics = new DiagnosticBag();
        using var session = Start(diagnostics);
        session.OnLogicThread(runtime => runtime.EvaluateAsync("wx.startPullDownRefresh({ success() { globalThis.__started = true; } })"));
        session.Settle();
        Assert.Equal(1, Count(HookLog(session), "onPullDownRefresh"));
        Assert.Equal("true", session.OnLogicThread(async runtime => (await runtime.Js.EvaluateAsync("String(globalThis.__started)", "test").ConfigureAwait(false)).Value.Text));
        Assert.Empty(diagnostics.Snapshot());
    }

    [EglFact]
    public void A_pulled_page_is_drawn_lower_under_a_band_of_window_background_with_three_dots()
    {
        var diagnostics = new DiagnosticBag();
        using var session = Start(diagnostics, draw: true);
        var top = session.LastPixels!;
        Swipe(session, 300, 460, steps: 16, hold: true);
        session.RenderFrame(capture: true);
        var pulled = session.LastPixels!;
        var offset = (int)Math.Round(session.PullDownOffset * 2); // device px
        Assert.True(offset >= 100, $"offset {offset}");
        // The whole page, fixed header included, moved down by the offset.
        Assert.Equal(Row(top, 40), Row(pulled, 40 + offset));
        Assert.Equal(Row(top, 400), Row(pulled, 400 + offset));
        // The band: window background (#f2f3f7) at its left edge, a dark dot at its centre.
        Assert.Equal((0xf2, 0xf3, 0xf7), Pixel(pulled, 4, 10));
        var dot = Pixel(pulled, 375, Math.Min(offset, 100) / 2);
        Assert.True(dot.R < 0xd0, $"the middle dot is {dot}");
        Assert.Empty(diagnostics.Snapshot());
    }

    private static string Row(Sparrow.Gpu.RgbaImage image, int y) =>
        Convert.ToHexString(image.Pixels, y * image.Width * 4, image.Width * 4);

    private static (byte R, byte G, byte B) Pixel(Sparrow.Gpu.RgbaImage image, int x, int y)
    {
        var at = ((y * image.Width) + x) * 4;
        return (image.Pixels[at], image.Pixels[at + 1], image.Pixels[at + 2]);
    }
}
