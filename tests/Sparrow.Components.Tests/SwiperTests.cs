using System.Collections.Generic;
using System.Linq;
using Sparrow.Core;
using Xunit;

namespace Sparrow.Components.Tests;

/// <summary>swiper on a store from a real op stream and hand-set boxes: 300 × 100 with three items (ids a, b, c).</summary>
public sealed class SwiperTests
{
    private const uint Swiper = 2;
    private const uint FirstItem = 10;

    [Fact]
    public void Items_sit_side_by_side_from_the_current_one()
    {
        var f = Fixture();
        f.Attribute(Swiper, "current", "1");
        var components = Update(f, 0);
        Assert.Equal(1, components.SwiperCurrent(f.Slot(Swiper)));
        Assert.Equal(new Point(-300, 0), components.Offset(f.Slot(FirstItem)));
        Assert.Equal(new Point(0, 0), components.Offset(f.Slot(FirstItem + 1)));
        Assert.Equal(new Point(300, 0), components.Offset(f.Slot(FirstItem + 2)));
        Assert.True(components.Clips(f.Slot(Swiper)));
    }

    [Fact]
    public void Vertical_swipers_stack_items_downwards()
    {
        var f = Fixture();
        f.Attribute(Swiper, "vertical", true);
        var components = Update(f, 0);
        Assert.Equal(new Point(0, 100), components.Offset(f.Slot(FirstItem + 1)));
    }

    [Fact]
    public void A_drag_past_half_an_item_slides_to_the_next_with_a_touch_change_then_finishes()
    {
        var f = Fixture();
        var components = Update(f, 0);
        components.Press(f.Slot(FirstItem), 250, 50, 0);
        components.Drag(150, 50, 100);
        components.Update(f.View, f.Root, 100);
        Assert.Equal(1 / 3f, components.SwiperPosition(f.Slot(Swiper)), 3);
        Assert.Equal(new Point(-100, 0), components.Offset(f.Slot(FirstItem)));
        components.Drag(80, 50, 400);
        components.Release(80, 50, 500);
        components.Update(f.View, f.Root, 500);
        Assert.Equal(1, components.SwiperCurrent(f.Slot(Swiper)));
        var change = Assert.Single(Take(components));
        Assert.Equal("change", change.Type);
        Assert.Equal("{\"current\":1,\"currentItemId\":\"b\",\"source\":\"touch\"}", change.DetailJson);

        components.Update(f.View, f.Root, 750);
        var mid = components.SwiperPosition(f.Slot(Swiper));
        Assert.InRange(mid, 0.8f, 0.99f); // eased: most of the way at half the 500 ms duration
        Assert.Empty(Take(components));
        components.Update(f.View, f.Root, 1000);
        Assert.Equal(1f, components.SwiperPosition(f.Slot(Swiper)));
        Assert.Equal(["animationfinish"], Take(components).Select(e => e.Type));
    }

    [Fact]
    public void A_short_slow_drag_snaps_back_without_a_change()
    {
        var f = Fixture();
        var components = Update(f, 0);
        components.Press(f.Slot(FirstItem), 250, 50, 0);
        components.Drag(200, 50, 500);
        components.Release(200, 50, 1000);
        components.Update(f.View, f.Root, 2000);
        Assert.Equal(0, components.SwiperCurrent(f.Slot(Swiper)));
        Assert.Equal(0f, components.SwiperPosition(f.Slot(Swiper)));
        Assert.Equal(["animationfinish"], Take(components).Select(e => e.Type));
    }

    [Fact]
    public void A_fast_flick_goes_to_the_next_item_even_when_short()
    {
        var f = Fixture();
        var components = Update(f, 0);
        components.Press(f.Slot(FirstItem), 250, 50, 0);
        components.Drag(230, 50, 10);
        components.Release(200, 50, 20); // 3 px/ms
        components.Update(f.View, f.Root, 20);
        Assert.Equal(1, components.SwiperCurrent(f.Slot(Swiper)));
    }

    [Fact]
    public void The_first_item_does_not_drag_backwards_unless_circular()
    {
        var f = Fixture();
        var components = Update(f, 0);
        components.Press(f.Slot(FirstItem), 50, 50, 0);
        components.Drag(250, 50, 100);
        components.Update(f.View, f.Root, 100);
        Assert.Equal(0f, components.SwiperPosition(f.Slot(Swiper)));

        var g = Fixture();
        g.Attribute(Swiper, "circular", true);
        var circular = Update(g, 0);
        circular.Press(g.Slot(FirstItem), 50, 50, 0);
        circular.Drag(250, 50, 100);
        circular.Release(250, 50, 400);
        circular.Update(g.View, g.Root, 400);
        Assert.Equal(2, circular.SwiperCurrent(g.Slot(Swiper)));
        // Dragged 200 px right of the first item: the last one (wrapped round) shows 100 px of itself at the left.
        Assert.Equal(-100, circular.Offset(g.Slot(FirstItem + 2)).X, 3);
    }

    [Fact]
    public void Autoplay_slides_every_interval_on_the_clock_and_wraps_to_the_first()
    {
        var f = Fixture();
        f.Attribute(Swiper, "autoplay", true);
        f.Attribute(Swiper, "interval", "1000");
        f.Attribute(Swiper, "duration", "200");
        var components = Update(f, 0);
        components.Update(f.View, f.Root, 999);
        Assert.Empty(Take(components));
        components.Update(f.View, f.Root, 1100);
        Assert.Equal(1, components.SwiperCurrent(f.Slot(Swiper)));
        Assert.Equal(["change"], Take(components).Select(e => e.Type));

        // A long jump of the clock plays every slide it covers: 2 at 2000, 0 at 3000 (not circular: back to the first).
        components.Update(f.View, f.Root, 3500);
        var events = Take(components);
        Assert.Equal(["animationfinish", "change", "animationfinish", "change", "animationfinish"], events.Select(e => e.Type));
        Assert.Contains("\"source\":\"autoplay\"", events[1].DetailJson);
        Assert.Equal(0, components.SwiperCurrent(f.Slot(Swiper)));
    }

    [Fact]
    public void Current_set_by_the_logic_side_slides_there_without_a_change_event()
    {
        var f = Fixture();
        var components = Update(f, 0);
        f.Attribute(Swiper, "current", "2");
        components.Update(f.View, f.Root, 100);
        Assert.Equal(2, components.SwiperCurrent(f.Slot(Swiper)));
        components.Update(f.View, f.Root, 600);
        Assert.Equal(2f, components.SwiperPosition(f.Slot(Swiper)));
        Assert.Equal(["animationfinish"], Take(components).Select(e => e.Type));
    }

    private static ComponentFixture Fixture()
    {
        var f = new ComponentFixture();
        f.Element(Swiper, 1, "swiper", 0, 0, 300, 100);
        for (uint i = 0; i < 3; i++)
        {
            f.Element(FirstItem + i, Swiper, "swiper-item", 0, 0, 300, 100);
            f.Writer.SetAttribute(FirstItem + i, "item-id", ((char)('a' + i)).ToString());
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
