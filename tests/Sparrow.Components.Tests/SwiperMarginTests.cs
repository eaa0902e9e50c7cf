using Sparrow.Core;
using Xunit;

namespace Sparrow.Components.Tests;

/// <summary>swiper margins and display-multiple-items on the native side: 300 × 100 with four items; the step is the item size.</summary>
public sealed class SwiperMarginTests
{
    private const uint Swiper = 2;
    private const uint FirstItem = 10;

    [Fact]
    public void Margins_in_px_and_rpx_make_the_step_the_swiper_less_both_margins()
    {
        var f = Fixture();
        f.Attribute(Swiper, "previous-margin", "20px");
        f.Attribute(Swiper, "next-margin", "60rpx"); // 30 px at 375 px wide
        var components = Update(f, 0);
        Assert.Equal(new Point(250, 0), components.Offset(f.Slot(FirstItem + 1)));
        Assert.Equal(new Point(500, 0), components.Offset(f.Slot(FirstItem + 2)));
    }

    [Fact]
    public void Display_multiple_items_steps_by_a_fraction_and_clamps_current_to_the_last_full_set()
    {
        var f = Fixture();
        f.Attribute(Swiper, "display-multiple-items", "2");
        f.Attribute(Swiper, "current", "3");
        var components = Update(f, 0);
        Assert.Equal(2, components.SwiperCurrent(f.Slot(Swiper)));
        Assert.Equal(new Point(0, 0), components.Offset(f.Slot(FirstItem + 2)));
        Assert.Equal(new Point(150, 0), components.Offset(f.Slot(FirstItem + 3)));
    }

    [Fact]
    public void Margins_are_ignored_when_several_items_show()
    {
        var f = Fixture();
        f.Attribute(Swiper, "display-multiple-items", "2");
        f.Attribute(Swiper, "previous-margin", "20px");
        var components = Update(f, 0);
        Assert.Equal(new Point(150, 0), components.Offset(f.Slot(FirstItem + 1)));
    }

    [Fact]
    public void A_circular_swiper_showing_two_wraps_the_last_item_to_just_before_the_first()
    {
        var f = Fixture();
        f.Attribute(Swiper, "display-multiple-items", "2");
        f.Attribute(Swiper, "circular", true);
        var components = Update(f, 0);
        Assert.Equal(new Point(-150, 0), components.Offset(f.Slot(FirstItem + 3)));
        Assert.Equal(new Point(300, 0), components.Offset(f.Slot(FirstItem + 2)));
    }

    private static ComponentFixture Fixture()
    {
        var f = new ComponentFixture();
        f.Element(Swiper, 1, "swiper", 0, 0, 300, 100);
        for (uint i = 0; i < 4; i++)
        {
            f.Element(FirstItem + i, Swiper, "swiper-item", 0, 0, 300, 100);
        }

        return f;
    }

    private static NativeComponents Update(ComponentFixture f, double nowMs)
    {
        var components = new NativeComponents(f.Store, 375);
        components.Update(f.View, f.Root, nowMs);
        return components;
    }
}
