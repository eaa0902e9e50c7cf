using System;
using System.Globalization;

namespace Sparrow.Benchmarks.Layout;

/// <summary>
/// The benchmark trees, the same for our engine and for Yoga (exported with
/// <c>--export-layout-trees</c>). Leaves are fixed-size boxes, not measured text, so neither engine
/// calls back into a measure function and the figures are of the layout algorithms alone.
/// </summary>
internal static class BenchTrees
{
    /// <summary>
    /// The trees both engines run. "deep" (10,000 levels) is not among them: Yoga's WASM build runs out
    /// of stack between 400 and 450 levels, and ours (8 MB main-thread stack) between 3,000 and 5,000;
    /// deep-400 is the deepest chain both lay out. <c>deep-N</c> builds a chain of N for either tool.
    /// </summary>
    public static readonly string[] Names = ["huge-nested", "deep-400", "wide-10k", "wide-100k", "page"];

    public static BenchTree Create(string name) => name switch
    {
        "huge-nested" => HugeNested(),
        "deep" => Deep(10_000, name),
        "wide-10k" => Wide(name, 10_000),
        "wide-100k" => Wide(name, 100_000),
        "page" => Page(),
        _ when name.StartsWith("deep-", StringComparison.Ordinal) => Deep(int.Parse(name.AsSpan(5), CultureInfo.InvariantCulture), name),
        _ => throw new ArgumentException($"no benchmark tree '{name}'", nameof(name)),
    };

    /// <summary>
    /// Yoga's own "Huge nested layout" benchmark (yoga/benchmark/YGBenchmark.c): four levels of ten
    /// children under a root, every box flex-grow 1 with 10 px margins, leaves 10×10; 11,111 nodes.
    /// </summary>
    private static BenchTree HugeNested()
    {
        var t = new BenchTree("huge-nested");
        var root = t.Add(-1, new BenchNodeStyle { Column = true, Width = 375 });
        for (var i = 0; i < 10; i++)
        {
            var a = t.Add(root, new BenchNodeStyle { Grow = 1, Margin = 10 });
            for (var j = 0; j < 10; j++)
            {
                var b = t.Add(a, new BenchNodeStyle { Column = true, Grow = 1, Margin = 10 });
                for (var k = 0; k < 10; k++)
                {
                    var c = t.Add(b, new BenchNodeStyle { Grow = 1, Margin = 10 });
                    for (var l = 0; l < 10; l++)
                    {
                        t.Add(c, new BenchNodeStyle { Grow = 1, Margin = 10, Width = 10, Height = 10 });
                    }
                }
            }
        }

        t.ChangeLeaf = t.Count / 2 + 1;
        return t;
    }

    /// <summary>A chain of <paramref name="depth"/> nested columns with a 10×10 leaf at the bottom.</summary>
    private static BenchTree Deep(int depth, string name)
    {
        var t = new BenchTree(name);
        var parent = t.Add(-1, new BenchNodeStyle { Column = true, Width = 375 });
        for (var i = 1; i < depth - 1; i++)
        {
            parent = t.Add(parent, new BenchNodeStyle { Column = i % 2 == 0 });
        }

        t.ChangeLeaf = t.Add(parent, new BenchNodeStyle { Width = 10, Height = 10 });
        return t;
    }

    /// <summary>One wrapping row of <paramref name="count"/> - 1 growing 20×20 items (18 a line).</summary>
    private static BenchTree Wide(string name, int count)
    {
        var t = new BenchTree(name);
        var root = t.Add(-1, new BenchNodeStyle { Wrap = true, Width = 375 });
        for (var i = 1; i < count; i++)
        {
            t.Add(root, new BenchNodeStyle { Grow = 1, Width = 20, Height = 20 });
        }

        t.ChangeLeaf = count / 2;
        return t;
    }

    /// <summary>
    /// A feed page as mini programs build it: a navigation bar, 300 cards (thumbnail at 25% of the
    /// card, title, subtitle, a row of three tags, a button), a tab bar; 3,312 nodes.
    /// </summary>
    private static BenchTree Page()
    {
        var t = new BenchTree("page");
        var root = t.Add(-1, new BenchNodeStyle { Column = true, Width = 375 });
        var nav = t.Add(root, new BenchNodeStyle { AlignCenter = true, JustifySpaceBetween = true, Height = 44, Padding = 8 });
        t.Add(nav, new BenchNodeStyle { Width = 24, Height = 24 });
        t.Add(nav, new BenchNodeStyle { Width = 120, Height = 20 });
        t.Add(nav, new BenchNodeStyle { Width = 24, Height = 24 });
        var list = t.Add(root, new BenchNodeStyle { Column = true, Grow = 1, Padding = 8 });
        var change = -1;
        for (var i = 0; i < 300; i++)
        {
            var card = t.Add(list, new BenchNodeStyle { AlignCenter = true, Margin = 4, Padding = 12, Gap = 8 });
            t.Add(card, new BenchNodeStyle { Width = -25, Height = 60, Shrink = 0 });
            var body = t.Add(card, new BenchNodeStyle { Column = true, Grow = 1, Basis = 0, Gap = 4 });
            t.Add(body, new BenchNodeStyle { Height = 16 });
            t.Add(body, new BenchNodeStyle { Height = 14, Margin = 2 });
            var tags = t.Add(body, new BenchNodeStyle { Gap = 4 });
            for (var k = 0; k < 3; k++)
            {
                var tag = t.Add(tags, new BenchNodeStyle { Width = 30, Height = 14, Padding = 2 });
                change = i == 150 && k == 1 ? tag : change;
            }

            t.Add(card, new BenchNodeStyle { Width = 60, Height = 28, Shrink = 0 });
            t.Add(card, new BenchNodeStyle { Width = 8, Height = 8 });
        }

        var tabs = t.Add(root, new BenchNodeStyle { Height = 50 });
        for (var i = 0; i < 5; i++)
        {
            t.Add(tabs, new BenchNodeStyle { Grow = 1, Column = true, AlignCenter = true, Padding = 4 });
        }

        t.ChangeLeaf = change;
        return t;
    }
}
