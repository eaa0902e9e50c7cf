using System;
using System.Collections.Generic;
using Sparrow.Core;
using Sparrow.Gpu;
using Sparrow.Package;
using Sparrow.Paint;
using Sparrow.Scene;

namespace Sparrow.Host.Capture;

/// <summary>
/// Paint's images from a capture: a URL resolves against the page's folder as in the live page,
/// the captured bytes are decoded on first use and uploaded at once (a replay has nothing else to
/// wait for). An image not in the capture is one warning and stays empty, as a missing package
/// file does live. Render thread only.
/// </summary>
public sealed class CaptureImageSource : IImageSource, IDisposable
{
    private readonly IReadOnlyDictionary<string, byte[]> _images;
    private readonly GlesRenderer _renderer;
    private readonly IDiagnosticSink _diagnostics;
    private readonly Dictionary<string, (bool Ready, TextureId Texture, int Width, int Height)> _loaded = new(StringComparer.Ordinal);

    public CaptureImageSource(IReadOnlyDictionary<string, byte[]> images, GlesRenderer renderer, string baseDirectory, IDiagnosticSink diagnostics)
    {
        _images = images;
        _renderer = renderer;
        _diagnostics = diagnostics;
        BaseDirectory = baseDirectory;
    }

    /// <summary>The folder relative URLs resolve against (the page's, e.g. <c>/pages/index</c>).</summary>
    public string BaseDirectory { get; }

    /// <summary>Network and data URLs: never package files, so never captured.</summary>
    public static bool IsRemote(string url) =>
        url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("data:", StringComparison.OrdinalIgnoreCase);

    public bool TryGetImage(string url, out TextureId texture, out int width, out int height)
    {
        if (!_loaded.TryGetValue(url, out var entry))
        {
            entry = Load(url);
            _loaded[url] = entry;
        }

        (texture, width, height) = (entry.Texture, entry.Width, entry.Height);
        return entry.Ready;
    }

    public void Dispose()
    {
        foreach (var entry in _loaded.Values)
        {
            if (entry.Ready)
            {
                _renderer.DeleteTexture(entry.Texture);
            }
        }

        _loaded.Clear();
    }

    private (bool, TextureId, int, int) Load(string url)
    {
        var path = IsRemote(url) ? null : PackagePaths.Combine(BaseDirectory, url);
        if (path is null || !_images.TryGetValue(path, out var bytes))
        {
            _diagnostics.Report(Diagnostic.Warning(HostDiagnosticCodes.ImageNotLoaded, $"image '{(url.Length <= 80 ? url : url[..80] + "…")}' is not in the capture", SourceLocation.InFile(path ?? url)));
            return default;
        }

        var image = ImageDecoder.TryDecode(bytes, path, out var diagnostic);
        if (image is null)
        {
            if (diagnostic is not null)
            {
                _diagnostics.Report(diagnostic);
            }

            return default;
        }

        return (true, _renderer.CreateTexture(image), image.Width, image.Height);
    }
}
