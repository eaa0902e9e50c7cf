using System;
using System.Runtime.CompilerServices;

namespace Sparrow.Layout;

/// <summary>
/// Absolutely positioned boxes (CSS 2 §10.3.7 and §10.6.4, css-position-3 §4): sized from their insets
/// or shrink-to-fit, placed against the padding box of their containing block. Fixed boxes use the
/// viewport; <see cref="LayoutEngine"/> lays them out after the main pass and makes them parent-relative.
/// </summary>
internal static class AbsoluteLayout
{
    public static void Layout<TTree>(ref TTree tree, int child, Size2 containerSize, Edges border, in StaticPosition sp, ref LayoutOutput parentOutput)
        where TTree : struct, ILayoutTree
    {
        ref readonly var s = ref tree.Style(child);
        if (s.Position == Position.Fixed)
        {
            containerSize = LayoutScratch.Current.Viewport;
            border = default;
        }

        // Insets, sizes and margins resolve against the padding box of the containing block.
        var box = new Size2(containerSize.Width - border.Horizontal, containerSize.Height - border.Vertical);
        var padding = Edges.Padding(s, box.Width);
        var bord = Edges.Border(s, box.Width);
        var pb = (padding + bord).Sum;
        var margin = Edges.Margin(s, box.Width);
        var inset = Edges.Inset(s, box.Width, box.Height);
        var sizes = StyleSizes.Resolve(s, box, pb);
        var min = sizes.Min.Max(pb);
        var known = sizes.Size.Clamp(min, sizes.Max);

        // §10.3.7: with left, right and width… "solve for width" when width is auto and both insets are set.
        if (float.IsNaN(known.Width) && Floats.Has(inset.Left) && Floats.Has(inset.Right))
        {
            known.Width = Math.Max(box.Width - margin.Horizontal - inset.Left - inset.Right, 0);
            known = known.ApplyAspectRatio(s.AspectRatio).Clamp(min, sizes.Max);
        }

        if (float.IsNaN(known.Height) && Floats.Has(inset.Top) && Floats.Has(inset.Bottom))
        {
            known.Height = Math.Max(box.Height - margin.Vertical - inset.Top - inset.Bottom, 0);
            known = known.ApplyAspectRatio(s.AspectRatio).Clamp(min, sizes.Max);
        }

        // Shrink-to-fit against the space the insets leave (§10.3.7 "available width").
        var available = new Size2(
            box.Width - Floats.Or(inset.Left, 0) - Floats.Or(inset.Right, 0) - margin.Horizontal,
            box.Height - Floats.Or(inset.Top, 0) - Floats.Or(inset.Bottom, 0) - margin.Vertical);
        var output = LayoutEngine.ComputeChild(ref tree, child, new LayoutInput(known, box, available, RunMode.PerformLayout, SizingMode.ContentSize));
        var size = known.Or(output.Size).Clamp(min, sizes.Max);

        // Auto margins absorb the free space only when both insets are set (§10.3.7, §10.6.4).
        if (Floats.Has(inset.Left) && Floats.Has(inset.Right))
        {
            var free = box.Width - inset.Left - inset.Right - size.Width - margin.Horizontal;
            ResolveAutoMargins(s.MarginLeft.IsAuto, s.MarginRight.IsAuto, free, ref margin.Left, ref margin.Right);
        }

        if (Floats.Has(inset.Top) && Floats.Has(inset.Bottom))
        {
            var free = box.Height - inset.Top - inset.Bottom - size.Height - margin.Vertical;
            ResolveAutoMargins(s.MarginTop.IsAuto, s.MarginBottom.IsAuto, free, ref margin.Top, ref margin.Bottom);
        }

        var x = Floats.Has(inset.Left)
            ? border.Left + inset.Left + margin.Left
            : Floats.Has(inset.Right)
                ? containerSize.Width - border.Right - inset.Right - margin.Right - size.Width
                : sp.StartX + (sp.FactorX * (sp.SpaceX - size.Width - margin.Horizontal)) + margin.Left;
        var y = Floats.Has(inset.Top)
            ? border.Top + inset.Top + margin.Top
            : Floats.Has(inset.Bottom)
                ? containerSize.Height - border.Bottom - inset.Bottom - margin.Bottom - size.Height
                : sp.StartY + (sp.FactorY * (sp.SpaceY - size.Height - margin.Vertical)) + margin.Top;

        output.Width = size.Width;
        output.Height = size.Height;
        LayoutEngine.Place(ref tree, child, x, y, output, margin, box.Width);

        // Absolutely positioned descendants extend the scrollable overflow too (css-overflow-3 §2.2).
        if (s.Position == Position.Absolute)
        {
            parentOutput.ContentWidth = Math.Max(parentOutput.ContentWidth, x + size.Width - border.Left);
            parentOutput.ContentHeight = Math.Max(parentOutput.ContentHeight, y + size.Height - border.Top);
        }
    }

    /// <summary>
    /// css-position-3 §2.1: the containing block of an absolutely positioned box is its nearest
    /// positioned ancestor. Called by such an ancestor after its own layout: walks down through static
    /// in-flow descendants and lays out their absolute children against this padding box, then makes
    /// their positions relative to their parents again.
    /// </summary>
    public static void LayoutDescendants<TTree>(ref TTree tree, int containingBlock, Size2 size, Edges border, ref LayoutOutput output)
        where TTree : struct, ILayoutTree
    {
        var count = tree.ChildCount(containingBlock);
        for (var i = 0; i < count; i++)
        {
            var child = tree.GetChild(containingBlock, i);
            ref readonly var s = ref tree.Style(child);
            if (s.Display != Display.None && s.Position == Position.Static && tree.ChildCount(child) > 0)
            {
                ref readonly var r = ref tree.Layout(child);
                if (Walk(ref tree, child, r.X, r.Y, size, border, ref output, 1))
                {
                    tree.Cache(child).MarkWritten(LayoutScratch.Current.Pass);
                }
            }
        }
    }

    /// <summary>
    /// Lays out the absolute children of <paramref name="node"/> and of its static descendants against a containing
    /// block at (-offsetX, -offsetY) from it. Returns whether it laid out any, and stamps the static boxes it went
    /// through then, so that the rounding walk finds them. With <paramref name="skipUntouched"/> (the initial
    /// containing block in the viewport of the last pass, where offsets are the positions the rounding walk
    /// remembers), a static subtree this pass did not touch, at the position of the last pass, is skipped: its
    /// absolute boxes would be laid out from the same inputs again.
    /// </summary>
    public static bool Walk<TTree>(ref TTree tree, int node, float offsetX, float offsetY, Size2 size, Edges border, ref LayoutOutput output, int depth, bool skipUntouched = false)
        where TTree : struct, ILayoutTree =>
        WalkChildren(ref tree, node, offsetX, offsetY, size, border, ref output, depth, skipUntouched, LayoutScratch.Current.Pass);

    private static bool WalkChildren<TTree>(ref TTree tree, int node, float offsetX, float offsetY, Size2 size, Edges border, ref LayoutOutput output, int depth, bool skipUntouched, uint pass)
        where TTree : struct, ILayoutTree
    {
        if (depth > LayoutEngine.MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            // Deeper boxes were not laid out (LayoutEngine.MaxDepth): they have no absolute children to place.
            return false;
        }

        var any = false;
        var count = tree.ChildCount(node);
        for (var i = 0; i < count; i++)
        {
            var child = tree.GetChild(node, i);
            ref readonly var s = ref tree.Style(child);
            if (s.Display == Display.None)
            {
                continue;
            }

            if (s.Position == Position.Absolute)
            {
                ref readonly var e = ref tree.Edges(child);
                var sp = new StaticPosition(offsetX + e.StaticX, 0, 0, offsetY + e.StaticY, 0, 0);
                Layout(ref tree, child, size, border, sp, ref output);
                ref var r = ref tree.Layout(child);
                r.X -= offsetX;
                r.Y -= offsetY;
                any = true;
            }
            else if (s.Position == Position.Static && tree.ChildCount(child) > 0)
            {
                ref readonly var r = ref tree.Layout(child);
                var x = offsetX + r.X;
                var y = offsetY + r.Y;
                if (skipUntouched && !tree.Cache(child).WasWritten(pass) && tree.Cache(child).IsAt(x, y))
                {
                    continue;
                }

                if (WalkChildren(ref tree, child, x, y, size, border, ref output, depth + 1, skipUntouched, pass))
                {
                    tree.Cache(child).MarkWritten(pass);
                    any = true;
                }
            }
        }

        return any;
    }

    private static void ResolveAutoMargins(bool startAuto, bool endAuto, float free, ref float start, ref float end)
    {
        if (startAuto && endAuto)
        {
            // §10.3.7: "unless this would make them negative, in which case … solve for" the end margin.
            start = Math.Max(free / 2, 0);
            end = free - start + 0;
        }
        else if (startAuto)
        {
            start = free;
        }
        else if (endAuto)
        {
            end = free;
        }
    }
}
