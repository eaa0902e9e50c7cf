using Sparrow.Core;

namespace Sparrow.Dom;

/// <summary>
/// One entry of the store's change log, read by the style stage's invalidation sets and cleared by
/// it. <see cref="Name"/> is the class or attribute name; for <see cref="StyleChangeKind.IdChanged"/>
/// it is the old id and <see cref="Other"/> the new one.
/// </summary>
public readonly record struct StyleChange(NodeId Node, StyleChangeKind Kind, Atom Name, Atom Other, int Scope);
