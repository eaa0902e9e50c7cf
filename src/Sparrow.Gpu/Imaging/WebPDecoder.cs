using System;
using Sparrow.Core;
using Sparrow.Gpu.Interop;

namespace Sparrow.Gpu;

/// <summary>WebP (lossy, lossless, alpha; first frame of an animation) through libwebp's WebPDecodeRGBA.</summary>
public static unsafe class WebPDecoder
{
    public static bool IsWebP(ReadOnlySpan<byte> data) =>
        data.Length >= 12 && data[..4].SequenceEqual("RIFF"u8) && data.Slice(8, 4).SequenceEqual("WEBP"u8);

    public static RgbaImage? TryDecode(ReadOnlySpan<byte> data, string file, out Diagnostic? diagnostic)
    {
        diagnostic = null;
        try
        {
            fixed (byte* p = data)
            {
                int width;
                int height;
                var pixels = WebP.WebPDecodeRGBA(p, (nuint)data.Length, &width, &height);
                if (pixels == null)
                {
                    diagnostic = Diagnostic.Error(GpuDiagnosticCodes.ImageDecodeFailed, "libwebp could not decode the WebP image.", SourceLocation.InFile(file));
                    return null;
                }

                try
                {
                    var image = new RgbaImage(width, height);
                    new ReadOnlySpan<byte>(pixels, width * height * 4).CopyTo(image.Pixels);
                    return image;
                }
                finally
                {
                    WebP.WebPFree(pixels);
                }
            }
        }
        catch (DllNotFoundException)
        {
            diagnostic = Diagnostic.Error(GpuDiagnosticCodes.ImageFormatUnsupported, "WebP needs libwebp.so.7 (Debian: libwebp7).", SourceLocation.InFile(file));
            return null;
        }
    }
}
