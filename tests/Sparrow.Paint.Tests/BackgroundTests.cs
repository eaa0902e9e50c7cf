using Xunit;

namespace Sparrow.Paint.Tests;

/// <summary>background-image layers: gradients and url() images, sized, positioned, tiled and clipped.</summary>
public sealed class BackgroundTests
{
    private static string Paint(string style, float width = 100, float height = 50, FakeImages? images = null)
    {
        using var f = new PaintFixture(200, 200);
        if (images is not null)
        {
            f.Images.Add("a.png", 7, 30, 20).Add("wide.png", 8, 40, 10);
        }

        f.El(2, "view", style: style).Box(2, 0, 0, width, height);
        return f.Paint();
    }

    [Fact]
    public void A_linear_gradient_defaults_to_bottom_and_fills_the_border_box_with_its_radii()
    {
        DumpAssert.Equal("""
            scene 200x200
              linear-gradient (0,0 100x50) from=50,0 to=50,50 stops=#ff0000 0,#0000ff 1 radii=8,8,8,8
            """, Paint("background-image: linear-gradient(red, blue); border-radius: 8px"));
    }

    [Fact]
    public void An_angle_sets_the_gradient_line_long_enough_to_reach_the_corners()
    {
        // 45deg in 100×50: the line is (100 + 50)·sin 45° = 106.07 long, through the centre.
        DumpAssert.Equal("""
            scene 200x200
              linear-gradient (0,0 100x50) from=12.5,62.5 to=87.5,-12.5 stops=#ff0000 0,#0000ff 1
            """, Paint("background-image: linear-gradient(45deg, red, blue)"));
    }

    [Fact]
    public void To_a_corner_points_the_line_so_its_end_perpendicular_meets_that_corner()
    {
        // to top right in 100×50: the perpendicular through the end passes through (100, 0).
        DumpAssert.Equal("""
            scene 200x200
              linear-gradient (0,0 100x50) from=30,65 to=70,-15 stops=#ff0000 0,#0000ff 1
            """, Paint("background-image: linear-gradient(to top right, red, blue)"));
    }

    [Fact]
    public void Stop_positions_in_px_and_percent_and_missing_ones_are_fixed_up()
    {
        DumpAssert.Equal("""
            scene 200x200
              linear-gradient (0,0 100x50) from=0,25 to=100,25 stops=#ff0000 0.2,#0000ff 0.5,#008000 1
            """, Paint("background-image: linear-gradient(90deg, red 20px, blue 50%, green)"));
    }

    [Fact]
    public void Stops_outside_the_line_stretch_it()
    {
        DumpAssert.Equal("""
            scene 200x200
              linear-gradient (0,0 100x50) from=-50,25 to=150,25 stops=#ff0000 0,#0000ff 1
            """, Paint("background-image: linear-gradient(90deg, red -50%, blue 150%)"));
    }

    [Fact]
    public void Five_stops_go_to_a_ramp_and_a_hint_halfway_changes_nothing()
    {
        DumpAssert.Equal("""
            scene 200x200
              linear-gradient (0,0 100x50) from=50,0 to=50,50 stops=#ff0000 0,#0000ff 0.25,#ffffff 0.5,#000000 0.75,#008000 1
            """, Paint("background-image: linear-gradient(red, 12.5%, blue 25%, white, black, green)"));
    }

    [Fact]
    public void Radial_gradients_size_their_ending_shape_by_keyword()
    {
        // Circle at (25, 25) to the farthest corner (100, 50): √(75² + 25²) = 79.06.
        DumpAssert.Equal("""
            scene 200x200
              radial-gradient (0,0 100x50) center=25,25 radii=79.06,79.06 stops=#ff0000 0,#0000ff 1
            """, Paint("background-image: radial-gradient(circle at 25% 50%, red, blue)"));
        DumpAssert.Equal("""
            scene 200x200
              radial-gradient (0,0 100x50) center=50,25 radii=50,25 stops=#ff0000 0,#0000ff 1
            """, Paint("background-image: radial-gradient(closest-side, red, blue)"));

        // An ellipse through the farthest corner keeps the farthest-side ratio: (50, 25) × √2.
        DumpAssert.Equal("""
            scene 200x200
              radial-gradient (0,0 100x50) center=50,25 radii=70.71,35.36 stops=#ff0000 0,#0000ff 1
            """, Paint("background-image: radial-gradient(red, blue)"));
        DumpAssert.Equal("""
            scene 200x200
              radial-gradient (0,0 100x50) center=50,25 radii=20,20 stops=#ff0000 0,#0000ff 0.5
            """, Paint("background-image: radial-gradient(20px at center, red, blue 10px)"));
    }

    [Fact]
    public void A_malformed_gradient_paints_nothing_and_does_not_throw()
    {
        var expected = """
            scene 200x200
              quad (0,0 100x50) bg=#010101
            """;
        foreach (var bad in new[]
        {
            "linear-gradient(red)",
            "linear-gradient(to nowhere, red, blue)",
            "linear-gradient(45deg red, blue)",
            "radial-gradient(circle 10%, red, blue)",
            "linear-gradient(red, 10%, 20%, blue)",
            "conic-gradient(red, blue)",
            "linear-gradient(red, blue) junk",
            "linear-gradient(red, notacolor)",
        })
        {
            DumpAssert.Equal(expected, Paint("background-color: #010101; background-image: " + bad));
        }
    }

    [Fact]
    public void A_url_image_sized_contain_fills_the_box_exactly()
    {
        DumpAssert.Equal("""
            scene 200x200
              image (10,10 60x40) texture=t7
            """, PaintAt("background: url(a.png) no-repeat; background-size: contain"));
    }

    [Fact]
    public void A_covering_image_is_clipped_to_the_border_box()
    {
        // 40×10 covering 60×40: scale 4, 160×40, placed at 0% 0%; repeating (the initial value), but
        // the box shows the first 60 of one tile's 160 px, so it is one clamped image (as Blink draws it).
        DumpAssert.Equal("""
            scene 200x200
              image (10,10 60x40) texture=t8 uv=(0,0 0.38x1)
            """, PaintAt("background-image: url('wide.png'); background-size: cover"));
    }

    [Fact]
    public void Repeated_tiles_start_from_the_position_and_cover_the_border_box()
    {
        // Tiles at x = 5, 25, 45, 65 (one starts at 15 px): one sprite over the border box's part of
        // them, 3 periods wide from a quarter into the first, repeating across x only.
        DumpAssert.Equal("""
            scene 200x200
              image (10,25 60x20) texture=t7 uv=(0.25,0 3x1) repeat=x
            """, PaintAt("background-image: url(\"a.png\"); background-size: 20px 20px; background-position: 15px 15px; background-repeat: repeat-x"));
    }

    [Fact]
    public void A_tile_that_does_not_repeat_starts_on_a_device_pixel_when_it_moves_inwards()
    {
        // 50% of (60 - 30) = 15 → x 25 (whole); 10.25 px down → y 20.25, rounded half up to a whole
        // device pixel at ratio 1 (Blink's SetNoRepeatY): 20.
        DumpAssert.Equal("""
            scene 200x200
              image (25,20 30x20) texture=t7
            """, PaintAt("background: url(a.png) no-repeat 50% 10.25px"));
    }

    [Fact]
    public void A_contained_image_keeps_its_filling_side_and_rounds_the_other_to_device_pixels()
    {
        // 30×20 in 50×40: scale 5/3 → 50 × 33.33, the height rounded to 33 (Blink's contain).
        using var f = new PaintFixture(200, 200);
        f.Images.Add("a.png", 7, 30, 20);
        f.El(2, "view", style: "background: url(a.png) no-repeat; background-size: contain").Box(2, 10, 10, 50, 40);
        DumpAssert.Equal("""
            scene 200x200
              image (10,10 50x33) texture=t7
            """, f.Paint());
    }

    [Fact]
    public void Layers_paint_last_first_over_the_background_color_and_under_the_border()
    {
        DumpAssert.Equal("""
            scene 200x200
              quad (10,10 60x40) bg=#eeeeee
              image (11,11 30x20) texture=t7
              linear-gradient (11,-27 58x38) from=40,-27 to=40,11 stops=#ff0000 0,#0000ff 1 scissor=(10,10 60x40)
              linear-gradient (11,11 58x38) from=40,11 to=40,49 stops=#ff0000 0,#0000ff 1 scissor=(10,10 60x40)
              linear-gradient (11,49 58x38) from=40,49 to=40,87 stops=#ff0000 0,#0000ff 1 scissor=(10,10 60x40)
              quad (10,10 60x40) border=1,1,1,1 #000000,#000000,#000000,#000000 solid,solid,solid,solid
            """, PaintAt("background: #eeeeee; background-image: linear-gradient(red, blue), url(a.png); background-repeat: repeat-y, no-repeat; border: 1px solid black"));
    }

    [Fact]
    public void An_image_still_loading_paints_nothing_yet()
    {
        using var f = new PaintFixture(200, 200);
        f.El(2, "view", style: "background-image: url(later.png)").Box(2, 0, 0, 10, 10);
        DumpAssert.Equal("scene 200x200", f.Paint());
        Assert.Equal(1, f.Painter.Stats.ImagesPending);
        Assert.Equal(1, f.Images.Requests);
    }

    private static string PaintAt(string style)
    {
        using var f = new PaintFixture(200, 200);
        f.Images.Add("a.png", 7, 30, 20).Add("wide.png", 8, 40, 10);
        f.El(2, "view", style: style).Box(2, 10, 10, 60, 40);
        return f.Paint();
    }
}
