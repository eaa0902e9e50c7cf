using Sparrow.Core;
using Xunit;

namespace Sparrow.Paint.Tests;

/// <summary>The image component's modes as exact bounds and uv, for a 200×100 picture.</summary>
public sealed class ImageFitTests
{
    private static readonly Rect Content = new(10, 20, 100, 80);

    [Theory]
    [InlineData("scaleToFill", 10, 20, 100, 80, 0, 0, 1, 1)]
    [InlineData(null, 10, 20, 100, 80, 0, 0, 1, 1)]
    [InlineData("nonsense", 10, 20, 100, 80, 0, 0, 1, 1)]
    [InlineData("widthFix", 10, 20, 100, 80, 0, 0, 1, 1)]
    [InlineData("heightFix", 10, 20, 100, 80, 0, 0, 1, 1)]

    // Fit: scale 0.5 → 100×50, centred vertically.
    [InlineData("aspectFit", 10, 35, 100, 50, 0, 0, 1, 1)]

    // Fill: scale 0.8 → 160×80; 125 of 200 texels wide show, centred.
    [InlineData("aspectFill", 10, 20, 100, 80, 0.1875, 0, 0.625, 1)]

    // Natural size 200×100 in 100×80: 100×80 of it shows.
    [InlineData("center", 10, 20, 100, 80, 0.25, 0.1, 0.5, 0.8)]
    [InlineData("top", 10, 20, 100, 80, 0.25, 0, 0.5, 0.8)]
    [InlineData("bottom", 10, 20, 100, 80, 0.25, 0.2, 0.5, 0.8)]
    [InlineData("left", 10, 20, 100, 80, 0, 0.1, 0.5, 0.8)]
    [InlineData("right", 10, 20, 100, 80, 0.5, 0.1, 0.5, 0.8)]
    [InlineData("top left", 10, 20, 100, 80, 0, 0, 0.5, 0.8)]
    [InlineData("top right", 10, 20, 100, 80, 0.5, 0, 0.5, 0.8)]
    [InlineData("bottom left", 10, 20, 100, 80, 0, 0.2, 0.5, 0.8)]
    [InlineData("bottom right", 10, 20, 100, 80, 0.5, 0.2, 0.5, 0.8)]
    public void Modes(string? mode, float x, float y, float w, float h, float u, float v, float uw, float vh)
    {
        Assert.True(ImageFit.TryFit(ImageFit.ParseMode(mode), Content, default, 200, 100, 2, out var bounds, out var uv));
        Assert.Equal(new Rect(x, y, w, h), bounds);
        Assert.Equal(u, uv.X, 5);
        Assert.Equal(v, uv.Y, 5);
        Assert.Equal(uw, uv.Width, 5);
        Assert.Equal(vh, uv.Height, 5);
    }

    [Fact]
    public void A_small_picture_in_a_crop_mode_is_not_scaled()
    {
        Assert.True(ImageFit.TryFit(ImageMode.BottomRight, Content, default, 20, 10, 2, out var bounds, out var uv));
        Assert.Equal(new Rect(90, 90, 20, 10), bounds);
        Assert.Equal(new Rect(0, 0, 1, 1), uv);
    }

    [Fact]
    public void A_contained_picture_is_a_whole_number_of_device_pixels_and_starts_on_one()
    {
        // Blink: 113 device px wide box of a 48x32 picture → 75.33 px high, rounded to 75; centred
        // at 92.5 device px below the top, rounded half up to 93 (the tall image_mode_aspect_fit box).
        var content = new Rect(173, 20, 56.5f, 130);
        Assert.True(ImageFit.TryFit(ImageMode.AspectFit, content, default, 48, 32, 2, out var bounds, out _));
        Assert.Equal(56.5f, bounds.Width);
        Assert.Equal(37.5f, bounds.Height);
        Assert.Equal(66.5f, bounds.Y);
        Assert.Equal(173, bounds.X);
    }

    [Fact]
    public void A_centred_picture_is_placed_from_the_unsnapped_box_and_rounded()
    {
        // The background_image_no_repeat_positions box: at 103.75 CSS px (snapped 104), 68.5 px wide
        // snapped; (68.5 - 48) / 2 = 10.25 from the unsnapped edge is 114 CSS px (228 device px).
        Assert.True(ImageFit.TryFit(ImageMode.Center, new Rect(104, 0, 68.5f, 90), new Point(-0.25f, 0), 48, 32, 2, out var bounds, out _));
        Assert.Equal(114, bounds.X);
    }

    [Fact]
    public void A_cropped_picture_larger_than_its_box_is_offset_unsnapped()
    {
        Assert.True(ImageFit.TryFit(ImageMode.Center, new Rect(0, 0, 10.3f, 10), default, 20, 10, 2, out var bounds, out var uv));
        Assert.Equal(new Rect(0, 0, 10.3f, 10), bounds);
        Assert.Equal((20 - 10.3f) / 2 / 20, uv.X, 5);
    }

    [Fact]
    public void Nothing_fits_an_empty_box_or_an_empty_picture()
    {
        Assert.False(ImageFit.TryFit(ImageMode.ScaleToFill, new Rect(0, 0, 0, 10), default, 20, 10, 2, out _, out _));
        Assert.False(ImageFit.TryFit(ImageMode.AspectFit, Content, default, 0, 10, 2, out _, out _));
    }
}
