using System.Globalization;
using System.Text;
using Sparrow.Core;

namespace Sparrow.Dom;

/// <summary>
/// The text form of a subtree, for tests and debugging: one node per line, two spaces of indent per
/// level. Elements print as <c>tag@handle #id .class:scope [attr="value"] style="…"</c>, text as
/// a quoted string, fragments as <c>#fragment</c>, virtual hosts as <c>tag (virtual)</c>.
/// With <c>flags: true</c> each line ends with its dirty bits, e.g. <c>{S L P}</c>.
/// </summary>
public static class TreeDump
{
    public static string Write(NodeStore store, bool flags = false) => Write(store, store.Root, flags);

    public static string Write(NodeStore store, NodeId root, bool flags = false)
    {
        if (!store.IsLive(root))
        {
            ThrowHelper.Argument(nameof(root), $"{root} is not a live node.");
        }

        var sb = new StringBuilder();
        WriteNode(store, root.Index, 0, flags, sb);
        return sb.ToString();
    }

    private static void WriteNode(NodeStore store, int n, int depth, bool flags, StringBuilder sb)
    {
        sb.Append(' ', depth * 2);
        var inv = CultureInfo.InvariantCulture;
        switch (store.Kind[n])
        {
            case NodeKind.Text:
                sb.Append('"').Append(Escape(store.Text(n) ?? string.Empty)).Append('"');
                break;
            case NodeKind.Fragment:
                sb.Append("#fragment");
                break;
            default:
                sb.Append(store.NameOf(store.Tag[n]));
                if (!store.StylingName[n].IsEmpty && store.StylingName[n] != store.Tag[n])
                {
                    sb.Append('(').Append(store.NameOf(store.StylingName[n])).Append(')');
                }

                if (store.Kind[n] == NodeKind.VirtualHost)
                {
                    sb.Append(" (virtual)");
                }

                break;
        }

        if (store.Handle[n] != 0)
        {
            sb.Append(inv, $" @{store.Handle[n]}");
        }

        if (!store.Id[n].IsEmpty)
        {
            sb.Append(" #").Append(store.NameOf(store.Id[n]));
        }

        if (store.StyleScope[n] >= 0)
        {
            sb.Append(inv, $" scope={store.StyleScope[n]}");
            if (store.ExtraStyleScope[n] >= 0)
            {
                sb.Append(inv, $"+{store.ExtraStyleScope[n]}");
            }

            if (store.HostStyleScope[n] >= 0)
            {
                sb.Append(inv, $" host={store.HostStyleScope[n]}");
            }
        }

        foreach (var c in store.Classes(n))
        {
            sb.Append(" .").Append(store.NameOf(c.Name));
            if (c.Scope >= 0)
            {
                sb.Append(inv, $":{c.Scope}");
            }
        }

        foreach (var a in store.Attributes(n))
        {
            sb.Append(" [").Append(store.NameOf(a.Name)).Append("=\"").Append(Escape(a.Value)).Append("\"]");
        }

        foreach (var d in store.Dataset(n))
        {
            sb.Append(" data-").Append(store.NameOf(d.Name)).Append("=\"").Append(Escape(d.Value)).Append('"');
        }

        if (store.InlineStyle(n) is { } style)
        {
            sb.Append(" style=\"").Append(Escape(style)).Append('"');
        }

        if (flags)
        {
            AppendFlags(store.Flags[n], sb);
        }

        sb.Append('\n');
        for (var c = store.FirstChild[n]; c >= 0; c = store.NextSibling[c])
        {
            WriteNode(store, c, depth + 1, flags, sb);
        }
    }

    private static void AppendFlags(NodeFlags f, StringBuilder sb)
    {
        sb.Append(" {");
        var start = sb.Length;
        void Add(NodeFlags bit, string name)
        {
            if ((f & bit) != 0)
            {
                sb.Append(sb.Length > start ? " " : string.Empty).Append(name);
            }
        }

        Add(NodeFlags.StyleDirty, "S");
        Add(NodeFlags.DescendantStyleDirty, "s");
        Add(NodeFlags.LayoutDirty, "L");
        Add(NodeFlags.DescendantLayoutDirty, "l");
        Add(NodeFlags.PaintDirty, "P");
        Add(NodeFlags.DescendantPaintDirty, "p");
        Add(NodeFlags.SelectorInputsChanged, "I");
        sb.Append('}');
    }

    private static string Escape(string s) => s.Replace("\\", "\\\\", System.StringComparison.Ordinal)
        .Replace("\"", "\\\"", System.StringComparison.Ordinal)
        .Replace("\n", "\\n", System.StringComparison.Ordinal);
}
