using Xunit;

namespace Sparrow.Paint.Tests;

/// <summary>Overflow clips: to the padding box, rounded by the inner radii, through the containing-block chain.</summary>
public sealed class ClipTests
{
    [Fact]
    public void Overflow_hidden_clips_children_to_the_padding_box_but_not_the_box_itself()
    {
        using var f = new PaintFixture();
        f.El(2, "view", style: "overflow: hidden; background-color: #111111; border: 2px solid #000000")
            .El(3, "view", 2, style: "background-color: #222222");
        f.Box(2, 10, 10, 50, 50).Box(3, -5, -5, 100, 10);

        DumpAssert.Equal("""
            scene 100x100
              quad (10,10 50x50) bg=#111111 border=2,2,2,2 #000000,#000000,#000000,#000000 solid,solid,solid,solid
              quad (5,5 100x10) bg=#222222 scissor=(12,12 46x46)
            """, f.Paint());
    }

    [Fact]
    public void A_rounded_box_clips_to_its_inner_radii()
    {
        using var f = new PaintFixture();
        f.El(2, "view", style: "overflow: hidden; border: 2px solid #000000; border-radius: 10px")
            .El(3, "view", 2, style: "background-color: #222222");
        f.Box(2, 10, 10, 50, 50).Box(3, 0, 0, 50, 20);

        DumpAssert.Equal("""
            scene 100x100
              quad (10,10 50x50) radii=10,10,10,10 border=2,2,2,2 #000000,#000000,#000000,#000000 solid,solid,solid,solid
              quad (10,10 50x20) bg=#222222 clip=(12,12 46x46) radii=8,8,8,8 scissor=(12,12 46x46)
            """, f.Paint());
    }

    [Fact]
    public void An_absolute_box_escapes_the_clip_of_a_static_ancestor_below_its_containing_block()
    {
        using var f = new PaintFixture();
        f.Css("""
            .cb { position: relative; }
            .clip { overflow: hidden; }
            .abs { position: absolute; background-color: #333333; }
            .rel { position: relative; background-color: #444444; }
            """);
        f.El(2, "view", classes: "cb").El(3, "view", 2, classes: "clip").El(4, "view", 3, classes: "abs").El(5, "view", 3, classes: "rel");
        f.Box(2, 0, 0, 80, 80).Box(3, 10, 10, 20, 20).Box(4, 0, 0, 40, 40).Box(5, 0, 0, 40, 40);

        DumpAssert.Equal("""
            scene 100x100
              quad (10,10 40x40) bg=#333333
              quad (10,10 40x40) bg=#444444 scissor=(10,10 20x20)
            """, f.Paint());
    }

    [Fact]
    public void A_positioned_clipping_box_clips_its_absolute_descendants_and_z_index_does_not_lift_them_out()
    {
        using var f = new PaintFixture();
        f.Css("""
            .clip { position: relative; overflow: hidden; border-radius: 4px; }
            .abs { position: absolute; z-index: 5; background-color: #333333; }
            .after { position: relative; z-index: 1; background-color: #444444; }
            """);
        f.El(2, "view", classes: "clip").El(3, "view", 2, classes: "abs").El(4, "view", classes: "after");
        f.Box(2, 10, 10, 20, 20).Box(3, -10, -10, 40, 40).Box(4, 50, 50, 10, 10);

        DumpAssert.Equal("""
            scene 100x100
              quad (50,50 10x10) bg=#444444
              quad (0,0 40x40) bg=#333333 clip=(10,10 20x20) radii=4,4,4,4 scissor=(10,10 20x20)
            """, f.Paint());
    }

    [Fact]
    public void Overflow_clip_on_one_axis_clips_only_that_axis()
    {
        using var f = new PaintFixture();
        f.El(2, "view", style: "overflow-x: clip; overflow-y: visible").El(3, "view", 2, style: "background-color: #555555");
        f.Box(2, 10, 10, 20, 20).Box(3, -10, -10, 40, 40);

        DumpAssert.Equal("""
            scene 100x100
              quad (0,0 40x40) bg=#555555 scissor=(10,0 20x100)
            """, f.Paint());
    }
}
