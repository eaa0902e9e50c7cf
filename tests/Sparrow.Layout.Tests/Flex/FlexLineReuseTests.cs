using System;
using System.Collections.Generic;
using Sparrow.Core;
using Xunit;

namespace Sparrow.Layout.Tests.Flex;

/// <summary>
/// A large multi-line flex container lays out again only the lines whose items changed (FlexLineMemo). The
/// result must be exactly what a fresh layout of the same tree gives, bit for bit, whatever changed; and the
/// saving must be real: a one-item change lays out a line, not the container.
/// </summary>
public sealed class FlexLineReuseTests
{
    private const float Dpr = 1.5f;

    private static readonly Size Viewport = new(375, 667);

    /// <summary>The wide benchmark tree (LayoutPeerTrees "wide-N"): one wrapping row of growing 20×20 items, 18 a line.</summary>
    private static (LayoutTreeStore Store, int Root) Wide(int items)
    {
        var store = new LayoutTreeStore();
        var root = store.AddNode(LayoutStyle.Default with { Display = Display.Flex, FlexWrap = FlexWrap.Wrap, Width = Length.Points(375) });
        for (var i = 0; i < items; i++)
        {
            store.AppendChild(root, store.AddNode(LayoutStyle.Default with { FlexGrow = 1, Width = Length.Points(20), Height = Length.Points(20) }));
        }

        return (store, root);
    }

    [Fact]
    public void One_item_wider_lays_out_its_line_and_rounds_only_that_line()
    {
        var (store, root) = Wide(2000);
        store.Compute(root, Viewport, Dpr);
        var scratch = LayoutScratch.Current;
        var item = store.GetChild(root, 1000);
        var before = scratch.Dispatched;
        store.SetStyle(item, store.GetStyle(item) with { Width = Length.Points(21) });
        store.Compute(root, Viewport, Dpr);
        var laidOut = scratch.Dispatched - before;

        // The root, the changed item (sized for its flex base size, then at its flexed size) and the other 17
        // items of its line, whose flexed widths change; the line still breaks after the same item.
        Assert.True(laidOut <= 1 + 2 + 17, $"{laidOut} boxes laid out");
        Assert.True(scratch.RoundedBoxes <= 1 + 18, $"{scratch.RoundedBoxes} boxes rounded");
        AssertSameAsColdLayout(store, root, Viewport, "one item wider");
    }

    [Fact]
    public void A_change_that_rebreaks_the_lines_lays_out_the_whole_container()
    {
        var (store, root) = Wide(400);
        store.Compute(root, Viewport, Dpr);
        var item = store.GetChild(root, 100);
        store.SetStyle(item, store.GetStyle(item) with { Width = Length.Points(40) });
        store.Compute(root, Viewport, Dpr);

        Assert.True(LayoutScratch.Current.RoundedBoxes > 300, "every later line moves");
        AssertSameAsColdLayout(store, root, Viewport, "one item pushed to the next line");
    }

    /// <summary>The deep and huge-nested benchmark shapes (LayoutPeerTrees) with one leaf toggled, as the relayout benchmarks do.</summary>
    [Theory]
    [InlineData("deep")]
    [InlineData("huge-nested")]
    [InlineData("wide")]
    public void The_benchmark_trees_after_one_leaf_change_match_a_cold_layout(string shape)
    {
        var (store, root, leaf) = shape switch
        {
            "deep" => Deep(120),
            "huge-nested" => HugeNested(),
            _ => WideWithLeaf(3000),
        };
        store.Compute(root, Viewport, Dpr);
        var narrow = store.GetStyle(leaf);
        var wide = narrow with { Width = Length.Points(narrow.Width.Value + 1) };
        for (var i = 0; i < 4; i++)
        {
            store.SetStyle(leaf, i % 2 == 0 ? wide : narrow);
            store.Compute(root, Viewport, Dpr);
            AssertSameAsColdLayout(store, root, Viewport, $"{shape}, toggle {i}");
        }
    }

    [Fact]
    public void Seeded_random_changes_to_wrapping_containers_leave_every_box_as_a_fresh_layout_would()
    {
        var random = new Random(11);
        var (store, root, containers) = Mixed(random);
        var viewport = Viewport;
        store.Compute(root, viewport, Dpr);
        AssertSameAsColdLayout(store, root, viewport, "first pass");
        var reused = LayoutScratch.Current.ReusedFlexLayouts;

        // Changes that take a container off the memo's path (an item hidden, reordered or taken out of flow, the
        // container restyled) are undone at the next step, so most passes run with a memo to check.
        (int Node, LayoutStyle Style)? undo = null;
        for (var step = 0; step < 300; step++)
        {
            var container = containers[random.Next(containers.Count)];
            var node = store.GetChild(container, random.Next(store.ChildCount(container)));
            var style = store.GetStyle(node);
            var what = random.Next(40);
            if (undo is { } u)
            {
                store.SetStyle(u.Node, u.Style);
                undo = null;
            }
            else if (what >= 34)
            {
                undo = (node, style);
                switch (what)
                {
                    case 34: style.Display = Display.None; break;
                    case 35: style.Order = 1; break;
                    case 36: style.Position = Position.Absolute; break;
                    case 37:
                        node = container;
                        style = store.GetStyle(node);
                        undo = (node, style);
                        style.AlignContent = (AlignContent)random.Next(7);
                        break;
                    default:
                        undo = null;
                        store.AppendChild(container, store.AddNode(LayoutStyle.Default with { Width = Length.Points(17), Height = Length.Points(9) }));
                        break;
                }
            }
            else
            {
                switch (what / 5)
                {
                    case 0: style.Width = Length.Points(5 + (random.Next(300) / 7f)); break;
                    case 1: style.Height = Length.Points(5 + (random.Next(120) / 7f)); break;
                    case 2: style.MarginLeft = Length.Points(random.Next(20) / 3f); break;
                    case 3: style.FlexGrow = random.Next(3); break;
                    case 4: style.AlignSelf = (Align)random.Next(6); break;
                    case 5: style.FlexBasis = random.Next(2) == 0 ? Length.Auto : Length.Points(random.Next(60)); break;
                    default: viewport = new Size(viewport.Width - 0.5f, viewport.Height); break;
                }
            }

            store.SetStyle(node, style);
            store.Compute(root, viewport, Dpr);
            AssertSameAsColdLayout(store, root, viewport, $"step {step}: change {what} on node {node}");
        }

        // The memo served a good share of the passes, so the comparisons above checked it.
        reused = LayoutScratch.Current.ReusedFlexLayouts - reused;
        Assert.True(reused > 60, $"{reused} containers laid out from their line memo");
    }

    /// <summary>
    /// A column root holding a wrapping row, a wrapping column of definite height, a positioned wrapping row with
    /// an absolute box deep inside, and a wrapping row nested in an item of the first; items of mixed styles.
    /// </summary>
    private static (LayoutTreeStore Store, int Root, List<int> Containers) Mixed(Random random)
    {
        var store = new LayoutTreeStore();
        var root = store.AddNode(LayoutStyle.Default with { Display = Display.Flex, FlexDirection = FlexDirection.Column });
        var containers = new List<int>
        {
            Container(store, root, LayoutStyle.Default with { Display = Display.Flex, FlexWrap = FlexWrap.Wrap, AlignItems = Align.Baseline, ColumnGap = Length.Points(2.5f), RowGap = Length.Points(1.5f) }),
            Container(store, root, LayoutStyle.Default with { Display = Display.Flex, FlexWrap = FlexWrap.Wrap, FlexDirection = FlexDirection.Column, Height = Length.Points(260), AlignContent = AlignContent.Stretch }),
            Container(store, root, LayoutStyle.Default with { Display = Display.Flex, FlexWrap = FlexWrap.WrapReverse, FlexDirection = FlexDirection.RowReverse, Position = Position.Relative, Height = Length.Points(400), AlignContent = AlignContent.SpaceBetween }),
        };
        foreach (var container in containers)
        {
            Fill(store, container, random);
        }

        var nested = Container(store, store.GetChild(containers[0], 3), LayoutStyle.Default with { Display = Display.Flex, FlexWrap = FlexWrap.Wrap, Width = Length.Points(90) });
        Fill(store, nested, random);
        containers.Add(nested);
        var holder = store.GetChild(containers[2], 5);
        store.AppendChild(holder, store.AddNode(LayoutStyle.Default with { Position = Position.Absolute, InsetRight = Length.Points(3), Width = Length.Points(12.2f), Height = Length.Points(7.1f) }));
        return (store, root, containers);
    }

    private static void Fill(LayoutTreeStore store, int container, Random random)
    {
        var count = 40 + random.Next(30);
        for (var i = 0; i < count; i++)
        {
            var item = LayoutStyle.Default with
            {
                Display = Display.Flex,
                Width = Length.Points(10 + random.Next(40)),
                Height = random.Next(3) == 0 ? Length.Auto : Length.Points(8 + random.Next(20)),
                FlexGrow = random.Next(2),
                MarginTop = Length.Points(random.Next(4)),
            };
            var node = store.AddNode(item);
            store.AppendChild(container, node);
            if (random.Next(4) == 0)
            {
                store.AppendChild(node, store.AddNode(LayoutStyle.Default with { Width = Length.Points(6.3f), Height = Length.Points(5.7f + random.Next(9)) }));
            }
        }
    }

    private static int Container(LayoutTreeStore store, int parent, LayoutStyle style)
    {
        var node = store.AddNode(style);
        store.AppendChild(parent, node);
        return node;
    }

    private static (LayoutTreeStore Store, int Root, int Leaf) WideWithLeaf(int items)
    {
        var (store, root) = Wide(items);
        return (store, root, store.GetChild(root, items / 2));
    }

    private static (LayoutTreeStore Store, int Root, int Leaf) Deep(int depth)
    {
        var store = new LayoutTreeStore();
        var root = store.AddNode(LayoutStyle.Default with { Display = Display.Flex, FlexDirection = FlexDirection.Column, Width = Length.Points(375) });
        var parent = root;
        for (var i = 1; i < depth - 1; i++)
        {
            parent = Container(store, parent, LayoutStyle.Default with { Display = Display.Flex, FlexDirection = i % 2 == 0 ? FlexDirection.Column : FlexDirection.Row });
        }

        return (store, root, Container(store, parent, LayoutStyle.Default with { Display = Display.Flex, Width = Length.Points(10), Height = Length.Points(10) }));
    }

    private static (LayoutTreeStore Store, int Root, int Leaf) HugeNested()
    {
        var store = new LayoutTreeStore();
        var root = store.AddNode(LayoutStyle.Default with { Display = Display.Flex, FlexDirection = FlexDirection.Column, Width = Length.Points(375) });
        var box = LayoutStyle.Default with { Display = Display.Flex, FlexGrow = 1, MarginLeft = Length.Points(10), MarginRight = Length.Points(10), MarginTop = Length.Points(10), MarginBottom = Length.Points(10) };
        var leaf = -1;
        for (var i = 0; i < 5; i++)
        {
            var a = Container(store, root, box);
            for (var j = 0; j < 5; j++)
            {
                var b = Container(store, a, box with { FlexDirection = FlexDirection.Column });
                for (var k = 0; k < 5; k++)
                {
                    var c = Container(store, b, box);
                    for (var l = 0; l < 5; l++)
                    {
                        var d = Container(store, c, box with { Width = Length.Points(10), Height = Length.Points(10) });
                        leaf = i == 2 && j == 2 && k == 2 && l == 2 ? d : leaf;
                    }
                }
            }
        }

        return (store, root, leaf);
    }
    private static void AssertSameAsColdLayout(LayoutTreeStore store, int root, Size viewport, string what) =>
        ColdLayout.AssertSame(store, root, viewport, Dpr, what);
}
