using Xunit;

namespace Sparrow.Paint.Tests;

/// <summary>Elliptical corners (css-backgrounds-3 §5.1–§5.5) from the computed radii to the scene.</summary>
public sealed class EllipticalRadiusTests
{
    [Fact]
    public void A_percentage_resolves_against_the_width_horizontally_and_the_height_vertically()
    {
        using var f = new PaintFixture();
        f.El(2, "view", style: "background-color: #111111; border-radius: 50%");
        f.Box(2, 0, 0, 80, 40);

        DumpAssert.Equal("""
            scene 100x100
              quad (0,0 80x40) bg=#111111 radii=40,40,40,40/20,20,20,20
            """, f.Paint());
    }

    [Fact]
    public void Slash_radii_shrink_by_one_factor_from_the_side_they_overflow_most()
    {
        using var f = new PaintFixture();
        f.El(2, "view", style: "background-color: #111111; border-radius: 30px 10px / 20px 40px");
        f.Box(2, 0, 0, 80, 50);

        // Top and bottom: 30 + 10 = 40 on 80 fit; left (20 + 40) and right (40 + 20) are 60 on 50, so every radius,
        // horizontal ones too, scales by 50 / 60.
        DumpAssert.Equal("""
            scene 100x100
              quad (0,0 80x50) bg=#111111 radii=25,8.33,25,8.33/16.67,33.33,16.67,33.33
            """, f.Paint());
    }

    [Fact]
    public void A_corner_with_one_zero_radius_is_square()
    {
        using var f = new PaintFixture();
        f.El(2, "view", style: "background-color: #111111; border-top-left-radius: 20px 0; border-bottom-right-radius: 10px");
        f.Box(2, 0, 0, 60, 60);

        DumpAssert.Equal("""
            scene 100x100
              quad (0,0 60x60) bg=#111111 radii=0,0,10,0
            """, f.Paint());
    }

    [Fact]
    public void The_padding_edge_loses_each_axis_s_own_border_width()
    {
        using var f = new PaintFixture();
        f.El(2, "view", style: "border: solid #000000; border-width: 4px 10px 2px 6px; border-radius: 20px; overflow: hidden")
            .El(3, "view", 2, style: "background-color: #222222");
        f.Box(2, 0, 0, 80, 60).Box(3, 6, 4, 64, 54);

        // §5.2: inner horizontal radii lose the left or right width, vertical ones the top or bottom width,
        // so the clip's circular 20px corners become ellipses.
        DumpAssert.Equal("""
            scene 100x100
              quad (0,0 80x60) radii=20,20,20,20 border=4,10,2,6 #000000,#000000,#000000,#000000 solid,solid,solid,solid
              quad (6,4 64x54) bg=#222222 clip=(6,4 64x54) radii=14,10,10,14/16,16,18,18 scissor=(6,4 64x54)
            """, f.Paint());
    }
}
