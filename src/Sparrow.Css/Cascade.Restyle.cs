using System;
using System.Collections.Generic;
using Sparrow.Dom;

namespace Sparrow.Css;

public sealed partial class Cascade
{
    private readonly HashSet<int> _forceSubtree = [];
    private readonly Stack<(int Node, bool Force)> _visit = new();
    private readonly Dictionary<string, string> _declaredCustom = new(StringComparer.Ordinal);
    private readonly CssValue[] _pseudoScratch = new CssValue[CssProperties.Count];
    private int _restyled;
    private int _layoutDirtied;
    private int _paintDirtied;

    /// <summary>
    /// Walks the tree in document order (parents before children, which inherit from them),
    /// restyling elements whose StyleDirty bit is set (or all, when <paramref name="force"/>),
    /// skipping subtrees without DescendantStyleDirty, and descending into children whose
    /// inherited values changed. An explicit stack: a page's depth must not be able to overflow ours.
    /// </summary>
    private void Visit(NodeStore store, int root, bool force)
    {
        _visit.Clear();
        _visit.Push((root, force));
        while (_visit.Count > 0)
        {
            var (node, forced) = _visit.Pop();
            var flags = store.Flags[node];
            var forceChildren = forced || _forceSubtree.Contains(node);
            if (SelectorMatcher.IsElement(store, node) && (forceChildren || (flags & NodeFlags.StyleDirty) != 0))
            {
                forceChildren |= Restyle(store, node);
            }

            store.Flags[node] &= ~(NodeFlags.StyleDirty | NodeFlags.DescendantStyleDirty | NodeFlags.SelectorInputsChanged);
            if (!forceChildren && (flags & NodeFlags.DescendantStyleDirty) == 0)
            {
                continue;
            }

            // Pushed last to first, so they pop in document order.
            for (var c = store.LastChild[node]; c >= 0; c = store.PrevSibling[c])
            {
                _visit.Push((c, forceChildren));
            }
        }
    }

    /// <summary>Matches, cascades and computes one element. Returns true when a value its children inherit changed.</summary>
    private bool Restyle(NodeStore store, int node)
    {
        _restyled++;
        _candidates.Clear();
        _matched.Clear();
        _before.Clear();
        _after.Clear();
        _index!.Candidates(store, node, _candidates);
        foreach (var e in _candidates)
        {
            if (SelectorMatcher.Matches(store, e.Selector, node, e.Scope))
            {
                (e.Selector.PseudoElement switch
                {
                    PseudoElement.None => _matched,
                    PseudoElement.Before => _before,
                    PseudoElement.After => _after,
                    _ => null,
                })?.Add(e);
            }
        }

        var parent = SelectorMatcher.ParentElement(store, node);
        var root = store.Root.Index;
        var rootFontSize = node == root ? _env.DefaultFontSize : Styles.Get(CssProperties.FontSize, root).Number;
        CascadeDeclarations(_matched, InlineDeclarations(store, node));
        _parentNode = parent;
        _computer.Compute(_winners, _declaredCustom.Count > 0 ? _declaredCustom : null, _parentLookup, parent >= 0 ? Styles.CustomMap(parent) : null, rootFontSize, _computed, out var custom);

        var effects = PropertyEffects.None;
        var oldCustom = Styles.CustomMap(node);
        var customChanged = !ReferenceEquals(custom, oldCustom) && !SameMap(custom, oldCustom);
        var inheritedChanged = customChanged;
        foreach (var p in CssProperties.All)
        {
            var old = Styles.Get(p.Id, node);
            if (old != _computed[p.Id])
            {
                effects |= p.Effects;
                inheritedChanged |= p.Inherited;
                Styles.Set(p.Id, node, _computed[p.Id]);
            }
        }

        // An equal map is not replaced: descendants keep sharing the one they inherited, and the
        // computer's substitution memo (keyed by map identity) keeps hitting.
        Styles.SetCustom(node, customChanged ? custom : oldCustom);
        Styles.SetPseudo(node, PseudoElement.Before, PseudoStyle(node, PseudoElement.Before, _before, rootFontSize));
        Styles.SetPseudo(node, PseudoElement.After, PseudoStyle(node, PseudoElement.After, _after, rootFontSize));
        if ((effects & PropertyEffects.Layout) != 0)
        {
            store.MarkDirty(node, NodeFlags.LayoutDirty);
            _layoutDirtied++;
        }

        if ((effects & PropertyEffects.Paint) != 0)
        {
            store.MarkDirty(node, NodeFlags.PaintDirty);
            _paintDirtied++;
        }

        return inheritedChanged;
    }

    /// <summary>
    /// CSS Cascade 4 §6.1: precedence from low to high is UA normal, author normal, style attribute
    /// normal, author important, style attribute important, UA important; within one level,
    /// specificity then order of appearance. Later writes win, so each level is applied in order.
    /// </summary>
    private void CascadeDeclarations(List<RuleEntry> matched, List<CssDeclaration>? inline)
    {
        Array.Clear(_winners);
        _declaredCustom.Clear();
        matched.Sort(static (a, b) => a.Specificity != b.Specificity ? a.Specificity.CompareTo(b.Specificity) : a.Order.CompareTo(b.Order));
        ApplyLevel(matched, userAgent: true, important: false);
        ApplyLevel(matched, userAgent: false, important: false);
        ApplyList(inline, important: false);
        ApplyLevel(matched, userAgent: false, important: true);
        ApplyList(inline, important: true);
        ApplyLevel(matched, userAgent: true, important: true);
    }

    private void ApplyLevel(List<RuleEntry> matched, bool userAgent, bool important)
    {
        foreach (var e in matched)
        {
            if (e.UserAgent == userAgent)
            {
                foreach (var d in e.Rule.Declarations)
                {
                    Write(d, important);
                }
            }
        }
    }

    private void ApplyList(List<CssDeclaration>? list, bool important)
    {
        if (list is null)
        {
            return;
        }

        foreach (var d in list)
        {
            Write(d, important);
        }
    }

    private void Write(CssDeclaration d, bool important)
    {
        if (d.Important != important)
        {
            return;
        }

        if (d.CustomName is { } name)
        {
            _declaredCustom[name] = d.Value.Text ?? string.Empty;
        }
        else
        {
            _winners[d.Property!.Id] = d;
        }
    }

    private List<CssDeclaration>? InlineDeclarations(NodeStore store, int node)
    {
        var text = store.InlineStyle(node);
        if (text is null)
        {
            _inline.Remove(node);
            return null;
        }

        if (_inline.TryGetValue(node, out var cached) && string.Equals(cached.Text, text, StringComparison.Ordinal))
        {
            return cached.Declarations;
        }

        var list = WxssReader.ReadInlineStyle(text, _atoms, _diagnostics);
        _inline[node] = (text, list);
        return list;
    }

    /// <summary>
    /// CSS Pseudo 4 §2: ::before/::after inherit from their element and exist only when content is
    /// not none/normal. Computed into a scratch row, then copied into the box's existing row, so a
    /// restyle of an element that keeps its pseudo-element allocates nothing.
    /// </summary>
    private CssValue[]? PseudoStyle(int node, PseudoElement pseudo, List<RuleEntry> matched, float rootFontSize)
    {
        if (matched.Count == 0)
        {
            return null;
        }

        CascadeDeclarations(matched, null);
        _selfNode = node;
        _computer.Compute(_winners, _declaredCustom.Count > 0 ? _declaredCustom : null, _selfLookup, Styles.CustomMap(node), rootFontSize, _pseudoScratch, out _);
        var content = _pseudoScratch[CssProperties.Content.Id];
        if (content.IsKeyword("none") || content.IsKeyword("normal"))
        {
            return null;
        }

        var row = Styles.PseudoStyle(node, pseudo) ?? Styles.RentPseudoRow();
        _pseudoScratch.CopyTo(row, 0);
        return row;
    }

    private static bool SameMap(Dictionary<string, string>? a, Dictionary<string, string>? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        if (a.Count != b.Count)
        {
            return false;
        }

        foreach (var (k, v) in a)
        {
            if (!b.TryGetValue(k, out var w) || !string.Equals(v, w, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
