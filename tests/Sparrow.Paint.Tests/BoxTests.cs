using Sparrow.Core;
using Xunit;

namespace Sparrow.Paint.Tests;

/// <summary>Backgrounds, borders, radii and shadows of one box.</summary>
public sealed class BoxTests
{
    [Fact]
    public void Background_and_border_make_one_quad_with_per_side_widths_colors_and_styles()
    {
        using var f = new PaintFixture();
        f.El(2, "view", style: "background-color: #fafafa; border-top: 1px solid red; border-right: 2px dashed #00ff00; border-bottom: 3px dotted blue; border-left: 4px double black");
        f.Box(2, 10, 10, 50, 30);

        DumpAssert.Equal("""
            scene 100x100
              quad (10,10 50x30) bg=#fafafa border=1,2,3,4 #ff0000,#00ff00,#0000ff,#000000 solid,dashed,dotted,solid
            """, f.Paint());
    }

    [Fact]
    public void Border_style_none_and_hidden_paint_no_border_and_currentcolor_is_the_color()
    {
        using var f = new PaintFixture();
        f.El(2, "view", style: "color: #336699; border-width: 5px; border-style: solid none hidden solid");
        f.Box(2, 0, 0, 20, 20);

        DumpAssert.Equal("""
            scene 100x100
              quad (0,0 20x20) border=5,0,0,5 #336699,#336699,#336699,#336699 solid,solid,solid,solid
            """, f.Paint());
    }

    [Fact]
    public void Radii_resolve_percentages_against_the_box_and_shrink_together_when_they_overlap()
    {
        using var f = new PaintFixture();
        f.Css("""
            .pct { background-color: #111111; border-radius: 50%; }
            .pill { background-color: #222222; border-radius: 999px; }
            .mixed { background-color: #333333; border-radius: 10px 20px 30px 40px; }
            """);
        f.El(2, "view", classes: "pct").El(3, "view", classes: "pill").El(4, "view", classes: "mixed");
        f.Box(2, 0, 0, 40, 40).Box(3, 0, 50, 80, 20).Box(4, 50, 0, 50, 50);

        // 999px on a 80×20 box: scaled by 20 / 1998 so two corners meet on the short side (css-backgrounds-3 §5.5).
        // 10 20 30 40 on 50×50: the bottom side has 30 + 40 = 70, so all four scale by 50 / 70.
        DumpAssert.Equal("""
            scene 100x100
              quad (0,0 40x40) bg=#111111 radii=20,20,20,20
              quad (0,50 80x20) bg=#222222 radii=10,10,10,10
              quad (50,0 50x50) bg=#333333 radii=7.14,14.29,21.43,28.57
            """, f.Paint());
    }

    [Fact]
    public void Pixel_snapped_boxes_are_painted_and_thin_borders_snap_to_device_pixels()
    {
        using var f = new PaintFixture();
        f.El(2, "view", style: "border: 0.5px solid #000000").El(3, "view", style: "border: 1.7px solid #000000");
        f.Box(2, 10.3f, 10.3f, 20, 20, new Rect(10.5f, 10.5f, 20, 20)).Box(3, 0, 40, 20, 20);

        // At 2 device px per CSS px: 0.5 px is one device pixel; 1.7 px floors to 3 device pixels.
        DumpAssert.Equal("""
            scene 200x200
              quad (10.5,10.5 20x20) border=0.5,0.5,0.5,0.5 #000000,#000000,#000000,#000000 solid,solid,solid,solid transform=[2 0 0 2 0 0]
              quad (0,40 20x20) border=1.5,1.5,1.5,1.5 #000000,#000000,#000000,#000000 solid,solid,solid,solid transform=[2 0 0 2 0 0]
            """, f.Paint(2));
    }

    [Fact]
    public void Outer_shadows_paint_under_the_box_last_first_and_inset_shadows_between_background_and_border()
    {
        using var f = new PaintFixture();
        f.El(2, "view", style: "color: #ff0000; background-color: #ffffff; border: 2px solid #000000; border-radius: 6px; box-shadow: 1px 2px 3px 4px #00ff00, -1px -2px, inset 0 0 5px rgba(0, 0, 255, 0.5)");
        f.Box(2, 10, 10, 40, 30);

        DumpAssert.Equal("""
            scene 100x100
              shadow (10,10 40x30) offset=-1,-2 blur=0 spread=0 color=#ff0000 radii=6,6,6,6
              shadow (10,10 40x30) offset=1,2 blur=3 spread=4 color=#00ff00 radii=6,6,6,6
              quad (10,10 40x30) bg=#ffffff radii=6,6,6,6
              inset-shadow (12,12 36x26) offset=0,0 blur=5 spread=0 color=#0000ff80 radii=4,4,4,4
              quad (10,10 40x30) radii=6,6,6,6 border=2,2,2,2 #000000,#000000,#000000,#000000 solid,solid,solid,solid
            """, f.Paint());
    }

    [Fact]
    public void A_malformed_shadow_paints_no_shadow_and_the_box_still_paints()
    {
        using var f = new PaintFixture();
        f.El(2, "view", style: "background-color: #010203; box-shadow: 1px red 2px");
        f.Box(2, 0, 0, 10, 10);

        DumpAssert.Equal("""
            scene 100x100
              quad (0,0 10x10) bg=#010203
            """, f.Paint());
    }

    [Fact]
    public void The_root_background_covers_the_canvas()
    {
        using var f = new PaintFixture(100, 100);
        f.Css("page { background-color: #f5f5f5; }").El(2, "view");
        f.Box(1, 0, 0, 100, 40).Box(2, 0, 0, 100, 10);

        DumpAssert.Equal("""
            scene 100x100
              quad (0,0 100x100) bg=#f5f5f5
            """, f.Paint());
    }

    [Fact]
    public void Visibility_hidden_hides_the_box_but_not_a_visible_child()
    {
        using var f = new PaintFixture();
        f.Css(".hidden { visibility: hidden; background-color: #111111; } .shown { visibility: visible; background-color: #222222; } .inherits { background-color: #333333; }");
        f.El(2, "view", classes: "hidden").El(3, "view", 2, classes: "shown").El(4, "view", 2, classes: "inherits");
        f.Box(2, 0, 0, 50, 50).Box(3, 0, 0, 10, 10).Box(4, 0, 10, 10, 10);

        DumpAssert.Equal("""
            scene 100x100
              quad (0,0 10x10) bg=#222222
            """, f.Paint());
    }

    [Fact]
    public void Zero_sized_boxes_paint_their_children()
    {
        using var f = new PaintFixture();
        f.El(2, "view", style: "background-color: #111111").El(3, "view", 2, style: "background-color: #222222");
        f.Box(2, 5, 5, 0, 0).Box(3, 0, 0, 10, 10);

        DumpAssert.Equal("""
            scene 100x100
              quad (5,5 10x10) bg=#222222
            """, f.Paint());
    }
}
