using Sparrow.Core;
using Xunit;

namespace Sparrow.Paint.Tests;

/// <summary>CSS 2.1 Appendix E painting order, stacking contexts and z-index.</summary>
public sealed class PaintOrderTests
{
    [Fact]
    public void A_stacking_context_paints_negative_z_then_blocks_then_inline_content_then_z_auto_then_positive_z()
    {
        using var f = new PaintFixture();
        f.Css("""
            .a { background-color: #aaaaaa; }
            .b { position: relative; z-index: 2; background-color: #bbbbbb; }
            .c { position: absolute; z-index: -1; background-color: #cccccc; }
            .d { position: relative; background-color: #dddddd; }
            .d1 { position: absolute; z-index: 1; background-color: #d1d1d1; }
            .d2 { background-color: #d2d2d2; }
            .e { display: inline-block; background-color: #eeeeee; }
            .f { opacity: 0.5; background-color: #ffffff; }
            .g { background-color: #999999; }
            """);
        f.El(2, "view", classes: "a").El(3, "view", classes: "b").El(4, "view", classes: "c")
            .El(5, "view", classes: "d").El(51, "view", 5, classes: "d1").El(52, "view", 5, classes: "d2")
            .El(6, "view", classes: "e").El(7, "view", classes: "f").El(8, "view", classes: "g");
        f.Box(2, 0, 0, 10, 10).Box(3, 0, 10, 10, 10).Box(4, 0, 20, 10, 10).Box(5, 0, 30, 10, 10).Box(51, 1, 1, 2, 2).Box(52, 0, 5, 10, 5)
            .Box(6, 0, 40, 10, 10).Box(7, 0, 50, 10, 10).Box(8, 0, 60, 10, 10);

        DumpAssert.Equal("""
            scene 100x100
              quad (0,20 10x10) bg=#cccccc
              quad (0,0 10x10) bg=#aaaaaa
              quad (0,60 10x10) bg=#999999
              quad (0,40 10x10) bg=#eeeeee
              quad (0,30 10x10) bg=#dddddd
              quad (0,35 10x5) bg=#d2d2d2
              layer opacity=0.5 {
                quad (0,50 10x10) bg=#ffffff
              }
              quad (1,31 2x2) bg=#d1d1d1
              quad (0,10 10x10) bg=#bbbbbb
            """, f.Paint());
    }

    [Fact]
    public void A_z_index_inside_a_stacking_context_orders_only_within_it()
    {
        using var f = new PaintFixture();
        f.Css("""
            .one { position: relative; z-index: 1; background-color: #111111; }
            .high { position: absolute; z-index: 100; background-color: #999999; }
            .two { position: relative; z-index: 2; background-color: #222222; }
            """);
        f.El(2, "view", classes: "one").El(3, "view", 2, classes: "high").El(4, "view", classes: "two");
        f.Box(2, 0, 0, 50, 50).Box(3, 10, 10, 50, 50).Box(4, 20, 20, 50, 50);

        DumpAssert.Equal("""
            scene 100x100
              quad (0,0 50x50) bg=#111111
              quad (10,10 50x50) bg=#999999
              quad (20,20 50x50) bg=#222222
            """, f.Paint());
    }

    [Fact]
    public void A_negative_z_index_child_of_a_stacking_context_paints_above_its_background()
    {
        using var f = new PaintFixture();
        f.Css("""
            .ctx { position: relative; z-index: 0; background-color: #111111; }
            .under { position: absolute; z-index: -1; background-color: #222222; }
            """);
        f.El(2, "view", classes: "ctx").El(3, "view", 2, classes: "under");
        f.Box(2, 0, 0, 50, 50).Box(3, 5, 5, 10, 10);

        DumpAssert.Equal("""
            scene 100x100
              quad (0,0 50x50) bg=#111111
              quad (5,5 10x10) bg=#222222
            """, f.Paint());
    }

    [Fact]
    public void Z_index_orders_flex_items_even_when_static()
    {
        using var f = new PaintFixture();
        f.Css("""
            .row { display: flex; }
            .first { z-index: 3; background-color: #333333; }
            .second { background-color: #444444; }
            .third { z-index: -2; background-color: #555555; }
            """);
        f.El(2, "view", classes: "row").El(3, "view", 2, classes: "first").El(4, "view", 2, classes: "second").El(5, "view", 2, classes: "third");
        f.Box(2, 0, 0, 90, 30).Box(3, 0, 0, 30, 30).Box(4, 30, 0, 30, 30).Box(5, 60, 0, 30, 30);

        DumpAssert.Equal("""
            scene 100x100
              quad (60,0 30x30) bg=#555555
              quad (30,0 30x30) bg=#444444
              quad (0,0 30x30) bg=#333333
            """, f.Paint());
    }

    [Fact]
    public void Positioned_boxes_of_equal_z_paint_in_tree_order_and_nested_positions_add_up()
    {
        using var f = new PaintFixture();
        f.Css("""
            .p { position: relative; background-color: #101010; }
            .q { position: absolute; background-color: #202020; }
            .r { position: relative; z-index: 0; background-color: #303030; }
            """);
        f.El(2, "view", classes: "p").El(3, "view", 2, classes: "q").El(4, "view", classes: "r");
        f.Box(2, 10, 10, 40, 40).Box(3, 5, 5, 60, 10).Box(4, 20, 20, 10, 10);

        DumpAssert.Equal("""
            scene 100x100
              quad (10,10 40x40) bg=#101010
              quad (15,15 60x10) bg=#202020
              quad (20,20 10x10) bg=#303030
            """, f.Paint());
    }

    [Fact]
    public void The_page_scrolls_under_the_device_pixel_ratio_and_fixed_boxes_stay_put()
    {
        using var f = new PaintFixture(100, 100);
        f.Css("""
            .content { background-color: #123456; }
            .bar { position: fixed; background-color: #654321; }
            """);
        f.El(2, "view", classes: "content").El(3, "view", classes: "bar");
        f.Box(1, 0, 0, 100, 400).Box(2, 0, 100, 100, 50).Box(3, 0, 90, 100, 10);

        DumpAssert.Equal("""
            scene 200x200
              quad (0,100 100x50) bg=#123456 transform=[2 0 0 2 0 -160]
              quad (0,90 100x10) bg=#654321 transform=[2 0 0 2 0 0]
            """, f.Paint(2, new Point(0, 80)));
    }

    [Fact]
    public void Boxes_outside_the_viewport_are_not_painted_but_their_children_are()
    {
        using var f = new PaintFixture(100, 100);
        f.Css(".far { background-color: #111111; } .back { position: relative; top: -500px; background-color: #222222; }");
        f.El(2, "view", classes: "far").El(3, "view", 2, classes: "back");
        f.Box(2, 0, 500, 10, 10).Box(3, 0, -500, 10, 10);

        DumpAssert.Equal("""
            scene 100x100
              quad (0,0 10x10) bg=#222222
            """, f.Paint());
        Assert.Equal(1, f.Painter.Stats.Culled);
    }
}
