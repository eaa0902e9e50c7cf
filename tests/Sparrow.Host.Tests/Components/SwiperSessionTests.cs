using System;
using System.Linq;
using Sparrow.Core;
using Sparrow.Host.Headless;
using Sparrow.Host.Tests.Headless;
using Xunit;

namespace Sparrow.Host.Tests.Components;

/// <summary>swiper on a real page (tests/data/components): scripted swipes and the virtual clock change its item, its pixels and its events.</summary>
public sealed class SwiperSessionTests
{
    private static readonly Color Red = new(0xff, 0, 0, 0xff);
    private static readonly Color Green = new(0, 0xff, 0, 0xff);

    [Fact]
    public void A_swipe_left_moves_to_the_next_item_and_fires_change_with_source_touch()
    {
        var diagnostics = new DiagnosticBag();
        using var session = ComponentPackage.Start(diagnostics);
        var slides = ComponentPackage.Node(session, "slides");
        Assert.Equal(0, session.SwiperCurrent(slides));
        ComponentPackage.Drag(session, 250, 330, 50, 330);
        Assert.Equal(1, session.SwiperCurrent(slides));
        session.Wait(TimeSpan.FromMilliseconds(600));
        session.RenderFrame(capture: false);
        Assert.Equal(1f, session.SwiperPosition(slides));
        var events = ComponentPackage.Events(session).Where(e => e.Contains("slides", StringComparison.Ordinal)).ToArray();
        Assert.Equal(["change slides current=1 item=b source=touch", "finish slides current=1 source=touch"], events);
        Assert.Contains(session.ComponentEvents, e => e.Type == "change" && e.Id == "slides" && e.Delivered);
        Assert.Empty(diagnostics.Snapshot());
    }

    [Fact]
    public void A_swipe_cancels_the_tap_and_a_still_tap_stays_a_tap()
    {
        var diagnostics = new DiagnosticBag();
        using var session = ComponentPackage.Start(diagnostics);
        ComponentPackage.Drag(session, 250, 330, 50, 330);
        Assert.DoesNotContain(session.InputEvents, e => e.Type == "tap");
        session.PointerDown(0, 100, 50);
        session.PointerUp(0, 100, 50);
        Assert.Contains("tap row0", ComponentPackage.Events(session));
    }

    [Fact]
    public void The_hit_test_follows_the_slide()
    {
        var diagnostics = new DiagnosticBag();
        using var session = ComponentPackage.Start(diagnostics);
        Assert.Equal(ComponentPackage.Node(session, "slide0"), Parent(session, session.HitTest(150, 330)));
        ComponentPackage.Drag(session, 250, 330, 50, 330);
        session.Wait(TimeSpan.FromMilliseconds(600));
        Assert.Equal(ComponentPackage.Node(session, "slide1"), Parent(session, session.HitTest(150, 330)));
    }

    [Fact]
    public void Autoplay_advances_on_the_virtual_clock_with_source_autoplay()
    {
        var diagnostics = new DiagnosticBag();
        using var session = ComponentPackage.Start(diagnostics);
        var auto = ComponentPackage.Node(session, "auto");
        session.Advance(TimeSpan.FromMilliseconds(900));
        session.RenderFrame(capture: false);
        Assert.Equal(0, session.SwiperCurrent(auto));
        session.Advance(TimeSpan.FromMilliseconds(200));
        session.RenderFrame(capture: false);
        Assert.Equal(1, session.SwiperCurrent(auto));
        session.Advance(TimeSpan.FromMilliseconds(1000));
        session.RenderFrame(capture: false);
        Assert.Equal(0, session.SwiperCurrent(auto)); // circular: on to the first again
        var changes = ComponentPackage.Events(session).Where(e => e.StartsWith("change auto", StringComparison.Ordinal)).ToArray();
        Assert.Equal(["change auto current=1 item= source=autoplay", "change auto current=0 item= source=autoplay"], changes);
    }

    [Fact]
    public void A_scripted_swipe_from_an_input_script_changes_the_item()
    {
        var diagnostics = new DiagnosticBag();
        using var session = ComponentPackage.Start(diagnostics);
        var script = System.Text.Encoding.UTF8.GetBytes("""[{"swipe": {"from": [250, 330], "to": [40, 330], "duration": "300ms"}}, {"wait": "600ms"}]""");
        Sparrow.Host.Input.InputScriptRunner.Run(session, Sparrow.Host.Input.InputScriptReader.Read("s.json", script, diagnostics), _ => { }, diagnostics);
        Assert.Empty(diagnostics.Snapshot());
        Assert.Equal(1, session.SwiperCurrent(ComponentPackage.Node(session, "slides")));
        Assert.Contains("change slides current=1 item=b source=touch", ComponentPackage.Events(session));
    }

    [EglFact]
    public void The_swiped_item_is_what_the_frame_shows()
    {
        var diagnostics = new DiagnosticBag();
        using var session = ComponentPackage.Start(diagnostics, draw: true);
        Assert.Equal(Red, ComponentPackage.PixelAt(session, 150, 330));
        ComponentPackage.Drag(session, 250, 330, 80, 330);
        session.RenderFrame(capture: true);

        // Mid-slide the green item enters from the right while the red one leaves.
        Assert.Equal(Green, ComponentPackage.PixelAt(session, 290, 330));
        session.Wait(TimeSpan.FromMilliseconds(600));
        session.RenderFrame(capture: true);
        Assert.Equal(Green, ComponentPackage.PixelAt(session, 5, 330));
        Assert.Equal(Green, ComponentPackage.PixelAt(session, 295, 330));

        // Clipped to the swiper: the blue item to the right does not spill past its 300 px.
        Assert.NotEqual(new Color(0, 0, 0xff, 0xff), ComponentPackage.PixelAt(session, 320, 330));
    }

    private static int Parent(HeadlessSession session, int node) => node < 0 ? -1 : session.CurrentPage!.Store.Parent[node];
}
