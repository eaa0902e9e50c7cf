using System.Collections.Generic;
using System.Linq;
using Sparrow.Core;
using Xunit;

namespace Sparrow.Components.Tests;

/// <summary>scroll-view on a store from a real op stream and hand-set boxes: 300 × 200 showing 1,000 px of rows.</summary>
public sealed class ScrollViewTests
{
    private const uint View = 2;
    private const uint FirstRow = 10;

    [Fact]
    public void Scroll_top_moves_every_child_up_and_clamps_to_the_content()
    {
        var f = Fixture();
        f.Attribute(View, "scroll-top", "300");
        var components = Update(f, 0);
        Assert.Equal(new Point(0, -300), components.Offset(f.Slot(FirstRow)));
        Assert.Equal(new Point(0, -300), components.Offset(f.Slot(FirstRow + 9)));
        Assert.True(components.Clips(f.Slot(View)));
        Assert.False(components.Clips(f.Slot(FirstRow)));

        f.Attribute(View, "scroll-top", "5000px");
        components.Update(f.View, f.Root, 16);
        Assert.Equal(new Point(0, 800), components.ScrollOffset(f.Slot(View)));
    }

    [Fact]
    public void Scroll_top_in_rpx_scales_by_the_window_width()
    {
        var f = Fixture();
        f.Attribute(View, "scroll-top", "750rpx");
        var components = new NativeComponents(f.Store, 375);
        components.Update(f.View, f.Root, 0);
        Assert.Equal(new Point(0, 375), components.ScrollOffset(f.Slot(View)));
    }

    [Fact]
    public void Without_scroll_y_nothing_scrolls()
    {
        var f = Fixture(scrollY: false);
        f.Attribute(View, "scroll-top", "300");
        var components = Update(f, 0);
        Assert.Equal(new Point(0, 0), components.ScrollOffset(f.Slot(View)));
    }

    [Fact]
    public void Scroll_into_view_brings_the_element_to_the_top()
    {
        var f = Fixture();
        var components = Update(f, 0);
        f.Attribute(View, "scroll-into-view", "row4");
        components.Update(f.View, f.Root, 16);
        Assert.Equal(new Point(0, 400), components.ScrollOffset(f.Slot(View)));
    }

    [Fact]
    public void Scroll_with_animation_eases_on_the_clock_and_lands_on_the_target()
    {
        var f = Fixture();
        f.Attribute(View, "scroll-with-animation", true);
        var components = Update(f, 0);
        f.Attribute(View, "scroll-top", "600");
        components.Update(f.View, f.Root, 1000);
        Assert.Equal(0, components.ScrollOffset(f.Slot(View))!.Value.Y);
        components.Update(f.View, f.Root, 1150);
        var mid = components.ScrollOffset(f.Slot(View))!.Value.Y;
        Assert.InRange(mid, 300.1f, 599.9f); // ease-out: past halfway at half time
        components.Update(f.View, f.Root, 1300);
        Assert.Equal(600, components.ScrollOffset(f.Slot(View))!.Value.Y);
    }

    [Fact]
    public void A_drag_scrolls_with_the_finger_clamps_and_raises_scroll_and_lower_events()
    {
        var f = Fixture();
        f.Listen(View, "scroll");
        var components = Update(f, 0);
        components.Press(f.Slot(FirstRow + 1), 100, 180, 0);
        Assert.Equal(0, components.Drag(100, 175, 10)); // inside the slop: nothing yet
        components.Update(f.View, f.Root, 10);
        Assert.Equal(0, components.ScrollOffset(f.Slot(View))!.Value.Y);

        Assert.Equal(0, components.Drag(100, 80, 20));
        components.Update(f.View, f.Root, 20);
        Assert.Equal(100, components.ScrollOffset(f.Slot(View))!.Value.Y);
        var events = Take(components);
        var scroll = Assert.Single(events);
        Assert.Equal("scroll", scroll.Type);
        Assert.Equal("{\"scrollLeft\":0,\"scrollTop\":100,\"scrollHeight\":1000,\"scrollWidth\":300,\"deltaX\":0,\"deltaY\":-100}", scroll.DetailJson);

        components.Release(100, -2000, 30);
        components.Update(f.View, f.Root, 30);
        Assert.Equal(800, components.ScrollOffset(f.Slot(View))!.Value.Y);
        Assert.Equal(["scroll", "scrolltolower"], Take(components).Select(e => e.Type));
    }

    [Fact]
    public void Scrolling_back_to_the_top_raises_scrolltoupper_once()
    {
        var f = Fixture();
        f.Attribute(View, "scroll-top", "500");
        var components = Update(f, 0);
        f.Attribute(View, "scroll-top", "30");
        components.Update(f.View, f.Root, 16);
        f.Attribute(View, "scroll-top", "0");
        components.Update(f.View, f.Root, 32);
        var events = Take(components);
        var upper = Assert.Single(events);
        Assert.Equal("scrolltoupper", upper.Type);
        Assert.Equal("{\"direction\":\"top\"}", upper.DetailJson);
    }

    [Fact]
    public void A_horizontal_drag_in_a_vertical_scroll_view_goes_to_nobody()
    {
        var f = Fixture();
        var components = Update(f, 0);
        components.Press(f.Slot(FirstRow), 200, 50, 0);
        Assert.Equal(0, components.Drag(50, 55, 10));
        Assert.False(components.ComponentDragging);
    }

    [Fact]
    public void A_vertical_drag_outside_scroll_views_scrolls_the_page_by_the_finger_distance()
    {
        var f = Fixture();
        var components = Update(f, 0);
        components.Press(f.Root, 10, 500, 0);
        Assert.Equal(0, components.Drag(10, 495, 10));
        Assert.Equal(100, components.Drag(10, 400, 20)); // from where the finger went down
        Assert.Equal(50, components.Release(10, 350, 30));
    }

    [Fact]
    public void A_removed_scroll_view_leaves_no_state_behind()
    {
        var f = Fixture();
        var components = Update(f, 0);
        Assert.Equal(1, components.InstanceCount);
        f.Remove(View, 1);
        components.Update(f.View, f.Root, 16);
        Assert.Equal(0, components.InstanceCount);
    }

    [Fact]
    public void A_steady_frame_allocates_nothing()
    {
        var f = Fixture();
        f.Attribute(View, "scroll-top", "300");
        var components = Update(f, 0);
        components.Update(f.View, f.Root, 16);
        var before = System.GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            components.Update(f.View, f.Root, 32 + i);
        }

        Assert.Equal(0, System.GC.GetAllocatedBytesForCurrentThread() - before);
    }

    internal static ComponentFixture Fixture(bool scrollY = true)
    {
        var f = new ComponentFixture();
        f.Element(View, 1, "scroll-view", 0, 0, 300, 200);
        f.Content(View, 300, 1000);
        if (scrollY)
        {
            f.Attribute(View, "scroll-y", true);
        }

        for (uint i = 0; i < 10; i++)
        {
            f.Element(FirstRow + i, View, "view", 0, i * 100, 300, 100);
            f.Writer.SetId(FirstRow + i, $"row{i}");
        }

        f.Apply();
        return f;
    }

    private static NativeComponents Update(ComponentFixture f, double nowMs)
    {
        var components = new NativeComponents(f.Store, 375);
        components.Update(f.View, f.Root, nowMs);
        return components;
    }

    private static List<ComponentEvent> Take(NativeComponents components)
    {
        var list = new List<ComponentEvent>();
        components.TakeEvents(list);
        return list;
    }
}
