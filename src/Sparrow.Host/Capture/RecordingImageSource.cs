using Sparrow.Host.Rendering;
using Sparrow.Package;
using Sparrow.Paint;
using Sparrow.Scene;

namespace Sparrow.Host.Capture;

/// <summary>
/// Paint's image source for a recorded page: answers from the package's source and notes the
/// package path of every image asked for (network and data URLs are not package files and are
/// not noted).
/// </summary>
internal sealed class RecordingImageSource(PackageImageSource inner, PageRecording recording) : IImageSource
{
    public bool TryGetImage(string url, out TextureId texture, out int width, out int height)
    {
        if (!CaptureImageSource.IsRemote(url) && PackagePaths.Combine(inner.BaseDirectory, url) is { } path && !recording.ImagePaths.Contains(path))
        {
            recording.ImagePaths.Add(path);
        }

        return inner.TryGetImage(url, out texture, out width, out height);
    }
}
