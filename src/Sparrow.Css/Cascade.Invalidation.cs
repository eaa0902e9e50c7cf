using Sparrow.Dom;

namespace Sparrow.Css;

public sealed partial class Cascade
{
    /// <summary>Turns the store's change log into StyleDirty bits on exactly the elements the invalidation sets name.</summary>
    private void Invalidate(NodeStore store)
    {
        var sets = _invalidation!;
        var changes = store.StyleChanges;

        // Indexed, not foreach: an interface enumerator would allocate on every frame.
        for (var i = 0; i < changes.Count; i++)
        {
            var change = changes[i];
            if (!store.IsLive(change.Node))
            {
                continue;
            }

            var n = change.Node.Index;
            switch (change.Kind)
            {
                case StyleChangeKind.ClassAdded:
                case StyleChangeKind.ClassRemoved:
                case StyleChangeKind.ClassesCleared:
                    Run(store, n, sets.ForClass(change.Name));
                    break;
                case StyleChangeKind.IdChanged:
                    Run(store, n, change.Name.IsEmpty ? null : sets.ForId(change.Name));
                    Run(store, n, change.Other.IsEmpty ? null : sets.ForId(change.Other));
                    break;
                case StyleChangeKind.AttributeChanged:
                    Run(store, n, sets.ForAttribute(change.Name));
                    break;
                case StyleChangeKind.StyleScopeChanged:
                case StyleChangeKind.Inserted:
                    store.MarkDirty(n, NodeFlags.StyleDirty);
                    _forceSubtree.Add(n);
                    break;
                case StyleChangeKind.ChildrenChanged:
                    if (sets.Structural)
                    {
                        store.MarkDirty(n, NodeFlags.StyleDirty);
                        for (var c = store.FirstChild[n]; c >= 0; c = store.NextSibling[c])
                        {
                            if (SelectorMatcher.IsElement(store, c))
                            {
                                store.MarkDirty(c, NodeFlags.StyleDirty);
                                if (sets.StructuralSubtree)
                                {
                                    _forceSubtree.Add(c);
                                }
                            }
                        }
                    }

                    break;
            }
        }
    }

    private void Run(NodeStore store, int node, InvalidationSet? set)
    {
        if (set is null)
        {
            return;
        }

        if (set.Self)
        {
            store.MarkDirty(node, NodeFlags.StyleDirty);
        }

        if (set.HasDescendants)
        {
            InvalidateDescendants(store, node, set);
        }

        if (set.Siblings)
        {
            for (var s = SelectorMatcher.NextElement(store, node); s >= 0; s = SelectorMatcher.NextElement(store, s))
            {
                store.MarkDirty(s, NodeFlags.StyleDirty);
                if (set.SiblingSubtrees)
                {
                    _forceSubtree.Add(s);
                }
            }
        }
    }

    /// <summary>Marks the descendants of <paramref name="root"/> the set names; a pre-order walk over the links, no recursion.</summary>
    private static void InvalidateDescendants(NodeStore store, int root, InvalidationSet set)
    {
        var node = store.FirstChild[root];
        while (node >= 0)
        {
            if (SelectorMatcher.IsElement(store, node) && (set.WholeSubtree || set.DescendantTags.Contains(store.Tag[node])
                || (!store.Id[node].IsEmpty && set.DescendantIds.Contains(store.Id[node])) || HasAnyClass(store, node, set)))
            {
                store.MarkDirty(node, NodeFlags.StyleDirty);
            }

            if (store.FirstChild[node] >= 0)
            {
                node = store.FirstChild[node];
                continue;
            }

            while (node != root && store.NextSibling[node] < 0)
            {
                node = store.Parent[node];
            }

            node = node == root ? -1 : store.NextSibling[node];
        }
    }

    private static bool HasAnyClass(NodeStore store, int node, InvalidationSet set)
    {
        if (set.DescendantClasses.Count == 0)
        {
            return false;
        }

        foreach (var c in store.Classes(node))
        {
            if (set.DescendantClasses.Contains(c.Name))
            {
                return true;
            }
        }

        return false;
    }
}
