using System.Numerics;
using Sparrow.Core;
using Sparrow.Scene;

namespace Sparrow.Paint;

/// <summary>
/// What a painted chunk left in its frame's scene, and what it was painted under: the range of the
/// display list it filled, the transform, scissor and rounded clip in force when it began, the atlas
/// tiles and images it used, and the counts it added to <see cref="PaintStats"/>.
/// </summary>
internal struct PaintChunk
{
    /// <summary>The frame that painted it (<see cref="Painter"/>'s frame counter); only the last frame's chunks replay.</summary>
    public int Frame;

    /// <summary>A glyph was dropped or an image was still loading: painting it again may give more, so it never replays.</summary>
    public bool Volatile;

    public SceneMark Start;
    public SceneMark End;
    public Matrix3x2 Transform;
    public Rect Scissor;
    public ClipMask Mask;
    public int GlyphUsesStart;
    public int GlyphUsesEnd;
    public int ImageUsesStart;
    public int ImageUsesEnd;
    public int Contexts;
    public int Culled;
    public int Glyphs;

    /// <summary>While the chunk is painted: the dropped-glyph and loading-image counts when it began.</summary>
    public int Dropped;
    public int Pending;
}
