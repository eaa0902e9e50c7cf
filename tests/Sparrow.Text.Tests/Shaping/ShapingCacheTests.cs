using Xunit;

namespace Sparrow.Text.Tests;

public sealed class ShapingCacheTests
{
    [Fact]
    public void Unchanged_text_is_not_shaped_twice_even_at_another_size()
    {
        using var fonts = new FontSystem();
        var measurer = new TextMeasurer(fonts);
        var style = new TextStyle { Font = FontQuery.Of("DejaVu Sans") };
        measurer.Measure("Hello 世界", style, 200);
        int shaped = fonts.Shaper.ShapeCount;
        Assert.True(shaped >= 2);

        // A new paragraph (different size, so not from the paragraph cache) reuses the runs.
        measurer.Measure("Hello 世界", style with { FontSize = 24 }, 200);
        Assert.Equal(shaped, fonts.Shaper.ShapeCount);
        Assert.True(fonts.Shaper.CacheHits >= 2);
    }

    [Fact]
    public void Different_features_are_different_runs()
    {
        using var fonts = new FontSystem();
        var measurer = new TextMeasurer(fonts);
        var style = new TextStyle { Font = FontQuery.Of("DejaVu Sans") };
        measurer.Measure("office", style, 200);
        int shaped = fonts.Shaper.ShapeCount;
        measurer.Measure("office", style with { Features = "liga=0" }, 200);
        Assert.Equal(shaped + 1, fonts.Shaper.ShapeCount);
    }

    [Fact]
    public void Remeasuring_an_unchanged_paragraph_comes_from_the_cache()
    {
        using var fonts = new FontSystem();
        var measurer = new TextMeasurer(fonts);
        var style = new TextStyle();
        var first = measurer.Measure("缓存的段落 cached paragraph", style, 120);
        var again = measurer.Measure("缓存的段落 cached paragraph", style, 120);
        Assert.Equal(first, again);
        Assert.Equal(1, measurer.BuildCount);
        var p = measurer.GetParagraph("缓存的段落 cached paragraph", style);
        Assert.Same(p.Layout(120), p.Layout(120));
        Assert.Equal(p.MaxContentWidth, measurer.MaxContentWidth("缓存的段落 cached paragraph", style));
    }
}
