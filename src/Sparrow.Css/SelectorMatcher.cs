using System;
using Sparrow.Dom;

namespace Sparrow.Css;

/// <summary>
/// Matches selectors against the node store, right to left (Selectors 4 §3.3; Chromium's
/// SelectorChecker works the same way). Style isolation is applied here: a class selector in a
/// sheet of style scope S matches only classes glass-easel sent with scope S (or without a scope),
/// and <c>:host</c> matches the element whose host style scope is S. A sheet with scope -1 (the UA
/// sheet, unscoped test sheets) matches classes of every scope.
/// </summary>
public static class SelectorMatcher
{
    public static bool Matches(NodeStore store, ComplexSelector selector, int node, int sheetScope)
    {
        if (!IsElement(store, node))
        {
            return false;
        }

        return MatchFrom(store, selector, selector.Compounds.Length - 1, node, sheetScope);
    }

    private static bool MatchFrom(NodeStore store, ComplexSelector selector, int index, int node, int scope)
    {
        if (!MatchesCompound(store, selector.Compounds[index], node, scope))
        {
            return false;
        }

        if (index == 0)
        {
            return true;
        }

        switch (selector.Combinators[index - 1])
        {
            case Combinator.Child:
            {
                var p = ParentElement(store, node);
                return p >= 0 && MatchFrom(store, selector, index - 1, p, scope);
            }

            case Combinator.Descendant:
                for (var p = ParentElement(store, node); p >= 0; p = ParentElement(store, p))
                {
                    if (MatchFrom(store, selector, index - 1, p, scope))
                    {
                        return true;
                    }
                }

                return false;
            case Combinator.NextSibling:
            {
                var s = PrevElement(store, node);
                return s >= 0 && MatchFrom(store, selector, index - 1, s, scope);
            }

            default:
                for (var s = PrevElement(store, node); s >= 0; s = PrevElement(store, s))
                {
                    if (MatchFrom(store, selector, index - 1, s, scope))
                    {
                        return true;
                    }
                }

                return false;
        }
    }

    public static bool MatchesCompound(NodeStore store, SimpleSelector[] compound, int node, int scope)
    {
        foreach (var s in compound)
        {
            if (!MatchesSimple(store, s, node, scope))
            {
                return false;
            }
        }

        return true;
    }

    private static bool MatchesSimple(NodeStore store, SimpleSelector s, int node, int scope)
    {
        switch (s.Kind)
        {
            case SimpleSelectorKind.Universal:
                return true;
            case SimpleSelectorKind.Type:
                return store.Tag[node] == s.Name;
            case SimpleSelectorKind.Class:
                foreach (var c in store.Classes(node))
                {
                    if (c.Name == s.Name && (scope < 0 || c.Scope < 0 || c.Scope == scope))
                    {
                        return true;
                    }
                }

                return false;
            case SimpleSelectorKind.Id:
                return store.Id[node] == s.Name;
            case SimpleSelectorKind.Attribute:
                return MatchesAttribute(store.GetAttribute(node, s.Name), s);
            case SimpleSelectorKind.Root:
                return store.Kind[node] == NodeKind.Root;
            case SimpleSelectorKind.Empty:
                for (var c = store.FirstChild[node]; c >= 0; c = store.NextSibling[c])
                {
                    if (store.Kind[c] != NodeKind.Text || !string.IsNullOrEmpty(store.Text(c)))
                    {
                        return false;
                    }
                }

                return true;
            case SimpleSelectorKind.FirstChild:
                return PrevElement(store, node) < 0;
            case SimpleSelectorKind.LastChild:
                return NextElement(store, node) < 0;
            case SimpleSelectorKind.OnlyChild:
                return PrevElement(store, node) < 0 && NextElement(store, node) < 0;
            case SimpleSelectorKind.FirstOfType:
                return Position(store, node, fromEnd: false, ofType: true, null, scope) == 1;
            case SimpleSelectorKind.LastOfType:
                return Position(store, node, fromEnd: true, ofType: true, null, scope) == 1;
            case SimpleSelectorKind.OnlyOfType:
                return Position(store, node, false, true, null, scope) == 1 && Position(store, node, true, true, null, scope) == 1;
            case SimpleSelectorKind.NthChild:
            case SimpleSelectorKind.NthLastChild:
            case SimpleSelectorKind.NthOfType:
            case SimpleSelectorKind.NthLastOfType:
            {
                if (s.Inner is not null && !MatchesAny(store, s.Inner, node, scope))
                {
                    return false;
                }

                var fromEnd = s.Kind is SimpleSelectorKind.NthLastChild or SimpleSelectorKind.NthLastOfType;
                var ofType = s.Kind is SimpleSelectorKind.NthOfType or SimpleSelectorKind.NthLastOfType;
                return NthMatches(s.A, s.B, Position(store, node, fromEnd, ofType, s.Inner, scope));
            }

            case SimpleSelectorKind.Not:
                return !MatchesAny(store, s.Inner!, node, scope);
            case SimpleSelectorKind.Is:
                return MatchesAny(store, s.Inner!, node, scope);
            case SimpleSelectorKind.Host:
                return scope >= 0 && store.HostStyleScope[node] == scope;
            case SimpleSelectorKind.HostFunction:
                return scope >= 0 && store.HostStyleScope[node] == scope && MatchesAny(store, s.Inner!, node, scope);
            default:
                return false;
        }
    }

    private static bool MatchesAny(NodeStore store, ComplexSelector[] list, int node, int scope)
    {
        foreach (var c in list)
        {
            if (c.PseudoElement == PseudoElement.None && Matches(store, c, node, scope))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>CSS Syntax 3 §6: does some n ≥ 0 give a·n + b = position?</summary>
    internal static bool NthMatches(int a, int b, int position)
    {
        if (a == 0)
        {
            return position == b;
        }

        var diff = position - b;
        return diff % a == 0 && diff / a >= 0;
    }

    /// <summary>1-based index among element siblings (of the same type, or matching <paramref name="of"/>), from the start or the end.</summary>
    private static int Position(NodeStore store, int node, bool fromEnd, bool ofType, ComplexSelector[]? of, int scope)
    {
        var index = 1;
        for (var s = fromEnd ? NextElement(store, node) : PrevElement(store, node); s >= 0; s = fromEnd ? NextElement(store, s) : PrevElement(store, s))
        {
            if (ofType ? store.Tag[s] == store.Tag[node] : of is null || MatchesAny(store, of, s, scope))
            {
                index++;
            }
        }

        return index;
    }

    private static bool MatchesAttribute(string? actual, SimpleSelector s)
    {
        if (actual is null)
        {
            return false;
        }

        var expected = s.Value ?? string.Empty;
        var cmp = s.CaseInsensitive ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return s.Match switch
        {
            AttributeMatch.Exists => true,
            AttributeMatch.Equals => string.Equals(actual, expected, cmp),
            AttributeMatch.Prefix => expected.Length > 0 && actual.StartsWith(expected, cmp),
            AttributeMatch.Suffix => expected.Length > 0 && actual.EndsWith(expected, cmp),
            AttributeMatch.Substring => expected.Length > 0 && actual.Contains(expected, cmp),
            AttributeMatch.DashMatch => string.Equals(actual, expected, cmp) || (actual.Length > expected.Length && actual[expected.Length] == '-' && actual.StartsWith(expected, cmp)),
            _ => ContainsWord(actual, expected, cmp),
        };
    }

    /// <summary>
    /// <c>~=</c>: one of the whitespace-separated words of <paramref name="actual"/> is <paramref name="word"/>.
    /// A loop over spans, not Split and a lambda: matching runs on every restyle and must not allocate.
    /// </summary>
    private static bool ContainsWord(ReadOnlySpan<char> actual, ReadOnlySpan<char> word, StringComparison cmp)
    {
        while (!actual.IsEmpty)
        {
            var end = actual.IndexOfAny(' ', '\t', '\n');
            var current = end < 0 ? actual : actual[..end];
            if (!current.IsEmpty && current.Equals(word, cmp))
            {
                return true;
            }

            actual = end < 0 ? default : actual[(end + 1)..];
        }

        return false;
    }

    internal static bool IsElement(NodeStore store, int node) => store.Kind[node] is NodeKind.Element or NodeKind.Root or NodeKind.VirtualHost;

    internal static int ParentElement(NodeStore store, int node)
    {
        var p = store.Parent[node];
        return p >= 0 && IsElement(store, p) ? p : -1;
    }

    internal static int PrevElement(NodeStore store, int node)
    {
        for (var s = store.PrevSibling[node]; s >= 0; s = store.PrevSibling[s])
        {
            if (IsElement(store, s))
            {
                return s;
            }
        }

        return -1;
    }

    internal static int NextElement(NodeStore store, int node)
    {
        for (var s = store.NextSibling[node]; s >= 0; s = store.NextSibling[s])
        {
            if (IsElement(store, s))
            {
                return s;
            }
        }

        return -1;
    }
}
