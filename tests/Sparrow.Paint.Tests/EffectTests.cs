using Xunit;

namespace Sparrow.Paint.Tests;

/// <summary>Opacity groups and 2D transforms with transform-origin.</summary>
public sealed class EffectTests
{
    [Fact]
    public void Opacity_makes_a_layer_around_the_subtree_and_nests()
    {
        using var f = new PaintFixture();
        f.El(2, "view", style: "opacity: 0.5; background-color: #111111").El(3, "view", 2, style: "opacity: 0.25; background-color: #222222")
            .El(4, "view", style: "opacity: 0; background-color: #333333");
        f.Box(2, 0, 0, 50, 50).Box(3, 10, 10, 10, 10).Box(4, 60, 60, 10, 10);

        DumpAssert.Equal("""
            scene 100x100
              layer opacity=0.5 {
                quad (0,0 50x50) bg=#111111
                layer opacity=0.25 {
                  quad (10,10 10x10) bg=#222222
                }
              }
            """, f.Paint());
    }

    [Fact]
    public void A_rotation_turns_about_the_center_by_default()
    {
        using var f = new PaintFixture();
        f.El(2, "view", style: "transform: rotate(90deg); background-color: #111111").El(3, "view", 2, style: "background-color: #222222");
        f.Box(2, 10, 10, 20, 10).Box(3, 0, 0, 5, 5);

        DumpAssert.Equal("""
            scene 100x100
              quad (10,10 20x10) bg=#111111 transform=[0 1 -1 0 35 -5]
              quad (10,10 5x5) bg=#222222 transform=[0 1 -1 0 35 -5]
            """, f.Paint());
    }

    [Fact]
    public void Transform_functions_apply_right_to_left_about_the_origin_with_percentages_of_the_box()
    {
        using var f = new PaintFixture();
        f.El(2, "view", style: "transform: translate(-50%, 10px) scale(2); transform-origin: 0 0; background-color: #111111");
        f.Box(2, 10, 10, 20, 10);

        DumpAssert.Equal("""
            scene 100x100
              quad (10,10 20x10) bg=#111111 transform=[2 0 0 2 -20 0]
            """, f.Paint());
    }

    [Fact]
    public void Transform_origin_keywords_and_the_device_pixel_ratio_compose()
    {
        using var f = new PaintFixture();
        f.El(2, "view", style: "transform: scaleX(0.5); transform-origin: right bottom; background-color: #111111");
        f.Box(2, 10, 10, 20, 10);

        // About (30, 20): x' = 0.5·x + 15, then ×2 for the device.
        DumpAssert.Equal("""
            scene 200x200
              quad (10,10 20x10) bg=#111111 transform=[1 0 0 2 30 0]
            """, f.Paint(2));
    }

    [Fact]
    public void A_malformed_transform_paints_untransformed()
    {
        using var f = new PaintFixture();
        f.El(2, "view", style: "transform: rotate(90px) translate(1px); background-color: #111111");
        f.Box(2, 10, 10, 20, 10);

        DumpAssert.Equal("""
            scene 100x100
              quad (10,10 20x10) bg=#111111
            """, f.Paint());
    }

    [Fact]
    public void An_off_screen_group_makes_no_layer_and_a_transform_may_bring_a_subtree_on_screen()
    {
        using var f = new PaintFixture();
        f.Css(".group { opacity: 0.5; background-color: #111111; } .moved { transform: translateY(-480px); background-color: #222222; }");
        f.El(2, "view", classes: "group").El(3, "view", 2, style: "background-color: #333333").El(4, "view", classes: "moved");
        f.Box(1, 0, 0, 100, 1000).Box(2, 0, 500, 50, 50).Box(3, 0, 0, 10, 10).Box(4, 0, 500, 50, 50);

        DumpAssert.Equal("""
            scene 100x100
              quad (0,500 50x50) bg=#222222 transform=[1 0 0 1 0 -480]
            """, f.Paint());
    }
}
