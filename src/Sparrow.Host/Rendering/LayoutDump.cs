using System;
using System.IO;
using System.Text.Json;
using Sparrow.Dom;

namespace Sparrow.Host.Rendering;

/// <summary>
/// The page's element boxes as JSON (<c>sparrow dump --layout</c>): every element that has a box, in
/// document order, as <c>{"tag":…,"x":…,"y":…,"width":…,"height":…,"children":[…]}</c> with the
/// border box in CSS px relative to the page's top-left at scroll 0 (fixed boxes where the viewport
/// puts them). Tags are the names <c>dump --tree</c> prints (<c>wx-view</c>, or the component's tag).
/// Text leaves are left out: their boxes are their parents' content.
/// </summary>
public static class LayoutDump
{
    public static void Write(PageDocument page, Stream output, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(page);
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = indented });
        var first = FirstElementChild(page, page.Root);

        // The page host sits in the root, which a first block's collapsed top margin moves down.
        ref readonly var root = ref page.Boxes.GetLayout(page.Root);
        WriteBox(json, page, first < 0 ? page.Root : first, first < 0 ? 0 : root.X, first < 0 ? 0 : root.Y);
        json.Flush();
    }

    public static string ToJson(PageDocument page)
    {
        using var stream = new MemoryStream();
        Write(page, stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteBox(Utf8JsonWriter json, PageDocument page, int node, float parentX, float parentY)
    {
        var store = page.Store;
        ref readonly var box = ref page.Boxes.GetLayout(node);
        var x = parentX + box.X;
        var y = parentY + box.Y;
        json.WriteStartObject();
        json.WriteString("tag", TagOf(store, node));
        json.WriteNumber("x", Round(x));
        json.WriteNumber("y", Round(y));
        json.WriteNumber("width", Round(box.Width));
        json.WriteNumber("height", Round(box.Height));
        json.WriteStartArray("children");
        var tree = page.Boxes.View;
        for (var i = 0; i < tree.ChildCount(node); i++)
        {
            var child = tree.GetChild(node, i);
            if (store.Kind[child] != NodeKind.Text)
            {
                WriteBox(json, page, child, x, y);
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The page's top element (glass-easel's page component host under the root), else −1.</summary>
    private static int FirstElementChild(PageDocument page, int node)
    {
        var tree = page.Boxes.View;
        return tree.ChildCount(node) == 1 && page.Store.Kind[tree.GetChild(node, 0)] == NodeKind.Element ? tree.GetChild(node, 0) : -1;
    }

    /// <summary>
    /// wcc's convention, as <c>dump --tree</c> prints it (recording-sink.js <c>toWcc</c>): <c>wx-</c> +
    /// the logical tag (+ the styling name for glass-easel's <c>wx-x</c> placeholders); the root is <c>wx-page</c>.
    /// </summary>
    private static string TagOf(NodeStore store, int node)
    {
        if (store.Kind[node] == NodeKind.Root)
        {
            return "wx-page";
        }

        var tag = store.NameOf(store.Tag[node]);
        return "wx-" + (tag == "wx-x" ? store.NameOf(store.StylingName[node]) : tag);
    }

    private static double Round(float value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
