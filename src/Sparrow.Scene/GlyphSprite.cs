using System.Numerics;
using System.Runtime.InteropServices;
using Sparrow.Core;

namespace Sparrow.Scene;

/// <summary>
/// One glyph: a coverage (R8) tile of a glyph atlas page tinted with <see cref="Color"/>.
/// <see cref="AtlasRect"/> is in texels of the page <see cref="Texture"/>; <see cref="Bounds"/> is where
/// the tile lands, normally the same size in pixels at the glyph's rasterised origin.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = SizeInBytes)]
public struct GlyphSprite
{
    public const int SizeInBytes = 112;

    [FieldOffset(0)]
    public Rect Bounds;

    [FieldOffset(16)]
    public Rect AtlasRect;

    [FieldOffset(32)]
    public Color Color;

    [FieldOffset(36)]
    public TextureId Texture;

    [FieldOffset(40)]
    public Matrix3x2 Transform;

    [FieldOffset(64)]
    public ClipMask Clip;

    public static GlyphSprite Create(Rect bounds, AtlasTile tile, Color color) => new()
    {
        Bounds = bounds,
        AtlasRect = tile.Rect,
        Color = color,
        Texture = tile.Texture,
        Transform = Matrix3x2.Identity,
        Clip = ClipMask.None,
    };
}
