using System;
using System.Linq;
using Sparrow.Core;
using Sparrow.Host.Tests.Headless;
using Xunit;

namespace Sparrow.Host.Tests.Components;

/// <summary>scroll-view on a real page (tests/data/components): drags, attributes and their events, pixels and hit-tests.</summary>
public sealed class ScrollViewSessionTests
{
    [Fact]
    public void A_drag_scrolls_the_list_fires_bindscroll_and_cancels_the_tap()
    {
        var diagnostics = new DiagnosticBag();
        using var session = ComponentPackage.Start(diagnostics);
        var list = ComponentPackage.Node(session, "list");
        ComponentPackage.Drag(session, 150, 180, 150, 30);
        Assert.Equal(new Point(0, 150), session.ScrollViewOffset(list));
        Assert.DoesNotContain(session.InputEvents, e => e.Type == "tap");
        var scrolls = ComponentPackage.Events(session).Where(e => e.StartsWith("scroll list", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(scrolls);
        Assert.Equal("scroll list top=150 left=0 height=1000 width=300 dx=0 dy=-15", scrolls[^1]);
        Assert.Equal(0, session.ScrollY); // the page did not move
        Assert.Empty(diagnostics.Snapshot());
    }

    [Fact]
    public void What_the_finger_touches_follows_the_scroll()
    {
        var diagnostics = new DiagnosticBag();
        using var session = ComponentPackage.Start(diagnostics);
        Assert.Equal(ComponentPackage.Node(session, "row0"), session.HitTest(150, 10));
        ComponentPackage.Drag(session, 150, 180, 150, 30);
        Assert.Equal(ComponentPackage.Node(session, "row1"), session.HitTest(150, 10));

        // Rows scrolled out above the list are clipped away: below it is the strip, not row 3.
        Assert.Equal(ComponentPackage.Node(session, "row3"), session.HitTest(150, 190));
        Assert.NotEqual(ComponentPackage.Node(session, "row3"), session.HitTest(150, 205));
    }

    [Fact]
    public void Dragging_to_the_end_clamps_and_fires_scrolltolower()
    {
        var diagnostics = new DiagnosticBag();
        using var session = ComponentPackage.Start(diagnostics);
        var list = ComponentPackage.Node(session, "list");
        for (var i = 0; i < 3; i++)
        {
            ComponentPackage.Drag(session, 150, 190, 150, -200);
        }

        Assert.Equal(new Point(0, 800), session.ScrollViewOffset(list));
        Assert.Equal(["lower list bottom"], ComponentPackage.Events(session).Where(e => e.StartsWith("lower", StringComparison.Ordinal)));
    }

    [Fact]
    public void Scroll_into_view_and_scroll_top_from_setData_move_the_list()
    {
        var diagnostics = new DiagnosticBag();
        using var session = ComponentPackage.Start(diagnostics);
        var list = ComponentPackage.Node(session, "list");
        ComponentPackage.OnPage(session, "p.goInto('row5')");
        session.RenderFrame(capture: false);
        Assert.Equal(new Point(0, 500), session.ScrollViewOffset(list));
        Assert.Equal(ComponentPackage.Node(session, "row5"), session.HitTest(150, 10));

        ComponentPackage.OnPage(session, "p.setData({ into: '' }); p.goTop(120)");
        session.RenderFrame(capture: false);
        Assert.Equal(new Point(0, 120), session.ScrollViewOffset(list));
    }

    [Fact]
    public void A_horizontal_drag_scrolls_the_strip()
    {
        var diagnostics = new DiagnosticBag();
        using var session = ComponentPackage.Start(diagnostics);
        var strip = ComponentPackage.Node(session, "strip");
        ComponentPackage.Drag(session, 250, 240, 100, 240);
        Assert.Equal(new Point(150, 0), session.ScrollViewOffset(strip));
        Assert.Contains("scroll strip top=0 left=150 height=60 width=600 dx=-15 dy=0", ComponentPackage.Events(session));
    }

    [Fact]
    public void A_vertical_drag_outside_scroll_views_scrolls_the_page()
    {
        var diagnostics = new DiagnosticBag();
        using var session = ComponentPackage.Start(diagnostics);
        ComponentPackage.Drag(session, 200, 600, 200, 400);
        Assert.Equal(200, session.ScrollY);
    }

    [EglFact]
    public void The_scrolled_list_paints_its_rows_moved_up_and_clipped()
    {
        var diagnostics = new DiagnosticBag();
        using var session = ComponentPackage.Start(diagnostics, draw: true);
        Assert.Equal(new Color(0xff, 0, 0, 0xff), ComponentPackage.PixelAt(session, 150, 10)); // row0
        ComponentPackage.Drag(session, 150, 180, 150, 30);
        session.RenderFrame(capture: true);
        Assert.Equal(new Color(0, 0xff, 0, 0xff), ComponentPackage.PixelAt(session, 150, 10)); // row1 (100..200 − 150)
        Assert.Equal(new Color(0, 0, 0xff, 0xff), ComponentPackage.PixelAt(session, 150, 100)); // row2
        Assert.Equal(new Color(0xff, 0, 0, 0xff), ComponentPackage.PixelAt(session, 150, 195)); // row3

        // Between the list and the strip (the strip's 10 px margin) the page shows: rows are clipped.
        Assert.Equal(new Color(0xff, 0xff, 0xff, 0xff), ComponentPackage.PixelAt(session, 150, 205));
    }
}
