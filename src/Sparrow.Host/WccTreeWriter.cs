using System;
using System.Globalization;
using System.Text.Json.Nodes;
using Sparrow.Dom;

namespace Sparrow.Host;

/// <summary>
/// The render side's node store in the shape WeChat's official compiler prints
/// (<c>{"tag":"wx-view","attr":{…},"children":[…]}</c>, text children as strings): what
/// <c>sparrow dump --tree</c> shows, so a page can be compared with <c>wcc</c> directly.
/// </summary>
public static class WccTreeWriter
{
    /// <summary>The page: the root's first child (glass-easel's page component), or null before the first batch.</summary>
    public static JsonNode? Write(NodeStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var top = store.FirstChild[store.Root.Index];
        return top < 0 ? null : Node(store, top);
    }

    private static JsonNode Node(NodeStore store, int node)
    {
        if (store.Kind[node] == NodeKind.Text)
        {
            return JsonValue.Create(store.Text(node) ?? string.Empty);
        }

        var attr = new JsonObject();
        var id = store.Id[node];
        if (!id.IsEmpty)
        {
            // The adapter prefixes ids with an 8-hex-digit component-instance id ("1a2b3c4d--list"); wcc prints them as written.
            var text = store.NameOf(id);
            attr["id"] = text.Length > 10 && text[8] == '-' && text[9] == '-' && IsHex(text.AsSpan(0, 8)) ? text[10..] : text;
        }

        var classes = store.Classes(node);
        if (classes.Length > 0)
        {
            var names = new string[classes.Length];
            for (var i = 0; i < classes.Length; i++)
            {
                names[i] = store.NameOf(classes[i].Name);
            }

            attr["class"] = string.Join(' ', names);
        }

        if (store.InlineStyle(node) is { Length: > 0 } style)
        {
            attr["style"] = style;
        }

        foreach (var a in store.Attributes(node))
        {
            attr[store.NameOf(a.Name)] = Value(a);
        }

        foreach (var d in store.Dataset(node))
        {
            attr["data-" + Kebab(store.NameOf(d.Name))] = Value(d);
        }

        var children = new JsonArray();
        for (var child = store.FirstChild[node]; child >= 0; child = store.NextSibling[child])
        {
            children.Add(Node(store, child));
        }

        var tag = store.NameOf(store.Tag[node]);
        var name = tag == "wx-x" ? store.NameOf(store.StylingName[node]) : tag;
        return new JsonObject { ["tag"] = "wx-" + name, ["attr"] = attr, ["children"] = children };
    }

    private static JsonNode? Value(AttributeEntry entry) => entry.Kind switch
    {
        AttributeValueKind.True => JsonValue.Create(true),
        AttributeValueKind.False => JsonValue.Create(false),
        AttributeValueKind.Null => null,
        AttributeValueKind.Number => JsonValue.Create(double.Parse(entry.Value, CultureInfo.InvariantCulture)),
        _ => JsonValue.Create(entry.Value),
    };

    private static string Kebab(string camel)
    {
        var text = new System.Text.StringBuilder(camel.Length + 4);
        foreach (var c in camel)
        {
            if (char.IsAsciiLetterUpper(c))
            {
                text.Append('-').Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    private static bool IsHex(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiHexDigitLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
