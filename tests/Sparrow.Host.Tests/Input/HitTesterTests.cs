using System.Linq;
using Sparrow.Core;
using Xunit;

namespace Sparrow.Host.Tests.Input;

/// <summary>
/// Hit-testing on a real page (tests/data/input/hit, pages/index: WXML + WXSS through the whole
/// runtime, cascade and layout), one rule per test. Coordinates are client CSS px.
/// </summary>
public sealed class HitTesterTests
{
    [Fact]
    public void The_higher_z_index_wins_where_boxes_overlap_whatever_their_tree_order()
    {
        using var session = Start(out var diagnostics);
        Assert.Equal("high", InputPackages.IdAt(session, 75, 30));
        Assert.Equal("low", InputPackages.IdAt(session, 125, 30));
        Assert.Equal("high", InputPackages.IdAt(session, 25, 30));
        Assert.Empty(diagnostics.Snapshot());
    }

    [Fact]
    public void A_negative_z_index_child_is_above_its_context_background_and_below_its_in_flow_content() =>
        AssertTargets(("under", 25, 110), ("flow", 75, 110), ("ctx", 175, 110));

    [Fact]
    public void An_overflow_clip_with_rounded_corners_hides_what_lies_outside_it() =>
        AssertTargets(
            ("big", 50, 210),
            ("stage", 150, 210), // the child, clipped away
            ("stage", 5, 165), // outside the circle, inside the square
            ("big", 50, 165)); // top of the circle

    [Fact]
    public void Elliptical_corners_use_both_radii() =>
        AssertTargets(

            // border-radius 100px / 20px on a 200 × 60 box at (160, 160): the top-left corner is an
            // ellipse about (260, 180). (170, 175) lies inside it, though 124 px from the centre a
            // circular 100 px corner would have (260, 260).
            ("oval", 170, 175),
            ("stage", 165, 162), // outside the ellipse
            ("oval", 260, 161), // the flat top between the corners
            ("stage", 355, 218)); // outside the bottom-right ellipse

    [Fact]
    public void Pointer_events_none_is_inherited_and_a_child_with_auto_still_hits() =>
        AssertTargets(("pe-auto", 50, 310), ("stage", 150, 310));

    [Fact]
    public void Hidden_boxes_do_not_hit_but_a_visible_child_does_and_display_none_has_no_box() =>
        AssertTargets(("visible", 50, 390), ("stage", 150, 390), ("stage", 300, 390));

    [Fact]
    public void Transforms_move_the_hit_area_with_the_painted_box() =>
        AssertTargets(
            ("moved", 200, 470),
            ("stage", 50, 470),

            // rotate(45deg) about the centre (90, 610): a diamond reaching 70.7 px from it.
            ("turned", 90, 545), // above the unrotated box, inside the diamond
            ("stage", 45, 565)); // the unrotated corner, outside the diamond

    [Fact]
    public void Text_hits_its_element() =>
        AssertTargets(("words", 10, 715), ("plain", 10, 775));

    [Fact]
    public void Fixed_boxes_stay_under_the_finger_when_the_page_scrolls_and_the_rest_moves()
    {
        using var session = Start(out _);
        Assert.Equal("fixed", InputPackages.IdAt(session, 100, 640));
        Assert.Equal("high", InputPackages.IdAt(session, 25, 30));
        Assert.Equal(80, session.ScrollPageTo(80));
        Assert.Equal("fixed", InputPackages.IdAt(session, 100, 640));
        Assert.Equal("under", InputPackages.IdAt(session, 25, 30)); // page y 110
    }

    [Fact]
    public void A_scripted_scroll_moves_what_a_scripted_tap_touches_but_not_a_fixed_box()
    {
        using var session = Start(out _);
        var diagnostics = new DiagnosticBag();
        var script = System.Text.Encoding.UTF8.GetBytes("""[{"tap": [25, 30]}, {"scroll": 80}, {"tap": [25, 30]}, {"tap": [100, 640]}]""");
        Sparrow.Host.Input.InputScriptRunner.Run(session, Sparrow.Host.Input.InputScriptReader.Read("s.json", script, diagnostics), _ => { }, diagnostics);
        Assert.Empty(diagnostics.Snapshot());
        Assert.Equal(80, session.ScrollY);
        Assert.Equal(["high", "under", "fixed"], session.InputEvents.Where(e => e.Type == "tap").Select(e => e.Id));
    }

    [Fact]
    public void A_hit_test_in_steady_state_allocates_nothing()
    {
        using var session = Start(out _);
        session.HitTest(75, 30);
        session.HitTest(75, 30);
        var before = System.GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            session.HitTest(10 + i, 30 + (i * 5));
        }

        Assert.Equal(0, System.GC.GetAllocatedBytesForCurrentThread() - before);
    }

    /// <summary>On a fresh page, the element id under each client point, all compared at once (a failure lists every point's answer).</summary>
    private static void AssertTargets(params (string Id, float X, float Y)[] expected)
    {
        using var session = Start(out _);
        Assert.Equal(expected.Select(e => e.Id), expected.Select(e => InputPackages.IdAt(session, e.X, e.Y)).ToArray());
    }

    private static Sparrow.Host.Headless.HeadlessSession Start(out DiagnosticBag diagnostics)
    {
        diagnostics = new DiagnosticBag();
        return InputPackages.Hit(diagnostics);
    }
}
