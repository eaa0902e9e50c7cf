using System;
using System.Globalization;
using Sparrow.Core;

namespace Sparrow.Host.Benchmarking.Peers;

/// <summary>
/// The layout benchmark trees, the same for our engine and for Yoga: built deterministically by the
/// layout-vs-Yoga workloads at set-up (wide-100k's JSON is 4 MB, too big to commit) and by the
/// BenchmarkDotNet project (benchmarks/Sparrow.Benchmarks/Layout, whose <c>--export-layout-trees</c>
/// writes <see cref="Names"/> as JSON for benchmarks/layout-yoga). Leaves are fixed-size boxes, no
/// measure callbacks: the figures are of the layout algorithms alone.
/// </summary>
internal static class LayoutPeerTrees
{
    public static readonly Size Viewport = new(375, 667);

    /// <summary>
    /// The trees both engines run. "deep" (10,000 levels) is not among them: Yoga's WASM build runs out
    /// of stack between 400 and 450 levels (ours lays deep-10000 out whole, moving a pass that runs short
    /// of stack to its 64 MiB layout thread, so the benchmarks run it alone); deep-400 is the deepest
    /// chain both lay out.
    /// </summary>
    public static readonly string[] Names = ["huge-nested", "deep-400", "wide-10k", "wide-100k", "page"];

    /// <summary>
    /// huge-nested, page, wide-N (one wrapping row of N − 1 items), deep-N (a chain of N nodes; Yoga's
    /// WASM build runs out of stack between 400 and 450 levels), deep (deep-10000).
    /// </summary>
    /// <exception cref="ArgumentException">An unknown name.</exception>
    public static LayoutPeerTree Create(string name) => name switch
    {
        "huge-nested" => HugeNested(),
        "page" => Page(),
        "deep" => Deep(name, 10_000),
        "wide-10k" => Wide(name, 10_000),
        "wide-100k" => Wide(name, 100_000),
        _ when name.StartsWith("wide-", StringComparison.Ordinal) => Wide(name, Count(name)),
        _ when name.StartsWith("deep-", StringComparison.Ordinal) => Deep(name, Count(name)),
        _ => throw new ArgumentException($"no layout benchmark tree '{name}'", nameof(name)),
    };

    private static int Count(string name) =>
        int.TryParse(name.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 2
            ? n
            : throw new ArgumentException($"'{name}': the number of nodes must be a whole number of at least 2", nameof(name));

    /// <summary>
    /// Yoga's own "Huge nested layout" benchmark (yoga/benchmark/YGBenchmark.c): four levels of ten
    /// children under a root, every box flex-grow 1 with 10 px margins, leaves 10×10; 11,111 nodes.
    /// </summary>
    private static LayoutPeerTree HugeNested()
    {
        var t = new LayoutPeerTree("huge-nested", Viewport);
        var root = t.Add(-1, new LayoutPeerNode { Column = true, Width = 375 });
        for (var i = 0; i < 10; i++)
        {
            var a = t.Add(root, new LayoutPeerNode { Grow = 1, Margin = 10 });
            for (var j = 0; j < 10; j++)
            {
                var b = t.Add(a, new LayoutPeerNode { Column = true, Grow = 1, Margin = 10 });
                for (var k = 0; k < 10; k++)
                {
                    var c = t.Add(b, new LayoutPeerNode { Grow = 1, Margin = 10 });
                    for (var l = 0; l < 10; l++)
                    {
                        t.Add(c, new LayoutPeerNode { Grow = 1, Margin = 10, Width = 10, Height = 10 });
                    }
                }
            }
        }

        t.ChangeLeaf = (t.Count / 2) + 1;
        return t;
    }

    /// <summary>A chain of <paramref name="depth"/> nested containers, alternating row/column, a 10×10 leaf at the bottom.</summary>
    private static LayoutPeerTree Deep(string name, int depth)
    {
        var t = new LayoutPeerTree(name, Viewport);
        var parent = t.Add(-1, new LayoutPeerNode { Column = true, Width = 375 });
        for (var i = 1; i < depth - 1; i++)
        {
            parent = t.Add(parent, new LayoutPeerNode { Column = i % 2 == 0 });
        }

        t.ChangeLeaf = t.Add(parent, new LayoutPeerNode { Width = 10, Height = 10 });
        return t;
    }

    /// <summary>One wrapping row of <paramref name="count"/> − 1 growing 20×20 items (18 a line).</summary>
    private static LayoutPeerTree Wide(string name, int count)
    {
        var t = new LayoutPeerTree(name, Viewport);
        var root = t.Add(-1, new LayoutPeerNode { Wrap = true, Width = 375 });
        for (var i = 1; i < count; i++)
        {
            t.Add(root, new LayoutPeerNode { Grow = 1, Width = 20, Height = 20 });
        }

        t.ChangeLeaf = count / 2;
        return t;
    }

    /// <summary>
    /// A feed page as mini programs build it: a navigation bar, 300 cards (thumbnail at 25% of the
    /// card, title, subtitle, a row of three tags, a button), a tab bar; 3,312 nodes.
    /// </summary>
    private static LayoutPeerTree Page()
    {
        var t = new LayoutPeerTree("page", Viewport);
        var root = t.Add(-1, new LayoutPeerNode { Column = true, Width = 375 });
        var nav = t.Add(root, new LayoutPeerNode { AlignCenter = true, JustifySpaceBetween = true, Height = 44, Padding = 8 });
        t.Add(nav, new LayoutPeerNode { Width = 24, Height = 24 });
        t.Add(nav, new LayoutPeerNode { Width = 120, Height = 20 });
        t.Add(nav, new LayoutPeerNode { Width = 24, Height = 24 });
        var list = t.Add(root, new LayoutPeerNode { Column = true, Grow = 1, Padding = 8 });
        var change = -1;
        for (var i = 0; i < 300; i++)
        {
            var card = t.Add(list, new LayoutPeerNode { AlignCenter = true, Margin = 4, Padding = 12, Gap = 8 });
            t.Add(card, new LayoutPeerNode { Width = -25, Height = 60, Shrink = 0 });
            var body = t.Add(card, new LayoutPeerNode { Column = true, Grow = 1, Basis = 0, Gap = 4 });
            t.Add(body, new LayoutPeerNode { Height = 16 });
            t.Add(body, new LayoutPeerNode { Height = 14, Margin = 2 });
            var tags = t.Add(body, new LayoutPeerNode { Gap = 4 });
            for (var k = 0; k < 3; k++)
            {
                var tag = t.Add(tags, new LayoutPeerNode { Width = 30, Height = 14, Padding = 2 });
                change = i == 150 && k == 1 ? tag : change;
            }

            t.Add(card, new LayoutPeerNode { Width = 60, Height = 28, Shrink = 0 });
            t.Add(card, new LayoutPeerNode { Width = 8, Height = 8 });
        }

        var tabs = t.Add(root, new LayoutPeerNode { Height = 50 });
        for (var i = 0; i < 5; i++)
        {
            t.Add(tabs, new LayoutPeerNode { Grow = 1, Column = true, AlignCenter = true, Padding = 4 });
        }

        t.ChangeLeaf = change;
        return t;
    }
}
