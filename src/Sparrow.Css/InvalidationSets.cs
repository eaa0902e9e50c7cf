using System.Collections.Generic;
using Sparrow.Core;

namespace Sparrow.Css;

/// <summary>
/// The invalidation sets of every selector in the cascade, keyed by feature. Built once per rule
/// set. Features inside <c>:not()</c>, <c>:host()</c> and <c>of S</c> count as features of the
/// compound that holds them.
/// </summary>
internal sealed class InvalidationSets
{
    private readonly Dictionary<Atom, InvalidationSet> _classes = [];
    private readonly Dictionary<Atom, InvalidationSet> _ids = [];
    private readonly Dictionary<Atom, InvalidationSet> _attributes = [];

    public InvalidationSets(IReadOnlyList<CascadeSheet> sheets)
    {
        foreach (var s in sheets)
        {
            foreach (var rule in s.Sheet.Rules)
            {
                foreach (var selector in rule.Selectors)
                {
                    Add(selector);
                }
            }
        }
    }

    /// <summary>Some selector depends on position among siblings (structural pseudo-classes, + or ~): child list changes restyle the children.</summary>
    public bool Structural { get; private set; }

    /// <summary>Such a dependency sits left of a descendant combinator: child list changes restyle the children's subtrees.</summary>
    public bool StructuralSubtree { get; private set; }

    public InvalidationSet? ForClass(Atom name) => _classes.GetValueOrDefault(name);

    public InvalidationSet? ForId(Atom name) => _ids.GetValueOrDefault(name);

    public InvalidationSet? ForAttribute(Atom name) => _attributes.GetValueOrDefault(name);

    private void Add(ComplexSelector selector)
    {
        var last = selector.Compounds.Length - 1;
        for (var i = 0; i <= last; i++)
        {
            var structural = IsStructural(selector.Compounds[i]) || (i < last && selector.Combinators[i] is Combinator.NextSibling or Combinator.SubsequentSibling);
            var hasDescendantAfter = false;
            var hasSiblingAfter = false;
            for (var k = i; k < last; k++)
            {
                if (selector.Combinators[k] is Combinator.Descendant or Combinator.Child)
                {
                    hasDescendantAfter = true;
                }
                else if (!hasDescendantAfter)
                {
                    hasSiblingAfter = true;
                }
            }

            if (structural)
            {
                Structural = true;
                StructuralSubtree |= hasDescendantAfter;
            }

            foreach (var (kind, name) in Features(selector.Compounds[i]))
            {
                var set = Get(kind, name);
                if (i == last)
                {
                    set.Self = true;
                    continue;
                }

                if (hasSiblingAfter)
                {
                    set.Siblings = true;
                    set.SiblingSubtrees |= hasDescendantAfter;
                    continue;
                }

                AddSubjectFeatures(set, selector.Subject);
            }
        }
    }

    /// <summary>Descendant invalidation names the subject's features, or the whole subtree when the subject has none to filter on.</summary>
    private static void AddSubjectFeatures(InvalidationSet set, SimpleSelector[] subject)
    {
        var any = false;
        foreach (var s in subject)
        {
            switch (s.Kind)
            {
                case SimpleSelectorKind.Class:
                    set.DescendantClasses.Add(s.Name);
                    any = true;
                    break;
                case SimpleSelectorKind.Id:
                    set.DescendantIds.Add(s.Name);
                    any = true;
                    break;
                case SimpleSelectorKind.Type:
                    set.DescendantTags.Add(s.Name);
                    any = true;
                    break;
            }

            if (any)
            {
                return;
            }
        }

        set.WholeSubtree = true;
    }

    private InvalidationSet Get(SimpleSelectorKind kind, Atom name)
    {
        var map = kind switch
        {
            SimpleSelectorKind.Class => _classes,
            SimpleSelectorKind.Id => _ids,
            _ => _attributes,
        };
        if (!map.TryGetValue(name, out var set))
        {
            map[name] = set = new InvalidationSet();
        }

        return set;
    }

    private static IEnumerable<(SimpleSelectorKind, Atom)> Features(SimpleSelector[] compound)
    {
        foreach (var s in compound)
        {
            if (s.Kind is SimpleSelectorKind.Class or SimpleSelectorKind.Id or SimpleSelectorKind.Attribute)
            {
                yield return (s.Kind, s.Name);
            }

            if (s.Inner is not null)
            {
                foreach (var inner in s.Inner)
                {
                    foreach (var c in inner.Compounds)
                    {
                        foreach (var f in Features(c))
                        {
                            yield return f;
                        }
                    }
                }
            }
        }
    }

    private static bool IsStructural(SimpleSelector[] compound)
    {
        foreach (var s in compound)
        {
            if (s.Kind is SimpleSelectorKind.FirstChild or SimpleSelectorKind.LastChild or SimpleSelectorKind.OnlyChild or SimpleSelectorKind.FirstOfType
                or SimpleSelectorKind.LastOfType or SimpleSelectorKind.OnlyOfType or SimpleSelectorKind.NthChild or SimpleSelectorKind.NthLastChild
                or SimpleSelectorKind.NthOfType or SimpleSelectorKind.NthLastOfType or SimpleSelectorKind.Empty)
            {
                return true;
            }

            if (s.Inner is not null)
            {
                foreach (var inner in s.Inner)
                {
                    foreach (var c in inner.Compounds)
                    {
                        if (IsStructural(c))
                        {
                            return true;
                        }
                    }
                }
            }
        }

        return false;
    }
}
