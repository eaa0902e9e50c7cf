using System;
using Sparrow.Core;
using Sparrow.Gpu;
using Sparrow.Host.Input;
using Sparrow.Host.Shell;
using Xunit;

namespace Sparrow.Host.Tests.Shell;

/// <summary>The shell in PNG frames (375×667 at 2×) of tests/data/shell-app, and input scripts that tap on it.</summary>
public sealed class ShellFrameTests
{
    private static readonly Color NavGreen = new(0x1a, 0xad, 0x19, 255);
    private static readonly Color BoxBlue = new(0x33, 0x66, 0xcc, 255);

    [Fact]
    public void The_navigation_bar_title_tab_bar_and_page_share_one_frame()
    {
        var diagnostics = new DiagnosticBag();
        using var session = ShellPackage.Start(diagnostics, draw: true);
        var frame = session.LastPixels!;

        // Status bar and navigation bar: the app's green, on the left edge where no title is.
        AssertNear(NavGreen, frame[20, 10]);
        AssertNear(NavGreen, frame[20, 100]);
        // The white title "Home" in the middle of the 44 px bar.
        Assert.True(Count(frame, new Rect(140, 20, 95, 44), c => c.R > 200 && c.G > 200 && c.B > 200) > 20);
        Assert.Equal(0, Count(frame, new Rect(0, 20, 100, 44), c => c.R > 200 && c.G > 200 && c.B > 200));
        // The page starts under the bar: its blue box spans window y 64–164.
        AssertNear(BoxBlue, frame[20, (int)((ShellPackage.Top + 50) * 2)]);
        Assert.NotEqual(BoxBlue, frame[20, (int)((ShellPackage.Top - 10) * 2)]);
        // The tabBar: the selected (first) label is red, the others are not; the selected icon is blue.
        var bar = 667 - ShellPackage.TabBar;
        Assert.True(Count(frame, new Rect(0, bar, 125, 50), IsRed) > 10);
        Assert.Equal(0, Count(frame, new Rect(125, bar, 250, 50), IsRed));
        Assert.True(Count(frame, new Rect(0, bar, 125, 50), c => c.B > 200 && c.R < 40 && c.G < 40) > 100);
        Assert.True(Count(frame, new Rect(125, bar, 125, 50), c => c.R is > 120 and < 150 && c.G is > 120 and < 150) > 100);
        Assert.Empty(diagnostics.Snapshot());
    }

    [Fact]
    public void A_modal_darkens_the_page_and_shows_its_buttons_in_the_frame()
    {
        var diagnostics = new DiagnosticBag();
        using var session = ShellPackage.Start(diagnostics, draw: true);
        ShellPackage.Run(session, "wx.showModal({ title: 'T', content: 'C', confirmColor: '#ff0000' })");
        session.RenderFrame(capture: true);
        var frame = session.LastPixels!;

        // The page's blue box is under the 60 % black mask.
        var masked = frame[20, (int)((ShellPackage.Top + 50) * 2)];
        Assert.True(masked.B < 100 && masked.B > 30, masked.ToString());
        // The confirm text (red) is in the dialog's right half.
        var confirm = session.ShellPoint(ShellTargets.ModalConfirm)!.Value;
        Assert.True(Count(frame, new Rect(confirm.X - 40, confirm.Y - 15, 80, 30), IsRed) > 10);
    }

    [Fact]
    public void An_input_script_taps_shell_parts_by_name()
    {
        var diagnostics = new DiagnosticBag();
        using var session = ShellPackage.Start(diagnostics);
        ShellPackage.TakeEvents(session);
        var script = """
            [
              {"tap": {"shell": "tab:1"}},
              {"wait": "100ms"},
              {"tap": {"shell": "modal:confirm"}}
            ]
            """;
        var actions = InputScriptReader.Read("script.json", System.Text.Encoding.UTF8.GetBytes(script), diagnostics);

        var ran = InputScriptRunner.Run(session, actions, _ => { }, diagnostics);
        session.Settle();

        Assert.Equal(2, ran); // no modal is up: the third action is a diagnostic at its line
        Assert.Equal("pages/list/list", session.CurrentRoute);
        var error = Assert.Single(diagnostics.Snapshot());
        Assert.Equal((HostDiagnosticCodes.BadInputAction, 4), (error.Code, error.Location.Line));
    }

    private static bool IsRed(Color c) => c.R > 200 && c.G < 90 && c.B < 90;

    private static void AssertNear(Color expected, Color actual) =>
        Assert.True(Math.Abs(expected.R - actual.R) <= 2 && Math.Abs(expected.G - actual.G) <= 2 && Math.Abs(expected.B - actual.B) <= 2, $"expected {expected}, got {actual}");

    /// <summary>Pixels in the CSS-px rectangle (2× frame) that match.</summary>
    private static int Count(RgbaImage frame, Rect css, Func<Color, bool> match)
    {
        var n = 0;
        for (var y = (int)(css.Y * 2); y < (int)(css.Bottom * 2) && y < frame.Height; y++)
        {
            for (var x = (int)(css.X * 2); x < (int)(css.Right * 2) && x < frame.Width; x++)
            {
                if (match(frame[x, y]))
                {
                    n++;
                }
            }
        }

        return n;
    }
}
