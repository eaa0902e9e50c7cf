using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace Sparrow.Components.Tests;

/// <summary>scroll-view momentum, enhanced bounces and the refresher, frame by frame on explicit clock values (a 300×200 view over 1000 px).</summary>
public sealed class ScrollViewMotionTests
{
    private const uint View = 2;
    private const uint FirstRow = 10;

    [Fact]
    public void A_release_flings_with_exponential_deceleration_and_stops()
    {
        var f = ScrollViewTests.Fixture();
        f.Listen(View, "scroll");
        var components = Start(f);
        Drag(components, f, 300, 100, 20); // up 100 px in 5 moves of 20 px per 20 ms: 1 px/ms
        components.Release(100, 200, 100);
        Step(components, f, 100);
        Assert.Equal(100, Top(components, f), 0.01);

        // After t ms the content has travelled v·τ·(1 − e^(−t/τ)) more.
        Step(components, f, 300);
        var expected = 100 + (ScrollView.FlingTimeConstant * (1 - Math.Exp(-200 / ScrollView.FlingTimeConstant)));
        Assert.Equal(expected, Top(components, f), 0.5);
        Assert.True(components.IsFlinging(f.Slot(View)));
        Assert.Contains(Take(components), e => e.Type == "scroll");

        // 1 px/ms · 499.5 ms would pass 600 px, so it stops at the end (800) well before then.
        Step(components, f, 5000);
        Assert.Equal(600, Top(components, f), 1.0); // 100 + ~500: the decay runs out before the end
        Assert.False(components.IsFlinging(f.Slot(View)));
    }

    [Fact]
    public void A_fling_stops_at_the_end()
    {
        var f = ScrollViewTests.Fixture();
        var components = Start(f);
        components.Press(f.Slot(FirstRow + 1), 100, 300, 0);
        components.Drag(100, 280, 10);
        components.Drag(100, 100, 20); // 180 px in 10 ms: 18 px/ms
        components.Release(100, 100, 20);
        Step(components, f, 20);
        Step(components, f, 2000);
        Assert.Equal(800, Top(components, f), 0.01);
        Assert.False(components.IsFlinging(f.Slot(View)));
    }

    [Fact]
    public void Past_the_top_without_enhanced_the_offset_clamps_and_with_bounces_it_rubber_bands_and_springs_back()
    {
        var f = ScrollViewTests.Fixture();
        var components = Start(f);
        components.Press(f.Slot(FirstRow), 100, 50, 0);
        components.Drag(100, 150, 10);
        Step(components, f, 10);
        Assert.Equal(0, Top(components, f));
        components.Release(100, 150, 200);

        f.Attribute(View, "enhanced", true);
        f.Apply();
        Step(components, f, 300);
        components.Press(f.Slot(FirstRow), 100, 50, 300);
        components.Drag(100, 150, 310);
        Step(components, f, 310);
        Assert.Equal(-(1 - (1 / ((100 * 0.55 / 200) + 1))) * 200, Top(components, f), 0.01);
        components.Release(100, 150, 320);
        Step(components, f, 330);
        Step(components, f, 320 + ScrollView.AnimationMs + 10);
        Assert.Equal(0, Top(components, f), 0.01);

        // bounces="false" turns it off again.
        f.Attribute(View, "bounces", false);
        f.Apply();
        Step(components, f, 900);
        components.Press(f.Slot(FirstRow), 100, 50, 1000);
        components.Drag(100, 150, 1010);
        Step(components, f, 1010);
        Assert.Equal(0, Top(components, f));
    }

    [Fact]
    public void The_refresher_pulls_refreshes_writes_triggered_and_restores_when_the_logic_side_sets_it_false()
    {
        var f = ScrollViewTests.Fixture();
        f.Attribute(View, "refresher-enabled", true);
        f.Apply();
        var components = Start(f);
        components.Press(f.Slot(FirstRow), 100, 50, 0);
        components.Drag(100, 70, 10);
        components.Drag(100, 110, 20);
        Step(components, f, 20);
        Assert.Equal(-60, Top(components, f));
        Assert.Equal(["refresherpulling {\"dy\":60}"], Take(components).Select(e => $"{e.Type} {e.DetailJson}"));

        components.Release(100, 110, 30);
        Step(components, f, 30);
        Assert.Equal(["refresherrefresh"], Take(components).Select(e => e.Type));
        Assert.Equal("true", f.Store.GetAttribute(f.Slot(View), f.Store.Atoms.Intern("refresher-triggered")));
        Step(components, f, 500);
        Assert.Equal(-ScrollView.DefaultRefresherThreshold, Top(components, f));
        Step(components, f, 900);
        Assert.Empty(Take(components));

        f.Attribute(View, "refresher-triggered", false);
        f.Apply();
        Step(components, f, 1000);
        Step(components, f, 1400);
        Assert.Equal(0, Top(components, f));
        Assert.Equal(["refresherrestore"], Take(components).Select(e => e.Type));
    }

    [Fact]
    public void A_pull_short_of_the_threshold_aborts()
    {
        var f = ScrollViewTests.Fixture();
        f.Attribute(View, "refresher-enabled", true);
        f.Attribute(View, "refresher-threshold", "80");
        f.Apply();
        var components = Start(f);
        components.Press(f.Slot(FirstRow), 100, 50, 0);
        components.Drag(100, 110, 10);
        Step(components, f, 10);
        components.Release(100, 110, 20);
        Step(components, f, 20);
        Step(components, f, 500);
        Assert.Equal(0, Top(components, f));
        Assert.Equal(["refresherpulling", "refresherabort"], Take(components).Select(e => e.Type));
    }

    [Theory]
    [InlineData("a&lt;b&gt;c&amp;d&apos;e", true, "", "a<b>c&d'e")]
    [InlineData("x&nbsp;y&ensp;z&emsp;w", true, "", "x\u00a0y\u2002z\u2003w")]
    [InlineData("a&lt;b", false, "", "a&lt;b")]
    [InlineData("&quot;&copy;", true, "", "&quot;&copy;")]
    [InlineData("a  b", false, "emsp", "a\u2003\u2003b")]
    [InlineData("a b", false, "nbsp", "a\u00a0b")]
    [InlineData("a&amp;lt; b", true, "ensp", "a&lt;\u2002b")]
    public void Text_decode_and_space_show_what_WeChat_shows(string raw, bool decode, string space, string shown) =>
        Assert.Equal(shown, TextContent.Transform(raw, decode, TextContent.SpaceOf(space)));

    private static NativeComponents Start(ComponentFixture f)
    {
        var components = new NativeComponents(f.Store, 375);
        components.Update(f.View, f.Root, 0);
        return components;
    }

    /// <summary>Press on the second row at y, then five 20 ms moves of <paramref name="distance"/>/5 up.</summary>
    private static void Drag(NativeComponents components, ComponentFixture f, float y, float distance, double stepMs)
    {
        components.Press(f.Slot(FirstRow + 1), 100, y, 0);
        for (var k = 1; k <= 5; k++)
        {
            components.Drag(100, y - (distance * k / 5), k * stepMs);
        }
    }

    private static void Step(NativeComponents components, ComponentFixture f, double nowMs) => components.Update(f.View, f.Root, nowMs);

    private static float Top(NativeComponents components, ComponentFixture f) => components.ScrollOffset(f.Slot(View))!.Value.Y;

    private static List<ComponentEvent> Take(NativeComponents components)
    {
        var list = new List<ComponentEvent>();
        components.TakeEvents(list);
        return list;
    }
}
