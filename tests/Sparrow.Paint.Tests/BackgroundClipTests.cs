using Xunit;

namespace Sparrow.Paint.Tests;

/// <summary>background-clip and background-origin (css-backgrounds-3 §3.7, §3.8), and the background shorthand's layer lists.</summary>
public sealed class BackgroundClipTests
{
    private static string Paint(string style)
    {
        using var f = new PaintFixture(200, 200);
        f.Images.Add("a.png", 7, 30, 20).Add("b.png", 8, 10, 10);
        f.El(2, "view", style: style).Box(2, 0, 0, 100, 60);
        return f.Paint();
    }

    [Fact]
    public void Padding_box_clip_paints_the_color_inside_the_border()
    {
        DumpAssert.Equal("""
            scene 200x200
              quad (10,10 80x40) bg=#ff0000
              quad (0,0 100x60) border=10,10,10,10 #000000,#000000,#000000,#000000 solid,solid,solid,solid
            """, Paint("background-color: #ff0000; border: 10px solid #000000; background-clip: padding-box"));
    }

    [Fact]
    public void Content_box_clip_also_leaves_out_the_padding_and_rounds_by_the_inner_radii()
    {
        DumpAssert.Equal("""
            scene 200x200
              quad (10,10 80x40) bg=#ff0000 radii=6,6,6,6
              quad (0,0 100x60) radii=16,16,16,16 border=4,4,4,4 #000000,#000000,#000000,#000000 solid,solid,solid,solid
            """, Paint("background-color: #ff0000; border: 4px solid #000000; padding: 6px; border-radius: 16px; background-clip: content-box"));
    }

    [Fact]
    public void Border_box_origin_places_an_image_at_the_border_edge_and_content_box_clip_cuts_it()
    {
        DumpAssert.Equal("""
            scene 200x200
              image (0,0 30x20) texture=t7 scissor=(10,10 80x40)
              quad (0,0 100x60) border=5,5,5,5 #000000,#000000,#000000,#000000 solid,solid,solid,solid
            """, Paint("background: url(a.png) no-repeat border-box content-box; border: 5px solid #000000; padding: 5px"));
    }

    [Fact]
    public void The_shorthand_keeps_each_layers_position_and_repeat()
    {
        DumpAssert.Equal("""
            scene 200x200
              quad (0,0 100x60) bg=#00ff00
              image (65,35 30x20) texture=t7
              image (20,10 10x10) texture=t8
            """, Paint("background: url(b.png) no-repeat 20px 10px, url(a.png) no-repeat right 5px bottom 5px, #00ff00"));
    }
}
