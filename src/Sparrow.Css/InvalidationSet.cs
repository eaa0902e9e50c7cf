using System.Collections.Generic;
using Sparrow.Core;

namespace Sparrow.Css;

/// <summary>
/// What a change of one feature (a class, id or attribute name) on an element can restyle, after
/// Chromium's invalidation sets (third_party/blink/renderer/core/css/invalidation/README.md): the
/// element itself, descendants that have one of the listed classes / ids / tags (or all of them),
/// and following siblings (with or without their subtrees).
/// </summary>
internal sealed class InvalidationSet
{
    public bool Self { get; set; }

    public bool WholeSubtree { get; set; }

    public HashSet<Atom> DescendantClasses { get; } = [];

    public HashSet<Atom> DescendantIds { get; } = [];

    public HashSet<Atom> DescendantTags { get; } = [];

    public bool Siblings { get; set; }

    public bool SiblingSubtrees { get; set; }

    public bool HasDescendants => WholeSubtree || DescendantClasses.Count > 0 || DescendantIds.Count > 0 || DescendantTags.Count > 0;
}
