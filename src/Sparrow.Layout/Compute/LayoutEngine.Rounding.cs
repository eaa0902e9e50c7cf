using System;
using Sparrow.Core;

namespace Sparrow.Layout;

/// <summary>The pass after layout: fixed boxes made parent-relative, then pixel snapping.</summary>
public static partial class LayoutEngine
{
    /// <summary>
    /// Walks the subtree with absolute offsets. <c>position: fixed</c> boxes are laid out here, against
    /// the viewport (css-position-3 §2.1), once their parent's absolute offset is known; their parents
    /// only recorded the static position. Doing it in this pass, every pass, keeps it independent of
    /// which ancestors the cache skipped. Then each box's absolute edges are rounded to device pixels and the rounded box is stored
    /// relative to the parent's rounded box: as in Chromium's pixel snapping, two boxes that touch
    /// before rounding still touch after it, and a box's rounded size may differ from its rounded width.
    /// </summary>
    private static void FixupAndRound<TTree>(ref TTree tree, int node, float parentX, float parentY, float parentRoundedX, float parentRoundedY, float dpr)
        where TTree : struct, ILayoutTree
    {
        ref readonly var style = ref tree.Style(node);
        if (style.Display == Display.None)
        {
            // Whatever the algorithm skipped (hidden inline children, say), nothing here has a box.
            tree.Layout(node) = default;
            HideSubtree(ref tree, node);
            return;
        }

        if (style.Position == Position.Fixed)
        {
            ref readonly var s = ref tree.Layout(node);
            var sp = new StaticPosition(parentX + s.StaticX, 0, 0, parentY + s.StaticY, 0, 0);
            var ignored = LayoutOutput.Hidden;
            AbsoluteLayout.Layout(ref tree, node, LayoutScratch.Current.Viewport, default, sp, ref ignored);
            tree.Layout(node).X -= parentX;
            tree.Layout(node).Y -= parentY;
        }

        ref var r = ref tree.Layout(node);

        var x = parentX + r.X;
        var y = parentY + r.Y;
        var left = Snap(x, dpr);
        var top = Snap(y, dpr);
        r.Rounded = new Rect(left - parentRoundedX, top - parentRoundedY, Snap(x + r.Width, dpr) - left, Snap(y + r.Height, dpr) - top);

        var count = tree.ChildCount(node);
        for (var i = 0; i < count; i++)
        {
            FixupAndRound(ref tree, tree.GetChild(node, i), x, y, left, top, dpr);
        }
    }

    private static float Snap(float v, float dpr) => MathF.Round(v * dpr, MidpointRounding.AwayFromZero) / dpr;
}
