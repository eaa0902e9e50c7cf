using System;
using Sparrow.Core;
using Xunit;

namespace Sparrow.Layout.Tests.Compute;

public sealed class AllocationTests
{
    [Fact]
    public void A_full_relayout_in_steady_state_allocates_nothing()
    {
        var store = new LayoutTreeStore();
        var column = LayoutStyle.Default;
        column.Display = Display.Flex;
        column.FlexDirection = FlexDirection.Column;
        var root = store.AddNode(column);
        for (var i = 0; i < 20; i++)
        {
            var row = LayoutStyle.Default;
            row.Display = Display.Flex;
            row.FlexWrap = FlexWrap.Wrap;
            row.Padding(4);
            var r = store.AddNode(row);
            store.AppendChild(root, r);
            for (var j = 0; j < 5; j++)
            {
                var item = LayoutStyle.Default;
                item.Width = Length.Points(60 + j);
                item.Height = Length.Points(20);
                item.FlexGrow = j;
                store.AppendChild(r, store.AddNode(item));
            }

            var block = store.AddNode(LayoutStyle.Default);
            store.AppendChild(r, block);
            var inline = LayoutStyle.Default;
            inline.Display = Display.InlineBlock;
            inline.Width = Length.Points(30);
            inline.Height = Length.Points(10);
            store.AppendChild(block, store.AddNode(inline));
        }

        store.Compute(root, new Size(375, 667));
        store.MarkDirty(root);
        for (var n = 0; n < store.Count; n++)
        {
            store.MarkDirty(n);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        store.Compute(root, new Size(375, 667));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
    }

    [Fact]
    public void A_relayout_after_one_leaf_changes_allocates_nothing()
    {
        var store = new LayoutTreeStore();
        var root = store.AddNode(LayoutStyle.Default with { Display = Display.Flex, FlexWrap = FlexWrap.Wrap });
        var leaf = -1;
        for (var i = 0; i < 200; i++)
        {
            leaf = store.AddNode(LayoutStyle.Default with { Width = Length.Points(20.5f), Height = Length.Points(20), FlexGrow = 1 });
            store.AppendChild(root, leaf);
        }

        var narrow = store.GetStyle(leaf);
        var wide = narrow with { Width = Length.Points(31.5f) };
        store.Compute(root, new Size(375, 667), 2);
        store.SetStyle(leaf, wide);
        store.Compute(root, new Size(375, 667), 2);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10; i++)
        {
            store.SetStyle(leaf, i % 2 == 0 ? narrow : wide);
            store.Compute(root, new Size(375, 667), 2);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}

internal static class StyleTestExtensions
{
    public static void Padding(ref this LayoutStyle s, float px)
    {
        s.PaddingLeft = s.PaddingRight = s.PaddingTop = s.PaddingBottom = Length.Points(px);
    }
}
