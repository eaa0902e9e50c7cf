using System;
using System.Collections.Generic;
using Sparrow.Core;
using Xunit;

namespace Sparrow.Layout.Tests.Compute;

/// <summary>
/// The rounding walk skips what a pass did not touch; it must still leave every box exactly as a fresh layout
/// of the same tree would (the Host's fixture replay checks the unrounded boxes; this checks the rounded ones,
/// bit for bit, at a fractional pixel ratio where skipping a moved subtree would show).
/// </summary>
public sealed class IncrementalRoundingTests
{
    private const float Dpr = 1.5f;

    private static readonly Size Viewport = new(375, 667);

    /// <summary>A list of <paramref name="cards"/> cards, each a row of an image, a column of two lines and a badge.</summary>
    private static (LayoutTreeStore Store, int Root, List<int> Lines) Feed(int cards)
    {
        var store = new LayoutTreeStore();
        var root = store.AddNode(LayoutStyle.Default with { Display = Display.Flex, FlexDirection = FlexDirection.Column });
        var lines = new List<int>();
        for (var i = 0; i < cards; i++)
        {
            var card = store.AddNode(LayoutStyle.Default with { Display = Display.Flex, MarginTop = Length.Points(3.3f), Height = Length.Points(40.7f) });
            store.AppendChild(root, card);
            store.AppendChild(card, store.AddNode(LayoutStyle.Default with { Width = Length.Percent(0.27f), Height = Length.Points(33.3f) }));
            var text = store.AddNode(LayoutStyle.Default with { Display = Display.Flex, FlexDirection = FlexDirection.Column, FlexGrow = 1 });
            store.AppendChild(card, text);
            for (var k = 0; k < 2; k++)
            {
                var line = store.AddNode(LayoutStyle.Default with { Width = Length.Points(50.3f + k), Height = Length.Points(11.1f) });
                store.AppendChild(text, line);
                lines.Add(line);
            }

            store.AppendChild(card, store.AddNode(LayoutStyle.Default with { Width = Length.Points(7.7f), Height = Length.Points(7.7f), Position = Position.Relative }));
        }

        return (store, root, lines);
    }
    private static void AssertSameAsColdLayout(LayoutTreeStore store, int root, Size viewport, string what) =>
        ColdLayout.AssertSame(store, root, viewport, Dpr, what);

    private static int RoundedBoxes => LayoutScratch.Current.RoundedBoxes;

    [Fact]
    public void A_leaf_change_that_moves_nothing_else_rounds_only_its_own_card()
    {
        var (store, root, lines) = Feed(100);
        store.Compute(root, Viewport, Dpr);
        Assert.Equal(store.Count, RoundedBoxes);

        var line = lines[101];
        store.SetStyle(line, store.GetStyle(line) with { Width = Length.Points(80.9f) });
        store.Compute(root, Viewport, Dpr);

        // The root, the 100 cards (children of the re-laid-out list), the changed card's 3 children and its 2 lines.
        Assert.Equal(1 + 100 + 3 + 2, RoundedBoxes);
        AssertSameAsColdLayout(store, root, Viewport, "one line wider");
    }

    [Fact]
    public void A_change_that_moves_later_cards_by_a_fraction_of_a_pixel_rounds_them_again()
    {
        var (store, root, lines) = Feed(100);
        store.Compute(root, Viewport, Dpr);

        // Card 50 grows by 0.4 px: every later card moves down by 0.4 px and rounds its children anew.
        var card = store.Parent(store.Parent(lines[100]));
        store.SetStyle(card, store.GetStyle(card) with { Height = Length.Points(41.1f) });
        store.Compute(root, Viewport, Dpr);

        Assert.True(RoundedBoxes > 49 * 6, $"{RoundedBoxes} boxes rounded");
        AssertSameAsColdLayout(store, root, Viewport, "card 50 taller");
    }

    [Fact]
    public void A_new_viewport_or_pixel_ratio_rounds_every_box()
    {
        var (store, root, _) = Feed(20);
        store.Compute(root, Viewport, Dpr);
        store.Compute(root, new Size(375, 700), Dpr);
        Assert.Equal(store.Count, RoundedBoxes);
        store.Compute(root, new Size(375, 700), 2);
        Assert.Equal(store.Count, RoundedBoxes);
    }

    [Fact]
    public void Seeded_random_changes_leave_every_box_as_a_fresh_layout_would()
    {
        var random = new Random(7);
        var (store, root, _) = Feed(30);

        // Absolute and fixed boxes (laid out by the walks that skip) and a hidden card.
        var absolute = store.AddNode(LayoutStyle.Default with { Position = Position.Absolute, InsetTop = Length.Points(5.5f), Width = Length.Points(20.2f), Height = Length.Points(9.9f) });
        store.AppendChild(store.GetChild(store.GetChild(root, 3), 1), absolute);
        var fixedBox = store.AddNode(LayoutStyle.Default with { Position = Position.Fixed, InsetBottom = Length.Points(0), Width = Length.Percent(0.5f), Height = Length.Points(44.4f) });
        store.AppendChild(store.GetChild(root, 7), fixedBox);
        var viewport = Viewport;
        store.Compute(root, viewport, Dpr);
        AssertSameAsColdLayout(store, root, viewport, "first pass");

        for (var step = 0; step < 200; step++)
        {
            var node = random.Next(store.Count);
            var style = store.GetStyle(node);
            var what = random.Next(6);
            switch (what)
            {
                case 0: style.Width = Length.Points(10 + (random.Next(400) / 7f)); break;
                case 1: style.MarginTop = Length.Points(random.Next(30) / 3f); break;
                case 2: style.PaddingLeft = Length.Points(random.Next(20) / 6f); break;
                case 3: style.Display = style.Display == Display.None ? Display.Flex : Display.None; break;
                case 4: style.Position = style.Position == Position.Relative ? Position.Static : Position.Relative; break;
                default: viewport = new Size(viewport.Width + 0.5f, viewport.Height); break;
            }

            store.SetStyle(node, style);
            store.Compute(root, viewport, Dpr);
            AssertSameAsColdLayout(store, root, viewport, $"step {step}: change {what} on node {node}");
        }
    }
}
