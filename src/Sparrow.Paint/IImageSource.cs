using Sparrow.Scene;

namespace Sparrow.Paint;

/// <summary>
/// Images by URL for Paint (background-image url(...) and the image component's src): the Host
/// resolves package paths and http(s) URLs, decodes off the render thread and uploads to the
/// renderer. A cold, pluggable seam, so an interface.
/// </summary>
public interface IImageSource
{
    /// <summary>
    /// The texture for <paramref name="url"/> when it is decoded and uploaded; false while it is
    /// loading, or when it failed (the source reports failures itself). Asking starts the load.
    /// </summary>
    bool TryGetImage(string url, out TextureId texture, out int width, out int height);
}
