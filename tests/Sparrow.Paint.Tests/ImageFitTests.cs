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
        Assert.True(ImageFit.TryFit(ImageFit.ParseMode(mode), Content, 200, 100, out var bounds, out var uv));
        Assert.Equal(new Rect(x, y, w, h), bounds);
        Assert.Equal(u, uv.X, 5);
        Assert.Equal(v, uv.Y, 5);
        Assert.Equal(uw, uv.Width, 5);
        Assert.Equal(vh, uv.Height, 5);
    }

    [Fact]
    public void A_small_picture_in_a_crop_mode_is_not_scaled()
    {
        Assert.True(ImageFit.TryFit(ImageMode.BottomRight, Content, 20, 10, out var bounds, out var uv));
        Assert.Equal(new Rect(90, 90, 20, 10), bounds);
        Assert.Equal(new Rect(0, 0, 1, 1), uv);
    }

    [Fact]
    public void Nothing_fits_an_empty_box_or_an_empty_picture()
    {
        Assert.False(ImageFit.TryFit(ImageMode.ScaleToFill, new Rect(0, 0, 0, 10), 20, 10, out _, out _));
        Assert.False(ImageFit.TryFit(ImageMode.AspectFit, Content, 0, 10, out _, out _));
    }
}
