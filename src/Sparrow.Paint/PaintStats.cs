namespace Sparrow.Paint;

/// <summary>Counts from the last <see cref="Painter.BuildScene{TTree}"/>, for stats and tests.</summary>
public readonly record struct PaintStats(
    int Boxes,
    int StackingContexts,
    int Culled,
    int Glyphs,
    int GlyphsRasterized,
    int GlyphsDropped,
    int ImagesPending);
