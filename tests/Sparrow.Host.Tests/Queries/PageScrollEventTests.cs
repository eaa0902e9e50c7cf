using System;
using Sparrow.Core;
using Sparrow.Host.Input;
using Xunit;

namespace Sparrow.Host.Tests.Queries;

/// <summary>
/// onPageScroll, onReachBottom and wx.pageScrollTo decided on the render side (tests/data/queries,
/// pages/feed: 30 + 40 px, then 20 rows of 100 px = 2,070 px in a 667 px window; reach-bottom
/// distance 60 from app.json).
/// </summary>
public sealed class PageScrollEventTests
{
    [Fact]
    public void Scrolls_between_two_ticks_give_one_onPageScroll_with_the_last_offset()
    {
        var diagnostics = new DiagnosticBag();
        using var session = QueryPackage.Start(diagnostics);
        QueryPackage.TakeLog(session);
        session.ScrollPageTo(100);
        session.ScrollPageTo(250);
        session.Settle();
        Assert.Equal(["scroll 250"], QueryPackage.TakeLog(session));
        session.ScrollPageTo(250);
        session.RenderFrame(capture: false);
        session.Settle();
        Assert.Empty(QueryPackage.TakeLog(session));
        Assert.Empty(diagnostics.Snapshot());
    }

    [Fact]
    public void An_input_script_scroll_action_posts_onPageScroll_at_the_next_frame()
    {
        var diagnostics = new DiagnosticBag();
        using var session = QueryPackage.Start(diagnostics);
        QueryPackage.TakeLog(session);
        var actions = InputScriptReader.Read("script.json", """[{"scroll": 120}, {"frame": "a"}, {"scroll": 300}, {"wait": 16}]"""u8, diagnostics);
        var frames = 0;
        InputScriptRunner.Run(session, actions, _ => { frames++; session.RenderFrame(capture: false); }, diagnostics);
        session.Settle();
        Assert.Equal(1, frames);
        Assert.Equal(["scroll 120", "scroll 300"], QueryPackage.TakeLog(session));
    }

    [Fact]
    public void OnReachBottom_fires_once_in_the_zone_and_again_only_after_leaving_it_with_more_content()
    {
        var diagnostics = new DiagnosticBag();
        using var session = QueryPackage.Start(diagnostics);
        QueryPackage.TakeLog(session);
        Assert.Equal(2070 - 667, session.MaxScrollY);
        session.ScrollPageTo(session.MaxScrollY - 61); // 61 px from the bottom: outside the 60 px zone
        session.Settle();
        Assert.Equal([$"scroll {2070 - 667 - 61}"], QueryPackage.TakeLog(session));
        session.ScrollPageTo(session.MaxScrollY - 59);
        session.Settle();
        session.ScrollPageTo(session.MaxScrollY);
        session.Settle();
        Assert.Equal([$"scroll {2070 - 667 - 59}", "bottom", $"scroll {2070 - 667}"], QueryPackage.TakeLog(session));

        // Out of the zone and back, the content unchanged: no second onReachBottom.
        session.ScrollPageTo(0);
        session.Settle();
        session.ScrollPageTo(session.MaxScrollY);
        session.Settle();
        Assert.Equal(["scroll 0", $"scroll {2070 - 667}"], QueryPackage.TakeLog(session));

        // More rows: the page grows, and scrolling down to its new bottom fires it again.
        QueryPackage.Run(session, "getCurrentPages()[0].more()");
        session.RenderFrame(capture: false);
        Assert.Equal(2570 - 667, session.MaxScrollY);
        session.ScrollPageTo(session.MaxScrollY);
        session.Settle();
        Assert.Equal([$"scroll {2570 - 667}", "bottom"], QueryPackage.TakeLog(session));
    }

    [Fact]
    public void A_page_whose_js_does_not_define_onPageScroll_gets_no_scroll_events()
    {
        var diagnostics = new DiagnosticBag();
        using var session = QueryPackage.Start(diagnostics, "pages/plain/plain");
        // Added after registration, as WeChat checks the definition: never called.
        QueryPackage.Run(session, "globalThis.__log = []; getCurrentPages()[0].onPageScroll = (e) => globalThis.__log.push('scroll ' + e.scrollTop);");
        session.ScrollPageTo(500);
        session.Settle();
        session.RenderFrame(capture: false);
        Assert.Equal(500, session.ScrollY);
        Assert.Empty(QueryPackage.TakeLog(session));
    }

    [Fact]
    public void PageScrollTo_a_selector_animates_over_its_duration_on_the_virtual_clock_then_calls_success()
    {
        var diagnostics = new DiagnosticBag();
        using var session = QueryPackage.Start(diagnostics);
        QueryPackage.TakeLog(session);
        QueryPackage.Run(session, "wx.pageScrollTo({ selector: '#row10', offsetTop: -20, duration: 300, success: (r) => globalThis.__log.push(r.errMsg) })");
        var target = QueryPackage.FirstRowTop + (10 * QueryPackage.RowHeight) - 20;
        Assert.Equal(0, session.ScrollY);
        session.Advance(TimeSpan.FromMilliseconds(150));
        Assert.Equal(target / 2, session.ScrollY, 0.5f);
        session.Advance(TimeSpan.FromMilliseconds(150));
        Assert.Equal(target, session.ScrollY);
        var log = QueryPackage.TakeLog(session);
        Assert.Equal([$"scroll {target / 2}", $"scroll {target}", "pageScrollTo:ok"], log);
    }

    [Fact]
    public void PageScrollTo_a_scrollTop_with_duration_0_scrolls_at_once_clamped_and_a_missing_selector_fails()
    {
        var diagnostics = new DiagnosticBag();
        using var session = QueryPackage.Start(diagnostics);
        QueryPackage.TakeLog(session);
        QueryPackage.Run(session, "wx.pageScrollTo({ scrollTop: 99999, duration: 0 }).then((r) => globalThis.__log.push(r.errMsg))");
        Assert.Equal(session.MaxScrollY, session.ScrollY);
        QueryPackage.Run(session, "wx.pageScrollTo({ selector: '#nothing', fail: (r) => globalThis.__log.push(r.errMsg) })");
        Assert.Equal([$"scroll {2070 - 667}", "bottom", "pageScrollTo:ok", "pageScrollTo:fail selector #nothing matches no node"], QueryPackage.TakeLog(session));
    }
}
