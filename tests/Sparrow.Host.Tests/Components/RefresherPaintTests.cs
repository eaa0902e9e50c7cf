using System;
using Sparrow.Core;
using Sparrow.Host.Headless;
using Sparrow.Host.Tests.Headless;
using Xunit;

namespace Sparrow.Host.Tests.Components;

/// <summary>
/// The refresher band of a scroll-view (tests/data/components-refresher: 120×200 px views at x 0, 120,
/// 240): <c>refresher-background</c> fills the 45 px the content moved down, and the three dots are
/// drawn in <c>refresher-default-style</c> (black, white) or not at all (none), centred in the band.
/// </summary>
public sealed class RefresherPaintTests
{
    private static readonly Color Red = new(0xff, 0x00, 0x00, 0xff);
    private static readonly Color Blue = new(0x00, 0x00, 0xff, 0xff);
    private static readonly Color Green = new(0x00, 0xff, 0x00, 0xff);
    private static readonly Color White = new(0xff, 0xff, 0xff, 0xff);

    [EglFact]
    public void The_band_shows_the_background_and_the_dots_in_their_style()
    {
        var diagnostics = new DiagnosticBag();
        using var session = PackageSessions.Start("components-refresher", diagnostics, draw: true);
        session.RenderFrame(capture: true);
        Assert.Equal(White, Pixel(session, 10, 10)); // nothing pulled: the rows

        PackageSessions.OnPage(session, "p.show()");
        session.RenderFrame(capture: false); // the scroll-views see refresher-triggered turn true
        session.Wait(TimeSpan.FromMilliseconds(400)); // the refreshers ease out to their 45 px
        session.RenderFrame(capture: true);
        Assert.Equal(-45f, session.ScrollViewOffset(session.FindElement("#dark"))!.Value.Y, 0.5);
        Assert.Equal((Red, Blue, Green), (Pixel(session, 10, 10), Pixel(session, 130, 10), Pixel(session, 250, 10)));
        Assert.Equal(White, Pixel(session, 10, 60)); // the first row, 45 px down

        // The dots: 6 px, 12 px apart, centred at (60, 22.5) in each band; none for style none.
        Assert.True(Darker(Pixel(session, 60, 22.5f), Red), "black dots on red");
        Assert.True(Lighter(Pixel(session, 180, 22.5f), Blue), "white dots on blue");
        Assert.Equal(Green, Pixel(session, 300, 22.5f));
        Assert.Empty(diagnostics.Snapshot());
    }

    private static bool Darker(Color c, Color band) => c.R < band.R - 20;

    private static bool Lighter(Color c, Color band) => c.R > band.R + 40 && c.G > band.G + 40;

    private static Color Pixel(HeadlessSession session, float x, float y)
    {
        var image = session.LastPixels!;
        var i = (((int)(y * 2) * image.Width) + (int)(x * 2)) * 4;
        var p = image.Pixels;
        return new Color(p[i], p[i + 1], p[i + 2], p[i + 3]);
    }
}
