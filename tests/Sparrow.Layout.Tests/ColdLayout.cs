using System;
using System.Runtime.InteropServices;
using Sparrow.Core;
using Xunit;

namespace Sparrow.Layout.Tests;

/// <summary>The reference for incremental layout tests: the same tree laid out from nothing.</summary>
internal static class ColdLayout
{
    /// <summary>A copy of the tree's styles and structure, never laid out: a cold pass over it is the reference.</summary>
    public static LayoutTreeStore Copy(LayoutTreeStore store)
    {
        var copy = new LayoutTreeStore();
        for (var i = 0; i < store.Count; i++)
        {
            copy.AddNode(store.GetStyle(i));
        }

        for (var i = 0; i < store.Count; i++)
        {
            for (var c = 0; c < store.ChildCount(i); c++)
            {
                copy.AppendChild(i, store.GetChild(i, c));
            }
        }

        return copy;
    }

    /// <summary>Every field of every node's result (box, rounded box, content size, baseline, edges, static position), bit for bit.</summary>
    public static void AssertSame(LayoutTreeStore store, int root, Size viewport, float dpr, string what)
    {
        var cold = Copy(store);
        cold.Compute(root, viewport, dpr);
        for (var i = 0; i < store.Count; i++)
        {
            var actual = store.GetLayout(i);
            var expected = cold.GetLayout(i);
            var same = MemoryMarshal.AsBytes(new ReadOnlySpan<LayoutResult>(in actual)).SequenceEqual(MemoryMarshal.AsBytes(new ReadOnlySpan<LayoutResult>(in expected)));
            Assert.True(same, $"{what}: node {i} is {actual.Box} rounded {actual.Rounded} content {actual.ContentWidth}×{actual.ContentHeight} baseline {actual.Baseline}; a fresh layout gives {expected.Box} rounded {expected.Rounded} content {expected.ContentWidth}×{expected.ContentHeight} baseline {expected.Baseline}");
        }
    }
}
