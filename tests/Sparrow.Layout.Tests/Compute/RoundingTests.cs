using Sparrow.Core;
using Xunit;

namespace Sparrow.Layout.Tests.Compute;

public sealed class RoundingTests
{
    private static (LayoutTreeStore Store, int Root, int[] Items) ThreeThirds(float width)
    {
        var store = new LayoutTreeStore();
        var row = LayoutStyle.Default;
        row.Display = Display.Flex;
        row.Width = Length.Points(width);
        row.Height = Length.Points(10);
        var root = store.AddNode(row);
        var items = new int[3];
        for (var i = 0; i < items.Length; i++)
        {
            var grow = LayoutStyle.Default;
            grow.FlexGrow = 1;
            items[i] = store.AddNode(grow);
            store.AppendChild(root, items[i]);
        }

        return (store, root, items);
    }

    [Fact]
    public void Snapped_neighbours_touch_and_fill_the_parent()
    {
        var (store, root, items) = ThreeThirds(100);
        store.Compute(root, new Size(375, 667));

        var right = 0f;
        foreach (var item in items)
        {
            var r = store.GetLayout(item).Rounded;
            Assert.Equal(right, r.X);
            Assert.Equal(r.Width, System.MathF.Round(r.Width));
            right = r.X + r.Width;
        }

        Assert.Equal(100f, right);
    }

    [Fact]
    public void Device_pixel_ratio_snaps_to_device_pixels()
    {
        var (store, root, items) = ThreeThirds(100);
        store.Compute(root, new Size(375, 667), devicePixelRatio: 2);

        var first = store.GetLayout(items[0]).Rounded;
        Assert.Equal(33.5f, first.Width);
        Assert.Equal(33.333f, store.GetLayout(items[0]).Width, 3);
    }

    [Fact]
    public void A_non_positive_pixel_ratio_is_a_broken_invariant()
    {
        var (store, root, _) = ThreeThirds(100);
        Assert.Throws<System.ArgumentOutOfRangeException>(() => store.Compute(root, new Size(375, 667), devicePixelRatio: 0));
    }
}
