using Sparrow.Core;
using Xunit;

namespace Sparrow.Layout.Tests.Tree;

public sealed class MeasureTests
{
    [Fact]
    public void Text_leaf_wraps_to_the_width_its_block_gives_it()
    {
        var store = new LayoutTreeStore();
        var box = LayoutStyle.Default;
        box.Width = Length.Points(100);
        var root = store.AddNode(box);
        var text = store.AddNode(LayoutStyle.Default);
        store.AppendChild(root, text);
        store.SetMeasure(text, new CountingMeasure(7));

        store.Compute(root, new Size(375, 667));

        // 100px holds three 30px words per line: seven words take three lines.
        Assert.Equal(100f, store.GetLayout(text).Width);
        Assert.Equal(60f, store.GetLayout(text).Height);
        Assert.Equal(60f, store.GetLayout(root).Height);
    }

    [Fact]
    public void Text_flex_item_shrinks_no_further_than_its_min_content_and_reports_a_baseline()
    {
        var store = new LayoutTreeStore();
        var row = LayoutStyle.Default;
        row.Display = Display.Flex;
        row.Width = Length.Points(20);
        row.AlignItems = Align.Baseline;
        var root = store.AddNode(row);
        var text = store.AddNode(LayoutStyle.Default);
        store.AppendChild(root, text);
        store.SetMeasure(text, new CountingMeasure(4));

        store.Compute(root, new Size(375, 667));

        // css-flexbox-1 §4.5: the automatic minimum size is the min-content size, one word.
        Assert.Equal(CountingMeasure.WordWidth, store.GetLayout(text).Width);
        Assert.Equal(4 * CountingMeasure.LineHeight, store.GetLayout(text).Height);
        Assert.Equal(CountingMeasure.LineHeight * 0.8f, store.GetBaseline(text));
    }

    [Fact]
    public void Image_with_intrinsic_size_scales_by_its_ratio()
    {
        var store = new LayoutTreeStore();
        var root = store.AddNode(LayoutStyle.Default);
        var image = LayoutStyle.Default;
        image.Width = Length.Points(150);
        var img = store.AddNode(image);
        store.AppendChild(root, img);
        store.SetMeasure(img, new IntrinsicSizeMeasure(300, 200));

        store.Compute(root, new Size(375, 667));

        Assert.Equal(150f, store.GetLayout(img).Width);
        Assert.Equal(100f, store.GetLayout(img).Height);
    }
}
