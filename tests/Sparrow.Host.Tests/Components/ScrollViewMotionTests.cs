using System;
using System.Linq;
using Sparrow.Core;
using Sparrow.Host.Headless;
using Xunit;

namespace Sparrow.Host.Tests.Components;

/// <summary>
/// scroll-view momentum, enhanced bounces and the refresher on a real page
/// (tests/data/components-builtins: three 120×200 px scroll-views of 1000 px of rows at y 150).
/// </summary>
public sealed class ScrollViewMotionTests
{
    [Fact]
    public void A_fast_release_flings_past_the_drag_distance_and_fires_bindscroll_on_the_way()
    {
        var diagnostics = new DiagnosticBag();
        using var session = BuiltinsPackage.Start(diagnostics);
        var fling = session.FindElement("#fling");

        // 100 px up in 200 ms: the finger leaves at 0.5 px/ms.
        ComponentPackage.Drag(session, 60, 320, 60, 220, steps: 10, ms: 200);
        var released = session.ScrollViewOffset(fling)!.Value.Y;
        Assert.Equal(100, released, 0.5);
        var before = ScrollEvents(session).Length;

        // 0.5 px/ms decays below 0.02 px/ms after 499.5·ln 25 ≈ 1610 ms: 120 frames of 16 ms.
        Frames(session, 120);
        var settled = session.ScrollViewOffset(fling)!.Value.Y;
        Assert.True(settled > released + 100, $"released at {released}, settled at {settled}");
        Assert.True(settled < 800, $"settled at the end ({settled}): the fling should stop on its own");
        Assert.True(ScrollEvents(session).Length > before + 5, "bindscroll fires while the content decelerates");

        // It has stopped: more frames move nothing.
        Frames(session, 10);
        Assert.Equal(settled, session.ScrollViewOffset(fling)!.Value.Y, 0.01);
    }

    [Fact]
    public void A_finger_held_still_before_lifting_does_not_fling()
    {
        var diagnostics = new DiagnosticBag();
        using var session = BuiltinsPackage.Start(diagnostics);
        var fling = session.FindElement("#fling");
        session.PointerDown(0, 60, 320);
        for (var k = 1; k <= 10; k++)
        {
            session.Wait(TimeSpan.FromMilliseconds(20));
            session.PointerMove(0, 60, 320 - (10 * k));
        }

        session.Wait(TimeSpan.FromMilliseconds(300));
        session.PointerUp(0, 60, 220);
        Frames(session, 30);
        Assert.Equal(100, session.ScrollViewOffset(fling)!.Value.Y, 0.5);
    }

    [Fact]
    public void Without_enhanced_the_top_does_not_move_down_and_with_enhanced_bounces_it_springs_back()
    {
        var diagnostics = new DiagnosticBag();
        using var session = BuiltinsPackage.Start(diagnostics);
        var plain = session.FindElement("#fling");
        var bouncy = session.FindElement("#bouncy");

        Pull(session, 60, 100);
        Assert.Equal(0, session.ScrollViewOffset(plain)!.Value.Y, 0.01);
        session.PointerUp(0, 60, 300);

        // Enhanced with bounces: 100 px of pull past the top shows as (1 − 1/(0.55·100/200 + 1))·200 ≈ 43 px.
        Pull(session, 300, 100);
        Assert.Equal(-43.14, session.ScrollViewOffset(bouncy)!.Value.Y, 0.1);
        session.PointerUp(0, 300, 300);
        Frames(session, 30);
        Assert.Equal(0, session.ScrollViewOffset(bouncy)!.Value.Y, 0.01);
    }

    [Fact]
    public void A_pull_past_the_threshold_refreshes_until_refresher_triggered_turns_false()
    {
        var diagnostics = new DiagnosticBag();
        using var session = BuiltinsPackage.Start(diagnostics);
        var fresh = session.FindElement("#fresh");
        Pull(session, 180, 80);
        Assert.Equal(-80, session.ScrollViewOffset(fresh)!.Value.Y, 0.01);
        session.PointerUp(0, 180, 280);
        Frames(session, 30);
        Assert.Equal(-45, session.ScrollViewOffset(fresh)!.Value.Y, 0.01); // rests at refresher-threshold
        var events = BuiltinsPackage.Events(session);
        Assert.Contains("pulling fresh 80", events);
        Assert.Contains("refresherrefresh fresh", events);
        Assert.DoesNotContain(events, e => e.StartsWith("scroll fresh", StringComparison.Ordinal));
        Assert.Equal("true", session.CurrentPage!.Store.GetAttribute(fresh, session.CurrentPage.Store.Atoms.Intern("refresher-triggered")));

        PackageSessions.OnPage(session, "p.done()");
        Frames(session, 30);
        Assert.Equal(0, session.ScrollViewOffset(fresh)!.Value.Y, 0.01);
        Assert.Contains("refresherrestore fresh", BuiltinsPackage.Events(session));
        Assert.DoesNotContain("refresherabort fresh", BuiltinsPackage.Events(session));
    }

    [Fact]
    public void A_short_pull_aborts()
    {
        var diagnostics = new DiagnosticBag();
        using var session = BuiltinsPackage.Start(diagnostics);
        var fresh = session.FindElement("#fresh");
        Pull(session, 180, 30);
        session.PointerUp(0, 180, 230);
        Frames(session, 30);
        Assert.Equal(0, session.ScrollViewOffset(fresh)!.Value.Y, 0.01);
        var events = BuiltinsPackage.Events(session);
        Assert.Contains("refresherabort fresh", events);
        Assert.DoesNotContain("refresherrefresh fresh", events);
    }

    /// <summary>Finger 0 goes down at (x, 200) and moves <paramref name="distance"/> px down in ten steps; it stays down.</summary>
    private static void Pull(HeadlessSession session, float x, float distance)
    {
        session.PointerDown(0, x, 200);
        for (var k = 1; k <= 10; k++)
        {
            session.Wait(TimeSpan.FromMilliseconds(30));
            session.PointerMove(0, x, 200 + (distance * k / 10));
        }
    }

    private static void Frames(HeadlessSession session, int count)
    {
        for (var i = 0; i < count; i++)
        {
            session.Wait(TimeSpan.FromMilliseconds(16));
            session.RenderFrame(capture: false);
        }

        session.Settle();
    }

    private static string[] ScrollEvents(HeadlessSession session) =>
        BuiltinsPackage.Events(session).Where(e => e.StartsWith("scroll fling", StringComparison.Ordinal)).ToArray();
}
