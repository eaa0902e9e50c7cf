namespace Sparrow.Dom;

/// <summary>What changed about a node's selector inputs; see <see cref="StyleChange"/>.</summary>
public enum StyleChangeKind : byte
{
    ClassAdded,
    ClassRemoved,

    /// <summary><c>clearClasses()</c>: every class went; the style stage invalidates as for each old class.</summary>
    ClassesCleared,
    IdChanged,
    AttributeChanged,
    StyleScopeChanged,

    /// <summary>The node's child list changed: <c>:empty</c>, <c>:nth-child</c>, <c>+</c> and <c>~</c> may match differently.</summary>
    ChildrenChanged,

    /// <summary>The node was inserted into the tree: it and its subtree need a full style.</summary>
    Inserted,
}
