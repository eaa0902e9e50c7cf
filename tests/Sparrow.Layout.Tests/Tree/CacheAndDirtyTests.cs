using Sparrow.Core;
using Xunit;

namespace Sparrow.Layout.Tests.Tree;

public sealed class CacheAndDirtyTests
{
    private static (LayoutTreeStore Store, int Root, int Left, int Right, CountingMeasure LeftText, CountingMeasure RightText) Build()
    {
        var store = new LayoutTreeStore();
        var row = LayoutStyle.Default;
        row.Display = Display.Flex;
        row.Width = Length.Points(300);
        var root = store.AddNode(row);
        var left = store.AddNode(LayoutStyle.Default);
        var right = store.AddNode(LayoutStyle.Default);
        store.AppendChild(root, left);
        store.AppendChild(root, right);
        var leftText = new CountingMeasure(3);
        var rightText = new CountingMeasure(4);
        store.SetMeasure(left, leftText);
        store.SetMeasure(right, rightText);
        return (store, root, left, right, leftText, rightText);
    }

    [Fact]
    public void A_clean_tree_is_not_measured_again()
    {
        var (store, root, _, _, leftText, rightText) = Build();
        store.Compute(root, new Size(375, 667));
        var calls = leftText.Calls + rightText.Calls;
        Assert.True(calls > 0);

        store.Compute(root, new Size(375, 667));
        Assert.Equal(calls, leftText.Calls + rightText.Calls);
    }

    [Fact]
    public void Marking_a_leaf_dirty_clears_it_and_its_ancestors_but_not_its_sibling()
    {
        var (store, root, left, right, leftText, rightText) = Build();
        store.Compute(root, new Size(375, 667));
        store.MarkDirty(left);

        Assert.True(store.IsDirty(left));
        Assert.True(store.IsDirty(root));
        Assert.False(store.IsDirty(right));

        var rightCalls = rightText.Calls;
        var leftCalls = leftText.Calls;
        store.Compute(root, new Size(375, 667));
        Assert.True(leftText.Calls > leftCalls);
        Assert.Equal(rightCalls, rightText.Calls);
    }

    [Fact]
    public void Setting_an_equal_style_does_not_dirty()
    {
        var (store, root, left, _, _, _) = Build();
        store.Compute(root, new Size(375, 667));
        store.SetStyle(left, store.GetStyle(left));
        Assert.False(store.IsDirty(root));

        var changed = store.GetStyle(left);
        changed.FlexGrow = 1;
        store.SetStyle(left, changed);
        Assert.True(store.IsDirty(root));
    }

    [Fact]
    public void A_style_change_relays_out_to_the_new_result()
    {
        var (store, root, left, right, _, _) = Build();
        store.Compute(root, new Size(375, 667));
        Assert.Equal(90f, store.GetLayout(left).Width);

        var grow = store.GetStyle(left);
        grow.FlexGrow = 1;
        store.SetStyle(left, grow);
        store.Compute(root, new Size(375, 667));

        Assert.Equal(180f, store.GetLayout(left).Width);
        Assert.Equal(180f, store.GetLayout(right).X);
    }
}
