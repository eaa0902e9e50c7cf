using System;
using Sparrow.Core;
using Sparrow.Host.Tests.Headless;
using Xunit;
using static Sparrow.Host.Tests.Builtins.ControlsSession;

namespace Sparrow.Host.Tests.Builtins;

/// <summary>
/// samples/controls through the whole engine: scripted touches go through the touch pipeline to
/// the base library's built-in controls (src/framework/lib/builtins), and the frame shows their new
/// state as the UA sheet draws it. Geometry (375 px viewport, ratio 2): the Pear checkbox's box is
/// 24×24 at (28, 52); radios at (28, 140) and (28, 172); the Bluetooth switch's 52×32 track at
/// (85, 224); the slider's 2 px track from x 46 to 294 at y 299, 0–100 in steps of 5, starting at 40;
/// the progress bar (bound to the slider) 4 px high from x 28, 271.5 px wide at y 330.
/// </summary>
public sealed class ControlsTests
{
    private static readonly Color CheckGreen = new(0x09, 0xbb, 0x07, 0xff);
    private static readonly Color SwitchGreen = new(0x04, 0xbe, 0x02, 0xff);
    private static readonly Color SliderGreen = new(0x1a, 0xad, 0x19, 0xff);
    private static readonly Color SliderGrey = new(0xe9, 0xe9, 0xe9, 0xff);
    private static readonly Color ProgressGrey = new(0xeb, 0xeb, 0xeb, 0xff);
    private static readonly Color White = new(0xff, 0xff, 0xff, 0xff);

    [EglFact]
    public void Taps_check_a_box_move_the_radio_and_turn_a_switch_on_in_the_next_frame()
    {
        var diagnostics = new DiagnosticBag();
        using var session = Start(diagnostics, draw: true);
        session.RenderFrame(capture: true);
        Assert.Equal(0, Count(session, CheckGreen, 28, 52, 24, 24));
        Assert.True(Count(session, CheckGreen, 28, 20, 24, 24) > 20); // Apple starts checked
        Assert.True(Near(Pixel(session, 33, 184), CheckGreen));
        Assert.True(Near(Pixel(session, 33, 152), White));
        Assert.True(Near(Pixel(session, 92, 240), White)); // the knob, on the left
        Assert.False(Near(Pixel(session, 130, 240), SwitchGreen));

        Play(session, """[{"tap": "#fruit-pear"}, {"tap": "#size-s"}, {"tap": "#bluetooth"}, {"frame": "after"}]""");
        Assert.True(Count(session, CheckGreen, 28, 52, 24, 24) > 20);
        Assert.True(Near(Pixel(session, 33, 152), CheckGreen));
        Assert.True(Near(Pixel(session, 33, 184), White));
        Assert.True(Near(Pixel(session, 92, 240), SwitchGreen));
        Assert.True(Near(Pixel(session, 130, 240), White)); // the knob, now on the right
        Assert.Equal("bluetooth true", Log(session));
        Assert.Empty(diagnostics.Snapshot());
    }

    [EglFact]
    public void Dragging_the_slider_handle_fires_changing_then_change_and_moves_the_fill()
    {
        using var session = Start(new DiagnosticBag(), draw: true);
        session.RenderFrame(capture: true);
        Assert.True(Near(Pixel(session, 120, 300), SliderGreen));
        Assert.True(Near(Pixel(session, 200, 300), SliderGrey));
        Assert.True(Near(Pixel(session, 200, 332), ProgressGrey));

        // From the handle at 40 (x 145.2) to x 232: 186 / 248 of the track is 75.
        Play(session, """[{"swipe": {"from": [145, 300], "to": [232, 300], "duration": "200ms", "steps": 8}}, {"frame": "dragged"}]""");
        Assert.Equal("change 75", Log(session));
        Assert.True(Near(Pixel(session, 200, 300), SliderGreen));
        Assert.True(Near(Pixel(session, 260, 300), SliderGrey));
        Assert.True(Near(Pixel(session, 200, 332), CheckGreen)); // the progress bar follows bindchanging
    }

    [EglFact]
    public void A_tap_on_the_track_jumps_there()
    {
        using var session = Start(new DiagnosticBag(), draw: true);
        Play(session, """[{"tap": [108, 300]}, {"frame": "tapped"}]""");
        Assert.Equal("change 25", Log(session));
        Assert.True(Near(Pixel(session, 60, 300), SliderGreen));
        Assert.True(Near(Pixel(session, 140, 300), SliderGrey));
    }

    [Fact]
    public void Each_drag_step_reports_changing_with_the_value_under_the_finger()
    {
        var diagnostics = new DiagnosticBag();
        using var session = Start(diagnostics);
        Play(session, """[{"down": [145, 300]}, {"move": [170, 300]}]""");
        Assert.Equal("changing 50", Log(session)); // 124 / 248 = 0.5
        Play(session, """[{"move": [300, 300]}, {"up": [300, 300]}]""");
        Assert.Equal("change 100", Log(session)); // past the end: clamped
        Assert.Empty(diagnostics.Snapshot());
    }

    [Fact]
    public void Submit_reports_every_named_control_and_reset_restores_the_template_values()
    {
        var diagnostics = new DiagnosticBag();
        using var session = Start(diagnostics);
        Play(session, """
            [
              {"tap": "#fruit-pear"}, {"tap": "#size-s"}, {"tap": "#bluetooth"}, {"tap": [108, 300]},
              {"tap": "#submit", "at": "400ms"}
            ]
            """);
        Assert.Equal("""submit {"fruits":["apple","pear"],"size":"s","wifi":true,"bluetooth":true,"agree":false,"volume":25}""", Log(session));

        Play(session, """[{"tap": "#reset", "at": "400ms"}, {"tap": "#submit", "at": "400ms"}]""");
        Assert.Equal("""submit {"fruits":["apple"],"size":"m","wifi":true,"bluetooth":false,"agree":false,"volume":40}""", Log(session));
        Assert.Empty(diagnostics.Snapshot());
    }

    [Fact]
    public void A_pressed_button_takes_button_hover_and_a_disabled_one_neither_hovers_nor_taps()
    {
        using var session = Start(new DiagnosticBag());
        var disabled = Background(session, "disabled");
        session.PointerDown(0, 244, 555);
        session.Wait(TimeSpan.FromMilliseconds(30));
        Assert.Equal(disabled, Background(session, "disabled"));
        session.PointerUp(0, 244, 555);
        session.Wait(TimeSpan.FromMilliseconds(100));
        Assert.Equal("ready", Log(session));

        Assert.Equal(new Color(0x1a, 0xad, 0x19, 0xff), Background(session, "submit"));
        session.PointerDown(0, 187, 455);
        session.Wait(TimeSpan.FromMilliseconds(21));
        Assert.Equal(new Color(0x17, 0x9b, 0x16, 0xff), Background(session, "submit"));
        session.PointerUp(0, 187, 455);
        session.Wait(TimeSpan.FromMilliseconds(71));
        Assert.Equal(new Color(0x1a, 0xad, 0x19, 0xff), Background(session, "submit"));
        Assert.StartsWith("submit ", Log(session), StringComparison.Ordinal); // the press was also a tap
    }
}
