using System.Numerics;
using System.Runtime.InteropServices;
using Sparrow.Core;

namespace Sparrow.Scene;

/// <summary>
/// A textured rectangle: an image (or a tile of the color atlas) with premultiplied RGBA texels.
/// <see cref="Uv"/> is normalised (0..1) over the texture, so Paint can express object-fit and
/// background positioning without knowing texture sizes in texels; with <see cref="ImageFlags.RepeatX"/>/<see cref="ImageFlags.RepeatY"/>
/// it may span several periods (one sprite for a whole tiled background). Bytes 116..128 are padding.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = SizeInBytes)]
public struct ImageSprite
{
    public const int SizeInBytes = 128;

    [FieldOffset(0)]
    public Rect Bounds;

    [FieldOffset(16)]
    public Rect Uv;

    [FieldOffset(32)]
    public TextureId Texture;

    [FieldOffset(36)]
    public float Opacity;

    [FieldOffset(40)]
    public Matrix3x2 Transform;

    [FieldOffset(64)]
    public ClipMask Clip;

    [FieldOffset(112)]
    public ImageFlags Flags;

    /// <summary>A tile of a color atlas (see <see cref="ITileAtlas"/>), e.g. a color emoji.</summary>
    public static ImageSprite Create(Rect bounds, AtlasTile tile, float opacity = 1)
    {
        var sprite = Create(bounds, tile.Texture, opacity);
        sprite.Uv = tile.Uv;
        return sprite;
    }

    public static ImageSprite Create(Rect bounds, TextureId texture, float opacity = 1) => new()
    {
        Bounds = bounds,
        Uv = new Rect(0, 0, 1, 1),
        Texture = texture,
        Opacity = opacity,
        Transform = Matrix3x2.Identity,
        Clip = ClipMask.None,
    };
}
