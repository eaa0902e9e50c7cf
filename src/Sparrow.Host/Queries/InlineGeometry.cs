using System;
using System.Collections.Generic;
using Sparrow.Core;
using Sparrow.Dom;
using Sparrow.Host.Rendering;
using Sparrow.Paint;

namespace Sparrow.Host.Queries;

/// <summary>
/// Where an inline element absorbed into a paragraph is: it has no box of its own, only fragments,
/// one per line that holds its text (<see cref="InlineFragments"/>; border boxes for an element with
/// padding, borders or margins, <see cref="InlineFragments.CollectBordered"/>); as Chromium's
/// getBoundingClientRect, its rectangle is their union. Precondition: the page's styles, layout and
/// text layout are up to date. Render thread.
/// </summary>
public static class InlineGeometry
{
    /// <summary>
    /// The union of element <paramref name="node"/>'s fragments in page coordinates, or null when it
    /// sits in no laid-out paragraph (or has no text there).
    /// </summary>
    public static Rect? PageRect(PageDocument page, int node)
    {
        ArgumentNullException.ThrowIfNull(page);
        var store = page.Store;
        var boxes = page.Boxes;
        if ((uint)node >= (uint)store.SlotCount || store.Kind[node] != NodeKind.Element || boxes.IsBox(node))
        {
            return null;
        }

        // The paragraph is the nearest ancestor box, or (an anonymous block) one of that box's children.
        var container = store.Parent[node];
        while (container >= 0 && !boxes.IsBox(container))
        {
            container = store.Parent[container];
        }

        if (container < 0)
        {
            return null;
        }

        if (Union(page, container, node) is { } own)
        {
            return own;
        }

        var tree = boxes.View;
        for (var i = 0; i < tree.ChildCount(container); i++)
        {
            if (Union(page, tree.GetChild(container, i), node) is { } inChild)
            {
                return inChild;
            }
        }

        return null;
    }

    /// <summary>The union of <paramref name="element"/>'s fragments in text leaf <paramref name="leaf"/>, in page coordinates.</summary>
    private static Rect? Union(PageDocument page, int leaf, int element)
    {
        var boxes = page.Boxes;
        var tree = boxes.View;
        if (tree.Text(leaf) is not { } layout || boxes.SpanCount(leaf) == 0)
        {
            return null;
        }

        var fragments = new List<Rect>();
        var leafElement = BoxStyle.ElementOf(page.Store, leaf, page.Root);
        if (InlineFragments.CollectBordered(page.Cascade.Styles, layout, element, fragments) == 0
            && InlineFragments.Collect(tree, page.Store, layout, leaf, leafElement, element, boxes.Measurer.DevicePixelRatio, fragments) == 0)
        {
            return null;
        }

        var x = 0f;
        var y = 0f;
        for (var n = leaf; n >= 0; n = boxes.BoxParent(n))
        {
            ref readonly var b = ref boxes.GetLayout(n);
            x += b.X;
            y += b.Y;
        }

        ref readonly var box = ref boxes.GetEdges(leaf);
        x += box.BorderLeft + box.PaddingLeft;
        y += box.BorderTop + box.PaddingTop;
        var left = float.MaxValue;
        var top = float.MaxValue;
        var right = float.MinValue;
        var bottom = float.MinValue;
        foreach (var f in fragments)
        {
            left = Math.Min(left, f.X);
            top = Math.Min(top, f.Y);
            right = Math.Max(right, f.X + f.Width);
            bottom = Math.Max(bottom, f.Y + f.Height);
        }

        return new Rect(x + left, y + top, right - left, bottom - top);
    }
}
