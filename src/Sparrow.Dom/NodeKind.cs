namespace Sparrow.Dom;

/// <summary>What a slot of the <see cref="NodeStore"/> holds. <see cref="Free"/> marks a slot on the free list.</summary>
public enum NodeKind : byte
{
    Free = 0,

    /// <summary>The page root glass-easel's <c>getRootNode()</c> returns; created with the store, never released.</summary>
    Root = 1,

    /// <summary>An element: a built-in component (<c>view</c>, <c>text</c>, …) or a component host.</summary>
    Element = 2,

    /// <summary>A text node; it has content, no children, no classes and no style of its own.</summary>
    Text = 3,

    /// <summary>
    /// A detached list glass-easel builds and then moves as a whole with <c>spliceAppend</c> /
    /// <c>spliceBefore</c>; it never appears in the connected tree.
    /// </summary>
    Fragment = 4,

    /// <summary>
    /// A component with <c>virtualHost: true</c>: it is in the tree and can carry classes, but it
    /// generates no box; its children are laid out as children of its parent (like <c>display: contents</c>).
    /// </summary>
    VirtualHost = 5,
}
