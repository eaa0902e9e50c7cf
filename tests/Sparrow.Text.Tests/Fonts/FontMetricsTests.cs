using Xunit;

namespace Sparrow.Text.Tests;

/// <summary>line-height: normal as Chromium computes it (numbers measured in headless Chromium).</summary>
public sealed class FontMetricsTests
{
    [Theory]
    [InlineData("DejaVu Sans", 16, 19)]
    [InlineData("DejaVu Sans", 13, 15)]
    [InlineData("Noto Sans CJK SC", 16, 24)]
    [InlineData("Noto Sans CJK SC", 13, 19)]
    public void Line_spacing_is_rounded_ascent_plus_rounded_descent_plus_line_gap(string family, float size, float expected)
    {
        using var fonts = new FontSystem();
        var metrics = fonts.PrimaryFace(FontQuery.Of(family)).Face.Metrics.At(size);
        Assert.Equal(expected, metrics.LineSpacing);
    }

    [Fact]
    public void A_fixed_line_height_is_truncated_to_layout_units() =>
        Assert.Equal(19.1875f, LineHeight.Number(1.2f).Resolve(16));
}
