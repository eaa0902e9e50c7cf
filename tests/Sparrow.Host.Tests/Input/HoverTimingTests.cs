using System;
using Sparrow.Core;
using Sparrow.Css;
using Sparrow.Host.Headless;
using Xunit;

namespace Sparrow.Host.Tests.Input;

/// <summary>
/// hover-class timings on tests/data/components-hover: #outer (view defaults, 50/400 ms) holds #stopper
/// (hover-stop-propagation, 0/0 ms) around #inner (200/30 ms), #free (hover-stop-propagation="{{false}}",
/// 5/5 ms) and #none (hover-class="none"). A pressed box's computed background is red.
/// </summary>
public sealed class HoverTimingTests
{
    private static readonly Color White = new(0xff, 0xff, 0xff, 0xff);
    private static readonly Color Red = new(0xff, 0x00, 0x00, 0xff);

    [Fact]
    public void Each_element_keeps_its_own_start_and_stay_time()
    {
        var diagnostics = new DiagnosticBag();
        using var session = PackageSessions.Start("components-hover", diagnostics);
        var (x, y) = Centre(session, "#inner");
        session.PointerDown(0, x, y);
        session.Wait(TimeSpan.FromMilliseconds(1));
        Assert.Equal(Red, Background(session, "stopper")); // hover-start-time 0: at once
        session.Wait(TimeSpan.FromMilliseconds(198));
        Assert.Equal(White, Background(session, "inner"));
        session.Wait(TimeSpan.FromMilliseconds(2));
        Assert.Equal(Red, Background(session, "inner"));
        session.PointerUp(0, x, y);
        session.Wait(TimeSpan.FromMilliseconds(1));
        Assert.Equal((White, Red), (Background(session, "stopper"), Background(session, "inner"))); // stay 0 vs 30
        session.Wait(TimeSpan.FromMilliseconds(28));
        Assert.Equal(Red, Background(session, "inner"));
        session.Wait(TimeSpan.FromMilliseconds(2));
        Assert.Equal(White, Background(session, "inner"));
        Assert.Empty(diagnostics.Snapshot());
    }

    [Fact]
    public void Hover_stop_propagation_keeps_the_ancestors_above_it_unpressed()
    {
        using var session = PackageSessions.Start("components-hover", new DiagnosticBag());
        var (x, y) = Centre(session, "#inner");
        session.PointerDown(0, x, y);
        session.Wait(TimeSpan.FromMilliseconds(300));
        Assert.Equal((Red, Red, White), (Background(session, "inner"), Background(session, "stopper"), Background(session, "outer")));
    }

    [Fact]
    public void Hover_stop_propagation_false_lets_the_ancestors_be_pressed_too()
    {
        using var session = PackageSessions.Start("components-hover", new DiagnosticBag());
        var (x, y) = Centre(session, "#free");
        session.PointerDown(0, x, y);
        session.Wait(TimeSpan.FromMilliseconds(6));
        Assert.Equal((Red, White), (Background(session, "free"), Background(session, "outer")));
        session.Wait(TimeSpan.FromMilliseconds(45));
        Assert.Equal(Red, Background(session, "outer"));
        session.PointerUp(0, x, y);
        session.Wait(TimeSpan.FromMilliseconds(6));
        Assert.Equal((White, Red), (Background(session, "free"), Background(session, "outer"))); // 5 ms stay vs the view's 400
    }

    [Fact]
    public void Hover_class_none_is_no_press_state_but_its_ancestors_still_get_theirs()
    {
        using var session = PackageSessions.Start("components-hover", new DiagnosticBag());
        var (x, y) = Centre(session, "#none");
        session.PointerDown(0, x, y);
        session.Wait(TimeSpan.FromMilliseconds(100));
        Assert.Equal((White, Red), (Background(session, "none"), Background(session, "outer")));
    }

    private static (float X, float Y) Centre(HeadlessSession session, string selector)
    {
        var box = session.ClientBoxOf(session.FindElement(selector))!.Value;
        return (box.X + (box.Width / 2), box.Y + (box.Height / 2));
    }

    private static Color Background(HeadlessSession session, string id)
    {
        var node = session.FindElement("#" + id);
        Assert.True(node >= 0, id);
        return session.CurrentPage!.Cascade.Styles.Get(CssProperties.BackgroundColor, node).Color;
    }
}
