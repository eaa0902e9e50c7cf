using Xunit;

namespace Sparrow.Host.Tests.Components;

/// <summary>
/// swiper <c>previous-margin</c>, <c>next-margin</c> and <c>display-multiple-items</c> through the whole
/// engine (tests/data/components-swiper, 300×100 px swipers at x 0): items are sized and placed by the
/// base-library swiper, stepped by the native one; boxes read where they are painted.
/// </summary>
public sealed class SwiperMarginTests
{
    [Fact]
    public void Margins_shrink_the_items_and_let_the_next_one_peek_in()
    {
        var diagnostics = new Sparrow.Core.DiagnosticBag();
        using var session = PackageSessions.Start("components-swiper", diagnostics);
        var first = Box(session, "#peek-0");
        var second = Box(session, "#peek-1");
        Assert.Equal((20f, 250f), (first.X, first.Width));
        Assert.Equal(270f, second.X, 0.5); // peeks into the 30 px next margin
        Assert.Empty(diagnostics.Snapshot());
    }

    [Fact]
    public void Display_multiple_items_shows_two_at_a_time_and_stops_at_the_last_pair()
    {
        using var session = PackageSessions.Start("components-swiper", new Sparrow.Core.DiagnosticBag());
        Assert.Equal((0f, 150f), (Box(session, "#multi-0").X, Box(session, "#multi-0").Width));
        Assert.Equal(150f, Box(session, "#multi-1").X, 0.5);
        PackageSessions.OnPage(session, "p.setData({ multiCurrent: 9 })");
        session.RenderFrame(capture: false); // the swiper sees current change and starts its slide
        session.Wait(System.TimeSpan.FromMilliseconds(600));
        Assert.Equal(2, session.SwiperCurrent(session.FindElement("#multi"))); // n − 2
        Assert.Equal(0f, Box(session, "#multi-2").X, 0.5);
        Assert.Equal(150f, Box(session, "#multi-3").X, 0.5);
    }

    [Fact]
    public void A_circular_swiper_showing_two_shows_the_last_item_just_before_the_first()
    {
        using var session = PackageSessions.Start("components-swiper", new Sparrow.Core.DiagnosticBag());
        Assert.Equal((0f, 150f), (Box(session, "#both-0").X, Box(session, "#both-0").Width));
        Assert.Equal(150f, Box(session, "#both-1").X, 0.5);
        Assert.Equal(-150f, Box(session, "#both-3").X, 0.5); // wrapped round, out of view on the left
    }

    private static Sparrow.Core.Rect Box(Sparrow.Host.Headless.HeadlessSession session, string selector)
    {
        var node = session.FindElement(selector);
        Assert.True(node >= 0, selector);
        var box = session.ClientBoxOf(node)!.Value;
        var swiper = session.ClientBoxOf(session.FindElement("#" + selector[1..selector.IndexOf('-')]))!.Value;
        return new Sparrow.Core.Rect(box.X - swiper.X, box.Y - swiper.Y, box.Width, box.Height);
    }
}
