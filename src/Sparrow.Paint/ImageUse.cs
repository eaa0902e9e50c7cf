using Sparrow.Scene;

namespace Sparrow.Paint;

/// <summary>An image a frame painted, as <see cref="IImageSource"/> answered for its URL; a replayed chunk asks again and replays only on the same answer.</summary>
internal readonly record struct ImageUse(string Url, TextureId Texture, int Width, int Height);
