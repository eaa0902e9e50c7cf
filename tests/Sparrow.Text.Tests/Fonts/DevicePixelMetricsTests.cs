using System;
using Xunit;

namespace Sparrow.Text.Tests;

/// <summary>
/// Line boxes rounded in device pixels, as Chromium lays out zoomed by the device scale factor.
/// The expected heights and first baselines were measured in headless Chromium 156 with
/// <c>--force-device-scale-factor</c> 1, 2 and 3 (one line of "Hxg", Range/baseline probes as in
/// conformance/text/tools/generate.py); Chromium reports them in LayoutUnits (1/64 CSS px), hence
/// the 1/64 px tolerance at ratio 3.
/// </summary>
public sealed class DevicePixelMetricsTests
{
    private const float LayoutUnit = 1f / 64;

    [Theory]
    // DejaVu Sans 20 px: 19 + 5 CSS px at ratio 1; 40 px at ratio 2 rounds to 37 + 9 device px, and
    // Linux's subpixel hack moves one pixel from the rounded-down descent's ascent: 36 + 10 → 23 CSS px.
    [InlineData("DejaVu Sans", 20, 1, 24, 19)]
    [InlineData("DejaVu Sans", 20, 2, 23, 18)]
    [InlineData("DejaVu Sans", 20, 3, 23.328125, 18.328125)]
    // DejaVu Sans 11 px at ratio 2: 20 + 5 device px, descent rounded down, so 19 + 6.
    [InlineData("DejaVu Sans", 11, 1, 13, 10)]
    [InlineData("DejaVu Sans", 11, 2, 12.5, 9.5)]
    [InlineData("DejaVu Sans", 11, 3, 13, 10.328125)]
    // Liberation Sans has a line gap (67/2048 em): rounded in device pixels too, floored half above.
    [InlineData("Liberation Sans", 13, 1, 15, 12)]
    [InlineData("Liberation Sans", 13, 2, 15.5, 12)]
    [InlineData("Liberation Sans", 13, 3, 14.671875, 11.328125)]
    public void Line_height_normal_rounds_ascent_descent_and_gap_in_device_pixels(string family, float size, float ratio, float height, float baseline)
    {
        var m = MeasureLine(family, size, LineHeight.Normal, ratio);
        Assert.Equal(height, m.Height, LayoutUnit);
        Assert.Equal(baseline, m.FirstBaseline, LayoutUnit);
    }

    [Theory]
    // line-height 1.3: the leading above the font's ascent is floored to whole device pixels.
    [InlineData("DejaVu Sans", 20, 1, 20)]
    [InlineData("DejaVu Sans", 20, 2, 19.5)]
    [InlineData("DejaVu Sans", 20, 3, 19.671875)]
    [InlineData("DejaVu Sans", 16, 1, 15)]
    [InlineData("DejaVu Sans", 16, 2, 15.5)]
    [InlineData("DejaVu Sans", 16, 3, 15.671875)]
    public void Half_leading_is_floored_in_device_pixels(string family, float size, float ratio, float baseline)
    {
        var m = MeasureLine(family, size, LineHeight.Number(1.3f), ratio);
        Assert.Equal(LineHeight.Number(1.3f).Resolve(size), m.Height, 0.01f);
        Assert.Equal(baseline, m.FirstBaseline, LayoutUnit);
    }

    [Fact]
    public void At_ratio_1_metrics_are_whole_css_pixels()
    {
        using var fonts = new FontSystem();
        var metrics = fonts.PrimaryFace(FontQuery.Of("DejaVu Sans")).Face.Metrics;
        Assert.Equal(new ScaledFontMetrics(19, 5, 0), metrics.At(20));
        Assert.Equal(metrics.At(20), metrics.At(20, 1));
        Assert.Equal(new ScaledFontMetrics(18, 5, 0), metrics.At(20, 2));
    }

    [Fact]
    public void Changing_the_ratio_builds_new_paragraphs()
    {
        using var fonts = new FontSystem();
        var measurer = new TextMeasurer(fonts);
        var style = new TextStyle { Font = FontQuery.Of("DejaVu Sans"), FontSize = 20 };
        var atOne = measurer.GetParagraph("Hxg", style);
        measurer.DevicePixelRatio = 2;
        var atTwo = measurer.GetParagraph("Hxg", style);
        Assert.NotSame(atOne, atTwo);
        Assert.Equal(2, atTwo.DevicePixelRatio);
        Assert.Equal(24, atOne.Layout(300).Height);
        Assert.Equal(23, atTwo.Layout(300).Height);
        Assert.Throws<ArgumentOutOfRangeException>(() => measurer.DevicePixelRatio = 0);
    }

    private static TextMeasurement MeasureLine(string family, float size, LineHeight lineHeight, float ratio)
    {
        using var fonts = new FontSystem();
        var measurer = new TextMeasurer(fonts) { DevicePixelRatio = ratio };
        var m = measurer.Measure("Hxg", new TextStyle { Font = FontQuery.Of(family), FontSize = size, LineHeight = lineHeight }, 300);
        Assert.Equal(1, m.LineCount);
        return m;
    }
}
