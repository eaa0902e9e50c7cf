using System;
using Sparrow.Core;

namespace Sparrow.Gpu;

/// <summary>
/// Decodes an image file's bytes by its signature (not its extension) to straight-alpha RGBA.
/// Thread-safe and GPU-free: run it off the render thread (<see cref="ImageDecodeQueue"/>).
/// PNG, baseline JPEG, WebP and the first frame of GIF are decoded; progressive JPEG is reported as
/// not supported yet (SP8005).
/// </summary>
public static class ImageDecoder
{
    public static RgbaImage? TryDecode(ReadOnlySpan<byte> data, string file, out Diagnostic? diagnostic)
    {
        if (PngDecoder.IsPng(data))
        {
            return PngDecoder.TryDecode(data, file, out diagnostic);
        }

        if (WebPDecoder.IsWebP(data))
        {
            return WebPDecoder.TryDecode(data, file, out diagnostic);
        }

        if (GifDecoder.IsGif(data))
        {
            return GifDecoder.TryDecode(data, file, out diagnostic);
        }

        if (JpegDecoder.IsJpeg(data))
        {
            return JpegDecoder.TryDecode(data, file, out diagnostic);
        }

        diagnostic = Diagnostic.Error(GpuDiagnosticCodes.ImageDecodeFailed, "Not a PNG, JPEG, GIF or WebP image.", SourceLocation.InFile(file));
        return null;
    }
}
