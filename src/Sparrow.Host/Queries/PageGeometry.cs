using System;
using Sparrow.Core;
using Sparrow.Css;
using Sparrow.Host.Rendering;

namespace Sparrow.Host.Queries;

/// <summary>
/// Where a laid-out element is, as node queries report it. Precondition: the page's styles and
/// layout are up to date (<see cref="PageDocument.Update"/>). Render thread.
/// </summary>
public static class PageGeometry
{
    /// <summary>
    /// The border box of the element with writer handle <paramref name="handle"/> in client
    /// coordinates (page coordinates less <paramref name="scrollY"/>, except under a
    /// <c>position: fixed</c> box, which the viewport places), or null when no live element with a
    /// box has that handle. An inline element inside a paragraph has no box: its rectangle is the union
    /// of its line fragments (<see cref="InlineGeometry"/>).
    /// </summary>
    public static Rect? ClientRect(PageDocument page, int handle, float scrollY)
    {
        ArgumentNullException.ThrowIfNull(page);
        var node = SlotOf(page, handle);
        if (node < 0)
        {
            return InlineClientRect(page, handle, scrollY);
        }

        var x = 0f;
        var y = 0f;
        var fixedBox = false;
        for (var n = node; n >= 0; n = page.Boxes.BoxParent(n))
        {
            ref readonly var box = ref page.Boxes.GetLayout(n);
            x += box.X;
            y += box.Y;
            fixedBox |= n != page.Root && page.Cascade.Styles.Serialize(CssProperties.Position, n) == "fixed";
        }

        ref readonly var own = ref page.Boxes.GetLayout(node);
        return new Rect(x, fixedBox ? y : y - scrollY, own.Width, own.Height);
    }

    /// <summary>
    /// The element's scrollable extent (<c>scrollWidth</c>/<c>scrollHeight</c>): its own size, or
    /// further where a child box reaches beyond it. Elements do not scroll themselves yet (scroll-view
    /// is built elsewhere), so their scroll offsets are 0.
    /// </summary>
    public static Size ScrollExtent(PageDocument page, int handle)
    {
        ArgumentNullException.ThrowIfNull(page);
        var node = SlotOf(page, handle);
        if (node < 0)
        {
            return default;
        }

        ref readonly var own = ref page.Boxes.GetLayout(node);
        var width = own.Width;
        var height = own.Height;
        var tree = page.Boxes.View;
        for (var i = 0; i < tree.ChildCount(node); i++)
        {
            ref readonly var child = ref page.Boxes.GetLayout(tree.GetChild(node, i));
            width = Math.Max(width, child.X + child.Width);
            height = Math.Max(height, child.Y + child.Height);
        }

        return new Size(width, height);
    }

    /// <summary>The computed value of CSS property <paramref name="name"/> (kebab-case) as getComputedStyle gives it, or "" when unknown.</summary>
    public static string ComputedValue(PageDocument page, int handle, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        var node = SlotOf(page, handle);
        return node < 0 || CssProperties.Find(name) is not { } property ? string.Empty : page.Cascade.Styles.Serialize(property, node);
    }

    private static Rect? InlineClientRect(PageDocument page, int handle, float scrollY)
    {
        var id = handle <= 0 ? default : page.Store.Resolve((uint)handle);
        if (id.IsNone || InlineGeometry.PageRect(page, id.Index) is not { } rect)
        {
            return null;
        }

        var fixedBox = false;
        for (var n = page.Store.Parent[id.Index]; n >= 0 && n != page.Root; n = page.Store.Parent[n])
        {
            fixedBox |= page.Boxes.IsBox(n) && page.Cascade.Styles.Serialize(CssProperties.Position, n) == "fixed";
        }

        return fixedBox ? rect : new Rect(rect.X, rect.Y - scrollY, rect.Width, rect.Height);
    }

    /// <summary>The slot of the live element with a box that handle <paramref name="handle"/> names, else −1.</summary>
    public static int SlotOf(PageDocument page, int handle)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (handle <= 0)
        {
            return -1;
        }

        var id = page.Store.Resolve((uint)handle);
        return id.IsNone || !page.Boxes.IsBox(id.Index) ? -1 : id.Index;
    }
}
