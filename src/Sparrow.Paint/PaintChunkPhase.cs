namespace Sparrow.Paint;

/// <summary>
/// Which run of a box's painting a cached chunk holds. CSS 2.1 Appendix E paints a stacking context
/// in one run, but an ordinary block subtree in two (its backgrounds in step 3, its inline content in
/// step 5), each of them contiguous.
/// </summary>
internal enum PaintChunkPhase
{
    /// <summary>A stacking context, or a positioned box with z-index auto, painted whole.</summary>
    Context = 0,

    /// <summary>Step 3: the box's own background and borders and its in-flow block descendants'.</summary>
    Block = 1,

    /// <summary>Step 5: the box's inline content (text, atomic inlines).</summary>
    Inline = 2,
}
