namespace Sparrow.Paint;

/// <summary>
/// Counts from the last <see cref="Painter.BuildScene{TTree}"/>, for stats and tests. With
/// <see cref="Painter.Incremental"/>, <see cref="ChunksRebuilt"/> chunks were painted and
/// <see cref="ChunksReused"/> copied from the frame before (a copied chunk's own chunks are not counted).
/// </summary>
public readonly record struct PaintStats(
    int Boxes,
    int StackingContexts,
    int Culled,
    int Glyphs,
    int GlyphsRasterized,
    int GlyphsDropped,
    int ImagesPending,
    int ChunksRebuilt = 0,
    int ChunksReused = 0);
