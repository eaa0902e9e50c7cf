using System;
using Sparrow.Core;
using Sparrow.Css;
using Sparrow.Host.Headless;
using Xunit;

namespace Sparrow.Host.Tests.Input;

/// <summary>
/// hover-class on a real page (tests/data/input/hit, pages/events): #hov (20, 420) 300×100 with
/// hover-class "pressed" and WeChat's view timing (50 ms to start, 400 ms to stay); its child
/// #hov-child (20, 420) 100×50 with "child-pressed", 10 ms and 100 ms; a button #btn at (20, 540).
/// Checked on the computed background the next frame would paint.
/// </summary>
public sealed class HoverTests
{
    private static readonly Color White = new(0xff, 0xff, 0xff, 0xff);
    private static readonly Color Red = new(0xff, 0x00, 0x00, 0xff);
    private static readonly Color Blue = new(0x00, 0x00, 0xff, 0xff);

    [Fact]
    public void The_pressed_class_comes_after_the_start_time_and_goes_after_the_stay_time()
    {
        using var session = Start(out var diagnostics);
        session.PointerDown(0, 200, 470);
        session.Wait(TimeSpan.FromMilliseconds(49));
        Assert.Equal(White, Background(session, "hov"));
        session.Wait(TimeSpan.FromMilliseconds(2));
        Assert.Equal(Red, Background(session, "hov"));
        session.PointerUp(0, 200, 470);
        session.Wait(TimeSpan.FromMilliseconds(399));
        Assert.Equal(Red, Background(session, "hov"));
        session.Wait(TimeSpan.FromMilliseconds(2));
        Assert.Equal(White, Background(session, "hov"));
        Assert.Empty(diagnostics.Snapshot());
    }

    [Fact]
    public void Ancestors_with_a_hover_class_are_pressed_too_each_on_its_own_timing()
    {
        using var session = Start(out _);
        session.PointerDown(0, 50, 440);
        session.Wait(TimeSpan.FromMilliseconds(20));
        Assert.Equal((Blue, White), (Background(session, "hov-child"), Background(session, "hov")));
        session.Wait(TimeSpan.FromMilliseconds(40));
        Assert.Equal((Blue, Red), (Background(session, "hov-child"), Background(session, "hov")));
        session.PointerUp(0, 50, 440);
        session.Wait(TimeSpan.FromMilliseconds(150));
        Assert.Equal((White, Red), (Background(session, "hov-child"), Background(session, "hov")));
    }

    [Fact]
    public void Leaving_the_slop_ends_the_press_state_at_once_and_a_quick_tap_never_shows_it()
    {
        using var session = Start(out _);
        session.PointerDown(0, 200, 470);
        session.Wait(TimeSpan.FromMilliseconds(100));
        Assert.Equal(Red, Background(session, "hov"));
        session.PointerMove(0, 200, 490);
        Assert.Equal(White, Background(session, "hov"));
        session.PointerUp(0, 200, 490);

        session.PointerDown(0, 200, 470);
        session.Wait(TimeSpan.FromMilliseconds(30));
        session.PointerUp(0, 200, 470);
        session.Wait(TimeSpan.FromMilliseconds(100));
        Assert.Equal(White, Background(session, "hov"));
    }

    [Fact]
    public void A_button_is_pressed_with_button_hover_after_20_ms()
    {
        using var session = Start(out _);
        var before = Background(session, "btn");
        session.PointerDown(0, 100, 570);
        session.Wait(TimeSpan.FromMilliseconds(21));
        Assert.Equal(new Color(0x00, 0xff, 0x00, 0xff), Background(session, "btn"));
        session.PointerUp(0, 100, 570);
        session.Wait(TimeSpan.FromMilliseconds(71));
        Assert.Equal(before, Background(session, "btn"));
    }

    private static Color Background(HeadlessSession session, string id)
    {
        var node = session.FindElement("#" + id);
        Assert.True(node >= 0, id);
        return session.CurrentPage!.Cascade.Styles.Get(CssProperties.BackgroundColor, node).Color;
    }

    private static HeadlessSession Start(out DiagnosticBag diagnostics)
    {
        diagnostics = new DiagnosticBag();
        return InputPackages.Hit(diagnostics, "pages/events/events");
    }
}
