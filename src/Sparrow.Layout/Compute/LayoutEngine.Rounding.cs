using System;
using Sparrow.Core;

namespace Sparrow.Layout;

/// <summary>The pass after layout: fixed boxes made parent-relative, then pixel snapping.</summary>
public static partial class LayoutEngine
{
    /// <summary>
    /// Walks the subtree with absolute offsets. <c>position: fixed</c> boxes are laid out here, against
    /// the viewport (css-position-3 §2.1), once their parent's absolute offset is known; their parents
    /// only recorded the static position. Then each box's absolute edges are rounded to device pixels and the
    /// rounded box is stored relative to the parent's rounded box: as in Chromium's pixel snapping, two boxes
    /// that touch before rounding still touch after it, and a box's rounded size may differ from its rounded width.
    /// <para>
    /// Unless <paramref name="full"/> (another viewport or pixel ratio than the last pass), a child is skipped
    /// when this pass neither wrote its box nor laid out anything below it and its parent sits at the unrounded
    /// absolute position of the last walk: its rounded box is a function of its own box, its parent's absolute
    /// position and its parent's rounded edges (themselves functions of that position), none of which
    /// changed, and likewise for everything below it; a fixed box in it sees the same viewport and static
    /// position. Positions are compared bit for bit: a parent moved by a whole pixel can still round its
    /// children differently in floating point.
    /// </para>
    /// </summary>
    private static void FixupAndRound<TTree>(ref TTree tree, int node, float parentX, float parentY, float parentRoundedX, float parentRoundedY, float dpr, int depth, bool full, LayoutScratch scratch)
        where TTree : struct, ILayoutTree
    {
        ref readonly var style = ref tree.Style(node);
        if (style.Display == Display.None)
        {
            // Whatever the algorithm skipped (hidden inline children, say), nothing here has a box.
            Empty(ref tree, node);
            HideSubtree(ref tree, node);
            return;
        }

        if (style.Position == Position.Fixed)
        {
            ref readonly var s = ref tree.Edges(node);
            var sp = new StaticPosition(parentX + s.StaticX, 0, 0, parentY + s.StaticY, 0, 0);
            var ignored = LayoutOutput.Hidden;
            AbsoluteLayout.Layout(ref tree, node, scratch.Viewport, default, sp, ref ignored);
            tree.Layout(node).X -= parentX;
            tree.Layout(node).Y -= parentY;
        }

        ref var r = ref tree.Layout(node);

        var x = parentX + r.X;
        var y = parentY + r.Y;
        var left = Snap(x, dpr);
        var top = Snap(y, dpr);
        r.Rounded = new Rect(left - parentRoundedX, top - parentRoundedY, Snap(x + r.Width, dpr) - left, Snap(y + r.Height, dpr) - top);
        var moved = tree.Cache(node).MoveTo(x, y) || full;
        scratch.RoundedBoxes++;

        if (!CanDescend(depth, scratch))
        {
            // The layout pass stopped here too (MaxDepth) and left the deeper boxes empty.
            return;
        }

        var count = tree.ChildCount(node);
        for (var i = 0; i < count; i++)
        {
            // Fixed boxes are laid out by this walk, so only it knows whether their layout changed; hidden
            // boxes are emptied by it. Both are rare.
            var child = tree.GetChild(node, i);
            if (moved || tree.Cache(child).WasWritten(scratch.Pass) || tree.Style(child).Display == Display.None || tree.Style(child).Position == Position.Fixed)
            {
                FixupAndRound(ref tree, child, x, y, left, top, dpr, depth + 1, full, scratch);
            }
        }
    }

    private static float Snap(float v, float dpr) => MathF.Round(v * dpr, MidpointRounding.AwayFromZero) / dpr;
}
