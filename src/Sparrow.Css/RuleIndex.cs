using System.Collections.Generic;
using Sparrow.Core;

namespace Sparrow.Css;

/// <summary>
/// Rules bucketed by the most selective simple selector of their subject compound (id, then class,
/// then type, else universal), so matching an element tries only the rules that can match it (as
/// Chromium's RuleSet does). Built for one environment: rules under a non-matching @media are left out.
/// </summary>
internal sealed class RuleIndex
{
    private readonly Dictionary<Atom, List<RuleEntry>> _byId = [];
    private readonly Dictionary<Atom, List<RuleEntry>> _byClass = [];
    private readonly Dictionary<Atom, List<RuleEntry>> _byTag = [];
    private readonly List<RuleEntry> _universal = [];

    public RuleIndex(IReadOnlyList<CascadeSheet> sheets, StyleEnvironment env)
    {
        long order = 0;
        foreach (var s in sheets)
        {
            foreach (var rule in s.Sheet.Rules)
            {
                order++;
                if (!MediaMatches(rule, env))
                {
                    continue;
                }

                foreach (var selector in rule.Selectors)
                {
                    Add(new RuleEntry(rule, selector, s.Scope, s.UserAgent, selector.Specificity, order));
                    RuleCount++;
                }
            }
        }
    }

    public int RuleCount { get; }

    /// <summary>Appends to <paramref name="output"/> every entry whose bucket the element falls in.</summary>
    public void Candidates(Sparrow.Dom.NodeStore store, int node, List<RuleEntry> output)
    {
        output.AddRange(_universal);
        if (!store.Id[node].IsEmpty && _byId.TryGetValue(store.Id[node], out var ids))
        {
            output.AddRange(ids);
        }

        if (_byTag.TryGetValue(store.Tag[node], out var tags))
        {
            output.AddRange(tags);
        }

        var classes = store.Classes(node);
        for (var i = 0; i < classes.Length; i++)
        {
            // A class in two scopes (apply-shared) is one bucket: visit it once.
            var seen = false;
            for (var k = 0; k < i && !seen; k++)
            {
                seen = classes[k].Name == classes[i].Name;
            }

            if (!seen && _byClass.TryGetValue(classes[i].Name, out var list))
            {
                output.AddRange(list);
            }
        }
    }

    private static bool MediaMatches(StyleRule rule, StyleEnvironment env)
    {
        foreach (var m in rule.Media)
        {
            if (!m.Matches(env))
            {
                return false;
            }
        }

        return true;
    }

    private void Add(RuleEntry entry)
    {
        Atom id = default, cls = default, tag = default;
        foreach (var s in entry.Selector.Subject)
        {
            switch (s.Kind)
            {
                case SimpleSelectorKind.Id:
                    id = s.Name;
                    break;
                case SimpleSelectorKind.Class when cls.IsEmpty:
                    cls = s.Name;
                    break;
                case SimpleSelectorKind.Type:
                    tag = s.Name;
                    break;
            }
        }

        var (map, key) = !id.IsEmpty ? (_byId, id) : !cls.IsEmpty ? (_byClass, cls) : !tag.IsEmpty ? (_byTag, tag) : (null, default(Atom));
        if (map is null)
        {
            _universal.Add(entry);
            return;
        }

        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(entry);
    }
}
