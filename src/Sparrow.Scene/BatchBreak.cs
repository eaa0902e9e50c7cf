namespace Sparrow.Scene;

/// <summary>
/// Why the <see cref="BatchPlanner"/> started a batch instead of adding its first primitive to an
/// earlier one: what <see cref="BatchDump"/> prints, so a page's draw calls can be traced to a cause.
/// </summary>
public enum BatchBreak : byte
{
    /// <summary>A layer boundary: a layer begins or ends (its composite is a draw of its own).</summary>
    Layer,

    /// <summary>No batch of its kind was open before it (the first of its kind, or the first inside a layer).</summary>
    FirstOfKind,

    /// <summary>The batches of its kind within reach were full: each binds <see cref="BatchPlanner.TextureSlots"/> other textures.</summary>
    Textures,

    /// <summary>The batches of its kind within reach are cut by a scissor it does not share (or it by one they do not fit).</summary>
    Scissor,

    /// <summary>A batch it could join lies further back, but one drawn in between overlaps it.</summary>
    Overlap,

    /// <summary>A batch it could join lies further back than <see cref="BatchPlanner.Lookback"/> batches.</summary>
    Lookback,
}
