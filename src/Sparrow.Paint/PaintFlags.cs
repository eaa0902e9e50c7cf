using System;

namespace Sparrow.Paint;

/// <summary>What the pre-pass learned about a box for this frame (see <c>Painter.Collect</c>).</summary>
[Flags]
internal enum PaintFlags : ushort
{
    None = 0,

    /// <summary>A text node: no style row of its own, it paints with its element's.</summary>
    TextNode = 1 << 0,

    /// <summary><c>tree.Text(node)</c> is not null: the box is a text leaf.</summary>
    HasText = 1 << 1,

    /// <summary>position is not static.</summary>
    Positioned = 1 << 2,

    Fixed = 1 << 3,

    /// <summary>Establishes a stacking context (root, z-index on a positioned box or flex item, fixed, opacity &lt; 1, transform).</summary>
    StackingContext = 1 << 4,

    /// <summary>Painted by its stacking context's z-ordered phases, not where the flow walk meets it: positioned boxes and stacking contexts.</summary>
    LayerChild = 1 << 5,

    /// <summary>overflow other than visible on some axis: children are clipped to the padding box.</summary>
    Clips = 1 << 6,

    /// <summary>Inline-level (text, inline, inline-block…): painted atomically in the inline-content phase.</summary>
    InlineLevel = 1 << 7,

    /// <summary>visibility: hidden or collapse: the box paints nothing of its own (children may).</summary>
    Hidden = 1 << 8,

    /// <summary>The image component: its picture is replaced content.</summary>
    Image = 1 << 9,

    /// <summary>Clips only horizontally (overflow-y: visible with overflow-x: clip).</summary>
    ClipXOnly = 1 << 10,

    /// <summary>Clips only vertically.</summary>
    ClipYOnly = 1 << 11,

    /// <summary>Has a transform: its ink, in its parent's space, is not known before the transform is parsed.</summary>
    Transformed = 1 << 12,
}
