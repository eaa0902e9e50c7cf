using System;
using Sparrow.Core;
using Sparrow.Dom;

namespace Sparrow.Host.Input;

/// <summary>
/// The selectors input scripts name elements by: compounds of a tag (<c>view</c>, or a component's
/// name), <c>#id</c> and <c>.class</c> (any style scope), joined by spaces (descendant). Enough to
/// point a finger at something; the full selector engine lives in Sparrow.Css, behind the cascade.
/// Entry point: <see cref="Find"/>.
/// </summary>
public static class ElementQuery
{
    /// <summary>
    /// The id as the page's WXML wrote it. glass-easel writes ids to the backend with its component's
    /// id prefix (the mini-program adapter's generator: eight hex digits and <c>--</c>); the logic side's
    /// <c>e.target.id</c> and selectors use the id without it.
    /// </summary>
    public static string LogicalId(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (id.Length <= 10 || id[8] != '-' || id[9] != '-')
        {
            return id;
        }

        for (var i = 0; i < 8; i++)
        {
            if (!char.IsAsciiHexDigitLower(id[i]))
            {
                return id;
            }
        }

        return id[10..];
    }

    /// <summary>Whether <paramref name="selector"/> is in the supported subset.</summary>
    public static bool IsValid(string selector)
    {
        ArgumentNullException.ThrowIfNull(selector);
        var parts = selector.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return false;
        }

        foreach (var part in parts)
        {
            foreach (var simple in Simples(part))
            {
                if (simple.Length <= (simple[0] is '#' or '.' ? 1 : 0) || simple.AsSpan(simple[0] is '#' or '.' ? 1 : 0).ContainsAny("#.[]:>+~*()\"'"))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// The <paramref name="index"/>-th element in document order that matches and has a box
    /// (<paramref name="hasBox"/>), or −1.
    /// </summary>
    public static int Find(NodeStore store, string selector, int index, Func<int, bool> hasBox)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(hasBox);
        var parts = selector.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var seen = 0;
        for (var node = store.Root.Index; node >= 0; node = Next(store, node))
        {
            if (store.Kind[node] == NodeKind.Element && hasBox(node) && Matches(store, parts, parts.Length - 1, node))
            {
                if (seen++ == index)
                {
                    return node;
                }
            }
        }

        return -1;
    }

    private static bool Matches(NodeStore store, string[] parts, int last, int node)
    {
        if (!MatchesCompound(store, parts[last], node))
        {
            return false;
        }

        if (last == 0)
        {
            return true;
        }

        for (var a = store.Parent[node]; a >= 0; a = store.Parent[a])
        {
            if (store.Kind[a] == NodeKind.Element && Matches(store, parts, last - 1, a))
            {
                return true;
            }
        }

        return false;
    }

    private static bool MatchesCompound(NodeStore store, string compound, int node)
    {
        foreach (var simple in Simples(compound))
        {
            var ok = simple[0] switch
            {
                '#' => !store.Id[node].IsEmpty && LogicalId(store.NameOf(store.Id[node])) == simple[1..],
                '.' => HasClass(store, node, simple[1..]),
                _ => store.NameOf(store.Tag[node]) == simple || (!store.StylingName[node].IsEmpty && store.NameOf(store.StylingName[node]) == simple),
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasClass(NodeStore store, int node, string name)
    {
        if (!store.Atoms.TryGet(name, out Atom atom))
        {
            return false;
        }

        foreach (var entry in store.Classes(node))
        {
            if (entry.Name == atom)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"view.item#a" → "view", ".item", "#a".</summary>
    private static string[] Simples(string compound)
    {
        var count = 1;
        for (var i = 1; i < compound.Length; i++)
        {
            count += compound[i] is '#' or '.' ? 1 : 0;
        }

        var result = new string[count];
        var start = 0;
        var k = 0;
        for (var i = 1; i <= compound.Length; i++)
        {
            if (i == compound.Length || compound[i] is '#' or '.')
            {
                result[k++] = compound[start..i];
                start = i;
            }
        }

        return result;
    }

    /// <summary>Pre-order successor in the node tree (fragments and virtual hosts included).</summary>
    private static int Next(NodeStore store, int node)
    {
        if (store.FirstChild[node] >= 0)
        {
            return store.FirstChild[node];
        }

        for (var n = node; n >= 0; n = store.Parent[n])
        {
            if (store.NextSibling[n] >= 0)
            {
                return store.NextSibling[n];
            }
        }

        return -1;
    }
}
