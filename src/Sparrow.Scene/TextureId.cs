namespace Sparrow.Scene;

/// <summary>
/// A texture the renderer owns (an image, an atlas page), named by a number so the scene holds no GPU
/// object. 0 means none. The renderer hands ids out; the scene only carries them.
/// </summary>
public readonly record struct TextureId(uint Value)
{
    public static TextureId None => default;

    public bool IsNone => Value == 0;

    public override string ToString() => IsNone ? "none" : "t" + Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
