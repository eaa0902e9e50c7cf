using System;

namespace Sparrow.Dom;

/// <summary>
/// Dirty bits, one column per node. A <c>…Dirty</c> bit says the node itself must be redone in that
/// stage; the matching <c>Descendant…</c> bit, set on every ancestor, lets a stage skip clean
/// subtrees without visiting them (as Chromium's ChildNeedsStyleRecalc and Yoga's dirty propagation do).
/// </summary>
[Flags]
public enum NodeFlags : ushort
{
    None = 0,
    StyleDirty = 1 << 0,
    DescendantStyleDirty = 1 << 1,
    LayoutDirty = 1 << 2,
    DescendantLayoutDirty = 1 << 3,
    PaintDirty = 1 << 4,
    DescendantPaintDirty = 1 << 5,

    /// <summary>
    /// A selector input (class, id, attribute, style scope, position among siblings) changed; the
    /// style stage turns this into <see cref="StyleDirty"/> on exactly the nodes its invalidation
    /// sets name, by reading <see cref="NodeStore.StyleChanges"/>.
    /// </summary>
    SelectorInputsChanged = 1 << 6,

    AllDirty = StyleDirty | LayoutDirty | PaintDirty,
}
