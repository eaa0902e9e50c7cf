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
            var actualEdges = store.GetEdges(i);
            var expectedEdges = cold.GetEdges(i);
            var same = Bytes(actual).SequenceEqual(Bytes(expected)) && Bytes(actualEdges).SequenceEqual(Bytes(expectedEdges))
                && Bytes(store.GetContentSize(i)).SequenceEqual(Bytes(cold.GetContentSize(i)))
                && BitConverter.SingleToInt32Bits(store.GetBaseline(i)) == BitConverter.SingleToInt32Bits(cold.GetBaseline(i));
            Assert.True(same, $"{what}: node {i} is {actual.Box} rounded {actual.Rounded} content {store.GetContentSize(i)} baseline {store.GetBaseline(i)} {Describe(actualEdges)}; a fresh layout gives {expected.Box} rounded {expected.Rounded} content {cold.GetContentSize(i)} baseline {cold.GetBaseline(i)} {Describe(expectedEdges)}");
        }
    }

    private static ReadOnlySpan<byte> Bytes<T>(in T value)
        where T : struct => MemoryMarshal.AsBytes(new ReadOnlySpan<T>(in value));

    private static string Describe(in LayoutEdges e) =>
        $"margin {e.MarginLeft},{e.MarginRight},{e.MarginTop},{e.MarginBottom} border {e.BorderLeft},{e.BorderRight},{e.BorderTop},{e.BorderBottom} padding {e.PaddingLeft},{e.PaddingRight},{e.PaddingTop},{e.PaddingBottom} static {e.StaticX},{e.StaticY}";
}
