using System;
using System.Runtime.CompilerServices;
using Sparrow.Core;
using Xunit;

namespace Sparrow.Layout.Tests.Tree;

/// <summary>Equal styles are stored once (<see cref="LayoutStyleTable"/>); nodes hold handles to them.</summary>
public sealed class StyleSharingTests
{
    private static LayoutStyle Sized(float width)
    {
        var style = LayoutStyle.Default;
        style.Width = Length.Points(width);
        style.Height = Length.Points(10);
        return style;
    }

    [Fact]
    public void Nodes_with_equal_styles_share_one_stored_copy()
    {
        var store = new LayoutTreeStore();
        var root = store.AddNode(LayoutStyle.Default);
        for (var i = 0; i < 100; i++)
        {
            store.AppendChild(root, store.AddNode(Sized(20 + (i % 3))));
        }

        Assert.Equal(4, store.DistinctStyles);
        Assert.True(Unsafe.AreSame(in store.GetStyle(1), in store.GetStyle(4)), "equal styles are one copy");
        Assert.False(Unsafe.AreSame(in store.GetStyle(1), in store.GetStyle(2)));
        Assert.Equal(Length.Points(21), store.GetStyle(2).Width);
    }

    [Fact]
    public void Restyling_one_sharing_node_leaves_the_others_alone()
    {
        var store = new LayoutTreeStore();
        var root = store.AddNode(LayoutStyle.Default);
        var a = store.AddNode(Sized(20));
        var b = store.AddNode(Sized(20));
        store.AppendChild(root, a);
        store.AppendChild(root, b);
        store.Compute(root, new Size(375, 667));

        store.SetStyle(a, Sized(30));
        Assert.True(store.IsDirty(a));
        Assert.False(store.IsDirty(b));
        Assert.Equal(Length.Points(20), store.GetStyle(b).Width);
        Assert.Equal(Length.Points(30), store.GetStyle(a).Width);

        store.Compute(root, new Size(375, 667));
        Assert.Equal(30, store.GetLayout(a).Width);
        Assert.Equal(20, store.GetLayout(b).Width);
    }

    [Fact]
    public void A_style_no_node_holds_is_dropped_and_its_slot_reused_without_allocating()
    {
        var store = new LayoutTreeStore();
        var root = store.AddNode(LayoutStyle.Default);
        var leaf = store.AddNode(Sized(20));
        store.AppendChild(root, leaf);
        Assert.Equal(2, store.DistinctStyles);

        store.SetStyle(leaf, Sized(21));
        store.SetStyle(leaf, Sized(20));
        Assert.Equal(2, store.DistinctStyles);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            store.SetStyle(leaf, Sized(21 + (i % 2)));
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(2, store.DistinctStyles);
        Assert.Equal(Length.Points(22), store.GetStyle(leaf).Width);
    }

    [Fact]
    public void Setting_an_equal_style_keeps_the_node_clean()
    {
        var store = new LayoutTreeStore();
        var root = store.AddNode(LayoutStyle.Default);
        var leaf = store.AddNode(Sized(20));
        store.AppendChild(root, leaf);
        store.Compute(root, new Size(375, 667));

        store.SetStyle(leaf, Sized(20));
        Assert.False(store.IsDirty(leaf));
        Assert.False(store.IsDirty(root));
    }
}
