using System;

namespace Sparrow.Layout;

/// <summary>
/// Re-layout of a large multi-line container after some of its items changed: only the lines holding them are
/// laid out again, when what the algorithm decided for the other lines provably stays the same. Not a step of
/// §9; it replays the steps for a few lines. Chromium keeps a comparable per-line result for its flex
/// relayout; Yoga and Taffy lay the whole container out again.
/// </summary>
internal static partial class FlexLayout
{
    /// <summary>
    /// Starts a memo for a full layout when the container is one the memo can serve: multi-line, with a main
    /// size definite from its input or style (so the lines never change the container's main size), at least
    /// <see cref="FlexLineMemo.MinItems"/> items, and every child an in-flow item of order 0 (so item i is
    /// child i). Otherwise drops any earlier memo, which no longer describes the items' boxes.
    /// </summary>
    private static FlexLineMemo? BeginMemo<TTree>(ref TTree tree, int node, in LayoutInput input, in FlexContext ctx, Span<FlexItem> items, Span<FlexLine> lines)
        where TTree : struct, ILayoutTree
    {
        ref var cache = ref tree.Cache(node);
        var count = tree.ChildCount(node);
        var eligible = ctx.Wrap && lines.Length > 1 && items.Length >= FlexLineMemo.MinItems && items.Length == count
            && Floats.Has(ctx.NodeOuterSize.Main(ctx.Row));
        for (var i = 0; eligible && i < items.Length; i++)
        {
            eligible = items[i].Order == 0 && items[i].Node == tree.GetChild(node, i);
        }

        if (!eligible)
        {
            if (cache.FlexLines is { } old)
            {
                old.Valid = false;
            }

            return null;
        }

        var memo = cache.FlexLines ??= new FlexLineMemo();
        memo.Begin(input, tree.Style(node), count, lines.Length);
        return memo;
    }

    /// <summary>
    /// Ends a recorded full layout: the children and their cache generations, and the container's sizes. A
    /// child whose cache is still empty (a subtree cut short by depth) would not be cleared again by a change
    /// below it, so the memo is not kept then.
    /// </summary>
    private static void FinishMemo<TTree>(ref TTree tree, int node, in FlexContext ctx, FlexLineMemo memo)
        where TTree : struct, ILayoutTree
    {
        for (var i = 0; i < memo.ChildCount; i++)
        {
            var child = tree.GetChild(node, i);
            ref readonly var cache = ref tree.Cache(child);
            if (cache.IsEmpty)
            {
                return;
            }

            memo.Children[i] = child;
            memo.Generations[i] = cache.Generation;
        }

        memo.ContainerSize = ctx.ContainerSize;
        memo.InnerContainerSize = ctx.InnerContainerSize;
        memo.Valid = true;
    }

    /// <summary>
    /// A full layout from the memo of the last one: same input, same container style, same children. Children
    /// whose cache generation moved (cleared since: they or something below them changed) mark the lines to
    /// lay out again. Those lines' items are generated, based, collected, flexed and aligned as in a full
    /// layout; the result stands only if the lines break at the same items and keep their step-8 cross
    /// sizes, since then the container's size and every other line's size, position and items are what they
    /// were, and their boxes, already written, stay. Anything else returns false before a box is written, and
    /// the caller lays the whole container out.
    /// </summary>
    private static bool TryRelayoutChangedLines<TTree>(ref TTree tree, int node, in LayoutInput input, Size2 known, StyleSizes sizes, LayoutScratch scratch, int depth, out LayoutOutput output)
        where TTree : struct, ILayoutTree
    {
        output = default;
        var memo = tree.Cache(node).FlexLines;
        var count = tree.ChildCount(node);
        ref readonly var style = ref tree.Style(node);
        if (memo is null || !memo.Matches(input, style, count))
        {
            return false;
        }

        var first = -1;
        var last = -1;
        var children = memo.Children.AsSpan(0, count);
        var generations = memo.Generations.AsSpan(0, count);
        for (var i = 0; i < children.Length; i++)
        {
            var child = tree.GetChild(node, i);
            if (child != children[i])
            {
                return false;
            }

            if (tree.Cache(child).Generation != generations[i])
            {
                first = first < 0 ? i : first;
                last = i;
            }
        }

        var ctx = ComputeContext(style, known, input.Parent, sizes, input.IndefiniteHeight);
        var available = DetermineAvailableSpace(known, input.Available, ctx);
        if (first >= 0 && !RelayoutLines(ref tree, ref ctx, available, memo, memo.LineOf(first), memo.LineOf(last), scratch, depth))
        {
            return false;
        }

        ctx.ContainerSize = memo.ContainerSize;
        ctx.InnerContainerSize = memo.InnerContainerSize;
        output = ContainerOutput(ctx, memo.Extent());
        if (style.Position != Position.Static)
        {
            // The items are all in flow, but absolute boxes further down may use this container as their containing block.
            LayoutAbsoluteChildren(ref tree, node, ctx, ref output);
        }

        scratch.ReusedFlexLayouts++;
        return true;
    }

    /// <summary>Lays lines <paramref name="a"/> to <paramref name="b"/> out again, if they still break and size as the memo says.</summary>
    private static bool RelayoutLines<TTree>(ref TTree tree, ref FlexContext ctx, Size2 available, FlexLineMemo memo, int a, int b, LayoutScratch scratch, int depth)
        where TTree : struct, ILayoutTree
    {
        var records = memo.Lines.AsSpan(a, b - a + 1);
        var start = records[0].Start;
        var end = records[^1].End;

        // The item after the last line, if any, tells whether it still starts a new line.
        var extra = end < memo.ChildCount ? 1 : 0;
        var items = scratch.Items(depth, end - start + extra);
        for (var k = 0; k < items.Length; k++)
        {
            var child = memo.Children[start + k];
            ref readonly var s = ref tree.Style(child);
            if (s.Display == Display.None || s.IsOutOfFlow || s.Order != 0)
            {
                return false;
            }

            InitItem(ref items[k], child, s, ctx);
        }

        // 3. and 5.: the same lines, breaking at the same items?
        DetermineFlexBaseSizes(ref tree, ctx, available, items);
        var lines = scratch.Lines(depth, items.Length);
        if (CollectFlexLines(ctx, available, items, lines) != records.Length + extra)
        {
            return false;
        }

        for (var k = 0; k < records.Length; k++)
        {
            if (lines[k].Start != records[k].Start - start || lines[k].Count != records[k].Count)
            {
                return false;
            }
        }

        var own = items[..(end - start)];
        lines = lines[..records.Length];

        // 4. The main size is definite (BeginMemo): no item is asked for it.
        DetermineContainerMainSize(ref tree, ref ctx, available, own, lines);

        // 6.–8.: the same cross sizes?
        foreach (ref var line in lines)
        {
            ResolveFlexibleLengths(ctx, own.Slice(line.Start, line.Count));
        }

        DetermineHypotheticalCrossSizes(ref tree, ctx, available, own);
        CalculateBaselines(ref tree, ctx, own, lines);
        CalculateLineCrossSizes(ctx, own, lines);
        for (var k = 0; k < lines.Length; k++)
        {
            if (BitConverter.SingleToInt32Bits(lines[k].CrossSize) != BitConverter.SingleToInt32Bits(records[k].NaturalCross))
            {
                return false;
            }

            // 9.: as stretched before.
            lines[k].CrossSize = records[k].Cross;
        }

        // 11.–14. within the lines, then their boxes at their old cross positions.
        DetermineUsedCrossSizes(ref tree, ctx, own, lines);
        DistributeRemainingFreeSpace(ctx, own, lines);
        ResolveCrossAxisAutoMarginsAndAlign(ctx, own, lines);
        ctx.ContainerSize = memo.ContainerSize;
        ctx.InnerContainerSize = memo.InnerContainerSize;
        for (var k = 0; k < lines.Length; k++)
        {
            ref var record = ref records[k];
            record.Extent = PlaceLine(ref tree, ctx, own.Slice(lines[k].Start, lines[k].Count), record.CrossStart, a + k == 0);
        }

        for (var i = start; i < end; i++)
        {
            memo.Generations[i] = tree.Cache(memo.Children[i]).Generation;
        }

        return true;
    }
}
