using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Sparrow.Core;
using Sparrow.Host.Headless;
using Xunit;

namespace Sparrow.Host.Tests.Input;

/// <summary>
/// Pointer input through hit-testing, the touch pipeline and glass-easel to real handlers
/// (tests/data/input/hit, pages/events), checking what WeChat handlers read of each event.
/// Layout: #outer at (20, 40) 300×200 holds #inner (30, 50) 120×60 and #catcher (30, 120)
/// 120×60; #quiet, with no longpress listener anywhere above it, at (20, 300) 300×100.
/// </summary>
public sealed class TouchEventTests
{
    [Fact]
    public void A_tap_gives_touchstart_touchend_then_tap_in_capture_and_bubble_order_with_wechats_fields()
    {
        using var session = Start(out var diagnostics);
        var t0 = Ms(session.ClockMs);
        session.PointerDown(0, 60, 80);
        session.Wait(TimeSpan.FromMilliseconds(50));
        session.PointerUp(0, 60, 80);
        var t1 = Ms(session.ClockMs);
        Assert.Equal(
            [
                $"touchstart target=inner current=outer t={t0} detail=60,80 touches=0:60,80/60,80 changed=0:60,80/60,80 offset=20,40 dataset={{\"kind\":\"outer\"}} mark={{\"row\":3}}",
                $"touchend target=inner current=outer t={t1} detail=60,80 touches= changed=0:60,80/60,80 offset=20,40 dataset={{\"kind\":\"outer\"}} mark={{\"row\":3}}",
                $"tap target=inner current=outer t={t1} detail=60,80 touches= changed=0:60,80/60,80 offset=20,40 dataset={{\"kind\":\"outer\"}} mark={{\"row\":3}}",
                $"tap target=inner current=inner t={t1} detail=60,80 touches= changed=0:60,80/60,80 offset=30,50 dataset={{\"kind\":\"inner\"}} mark={{\"row\":3}}",
                $"tap target=inner current=outer t={t1} detail=60,80 touches= changed=0:60,80/60,80 offset=20,40 dataset={{\"kind\":\"outer\"}} mark={{\"row\":3}}",
            ],
            Events(session));
        Assert.Equal(["touchstart", "touchend", "tap"], session.InputEvents.Select(e => e.Type));
        Assert.All(session.InputEvents, e => Assert.Equal("inner", e.Id));
        Assert.Empty(diagnostics.Snapshot());
    }

    [Fact]
    public void A_catch_binding_stops_the_tap_after_the_capture_phase()
    {
        using var session = Start(out _);
        Tap(session, 60, 150);
        Assert.Equal(["touchstart outer", "touchend outer", "tap outer", "tap catcher"], Short(session));
    }

    [Fact]
    public void A_finger_that_leaves_the_slop_moves_but_does_not_tap_and_its_events_stay_with_the_start_target()
    {
        using var session = Start(out _);
        session.PointerDown(0, 60, 80);
        session.Wait(TimeSpan.FromMilliseconds(16));
        session.PointerMove(0, 60, 90); // 10 px: still inside the slop
        session.Wait(TimeSpan.FromMilliseconds(16));
        session.PointerMove(0, 60, 200); // over #catcher, 120 px away
        session.Wait(TimeSpan.FromMilliseconds(16));
        session.PointerUp(0, 60, 200);
        Assert.Equal(["touchstart outer", "touchmove outer", "touchmove outer", "touchend outer"], Short(session));
        Assert.Contains("touches=0:60,200/60,200", Events(session)[2], StringComparison.Ordinal);
        Assert.All(session.InputEvents, e => Assert.Equal("inner", e.Id));
    }

    [Fact]
    public void Held_still_for_350_ms_a_handled_longpress_fires_and_no_tap_follows()
    {
        using var session = Start(out _);
        var t0 = session.ClockMs;
        session.PointerDown(0, 60, 80);
        session.Wait(TimeSpan.FromMilliseconds(349));
        Assert.Equal(["touchstart outer"], Short(session));
        session.Wait(TimeSpan.FromMilliseconds(200));
        session.PointerUp(0, 60, 80);
        Assert.Equal(["touchstart outer", "longpress outer", "touchend outer"], Short(session));
        Assert.Contains($"t={Ms(t0 + 350)}", Events(session)[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_longpress_listener_a_long_hold_still_taps()
    {
        using var session = Start(out _);
        session.PointerDown(0, 100, 350);
        session.Wait(TimeSpan.FromMilliseconds(600));
        session.PointerUp(0, 100, 350);
        Assert.Equal(["touchend quiet", "tap quiet"], Short(session));
        Assert.Equal(["touchstart", "longpress", "touchend", "tap"], session.InputEvents.Select(e => e.Type));
    }

    [Fact]
    public void A_scroll_cancels_the_fingers_down_and_their_taps()
    {
        using var session = Start(out _);
        session.PointerDown(0, 60, 80);
        session.ScrollPageTo(10);
        session.PointerUp(0, 60, 80);
        Assert.Equal(["touchstart outer", "touchcancel outer"], Short(session));
    }

    [Fact]
    public void A_second_finger_lists_both_in_touches_and_only_itself_in_changed_touches()
    {
        using var session = Start(out _);
        session.PointerDown(0, 60, 80);
        session.PointerDown(1, 100, 350);
        session.PointerUp(1, 100, 350);
        session.PointerUp(0, 60, 80);
        var events = Events(session);
        Assert.Contains("touchstart target=inner current=outer", events[0], StringComparison.Ordinal);
        Assert.StartsWith("touchend target=quiet current=quiet", events[1], StringComparison.Ordinal);
        Assert.Contains("touches=0:60,80/60,80 changed=1:100,350/100,350", events[1], StringComparison.Ordinal);
        Assert.StartsWith("tap target=quiet", events[2], StringComparison.Ordinal);
    }

    private static void Tap(HeadlessSession session, float x, float y)
    {
        session.PointerDown(0, x, y);
        session.Wait(TimeSpan.FromMilliseconds(50));
        session.PointerUp(0, x, y);
    }

    private static string[] Events(HeadlessSession session)
    {
        var json = session.OnLogicThread(async runtime => (await runtime.Js.EvaluateAsync("JSON.stringify(globalThis.__events || [])", "test:events").ConfigureAwait(false)).Value.Text ?? "[]");
        return JsonSerializer.Deserialize<string[]>(json)!;
    }

    /// <summary>"type currentTarget" per handler call.</summary>
    private static string[] Short(HeadlessSession session) =>
        Events(session).Select(e => e.Split(' ')).Select(p => $"{p[0]} {p[2]["current=".Length..]}").ToArray();

    private static string Ms(double ms) => ms.ToString(CultureInfo.InvariantCulture);

    private static HeadlessSession Start(out DiagnosticBag diagnostics)
    {
        diagnostics = new DiagnosticBag();
        return InputPackages.Hit(diagnostics, "pages/events/events");
    }
}
