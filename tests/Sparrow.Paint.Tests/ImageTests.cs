using Xunit;

namespace Sparrow.Paint.Tests;

/// <summary>The image component: src through the image source, each mode as bounds and uv.</summary>
public sealed class ImageTests
{
    private static string Paint(string? mode, string style = "", string tag = "image")
    {
        using var f = new PaintFixture(200, 200);
        f.Images.Add("/img/pic.png", 9, 200, 100);
        f.El(2, tag, style: style).Attr(2, "src", "/img/pic.png");
        if (mode is not null)
        {
            f.Attr(2, "mode", mode);
        }

        f.Box(2, 10, 10, 100, 100);
        return f.Paint();
    }

    [Theory]
    [InlineData(null, "image (10,10 100x100) texture=t9")]
    [InlineData("scaleToFill", "image (10,10 100x100) texture=t9")]
    [InlineData("widthFix", "image (10,10 100x100) texture=t9")]
    [InlineData("heightFix", "image (10,10 100x100) texture=t9")]
    [InlineData("aspectFit", "image (10,35 100x50) texture=t9")]
    [InlineData("aspectFill", "image (10,10 100x100) texture=t9 uv=(0.25,0 0.5x1)")]
    [InlineData("center", "image (10,10 100x100) texture=t9 uv=(0.25,0 0.5x1)")]
    [InlineData("top", "image (10,10 100x100) texture=t9 uv=(0.25,0 0.5x1)")]
    [InlineData("left", "image (10,10 100x100) texture=t9 uv=(0,0 0.5x1)")]
    [InlineData("right", "image (10,10 100x100) texture=t9 uv=(0.5,0 0.5x1)")]
    [InlineData("top left", "image (10,10 100x100) texture=t9 uv=(0,0 0.5x1)")]
    [InlineData("bottom right", "image (10,10 100x100) texture=t9 uv=(0.5,0 0.5x1)")]
    public void Each_mode_places_the_picture_as_wechat_does(string? mode, string line)
    {
        DumpAssert.Equal("scene 200x200\n  " + line, Paint(mode));
    }

    [Fact]
    public void The_picture_sits_in_the_content_box_and_rounded_corners_clip_it()
    {
        DumpAssert.Equal("""
            scene 200x200
              quad (10,10 100x100) radii=20,20,20,20 border=5,5,5,5 #000000,#000000,#000000,#000000 solid,solid,solid,solid
              image (20,20 80x80) texture=t9 uv=(0.25,0 0.5x1) clip=(20,20 80x80) radii=10,10,10,10 scissor=(20,20 80x80)
            """, Paint("aspectFill", "border: 5px solid black; padding: 5px; border-radius: 20px"));
    }

    [Fact]
    public void The_wx_prefixed_tag_is_the_image_component_too_and_other_tags_are_not()
    {
        Assert.Contains("texture=t9", Paint(null, tag: "wx-image"), System.StringComparison.Ordinal);
        Assert.DoesNotContain("texture=t9", Paint(null, tag: "view"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Crop_modes_show_a_small_picture_at_its_natural_size()
    {
        using var f = new PaintFixture(200, 200);
        f.Images.Add("s.png", 3, 40, 20);
        f.El(2, "image").Attr(2, "src", "s.png").Attr(2, "mode", "bottom right").El(3, "image").Attr(3, "src", "s.png").Attr(3, "mode", "top");
        f.Box(2, 0, 0, 100, 50).Box(3, 0, 100, 100, 50);

        DumpAssert.Equal("""
            scene 200x200
              image (60,30 40x20) texture=t3
              image (30,100 40x20) texture=t3
            """, f.Paint());
    }

    [Fact]
    public void Nothing_paints_while_the_picture_loads_or_without_src()
    {
        using var f = new PaintFixture(200, 200);
        f.El(2, "image").Attr(2, "src", "later.png").El(3, "image");
        f.Box(2, 0, 0, 100, 50).Box(3, 0, 100, 100, 50);

        DumpAssert.Equal("scene 200x200", f.Paint());
        Assert.Equal(1, f.Painter.Stats.ImagesPending);
    }
}
