using System;
using System.IO;
using Sparrow.Core;

namespace Sparrow.Gpu;

/// <summary>
/// Baseline (sequential, Huffman, 8-bit) JPEG after ITU-T T.81: grayscale and YCbCr with any chroma
/// subsampling (chroma upsampled bilinearly, like libjpeg's fancy upsampling), restart intervals, JFIF
/// color conversion.
/// Progressive (SOF2), arithmetic-coded, 12-bit and CMYK files are reported as unsupported (SP8005).
/// Written here instead of binding libjpeg: libjpeg's error handler must not return (it longjmps or
/// exits), which managed code cannot provide.
/// </summary>
public static partial class JpegDecoder
{
    public static bool IsJpeg(ReadOnlySpan<byte> data) => data.Length > 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF;

    public static RgbaImage? TryDecode(ReadOnlySpan<byte> data, string file, out Diagnostic? diagnostic)
    {
        diagnostic = null;
        try
        {
            var decoder = new Decoder(data.ToArray());
            var image = decoder.Decode(out var unsupported);
            if (image == null)
            {
                diagnostic = Diagnostic.Error(GpuDiagnosticCodes.ImageFormatUnsupported, unsupported!, SourceLocation.InFile(file));
            }

            return image;
        }
        catch (Exception e) when (e is InvalidDataException or IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            diagnostic = Diagnostic.Error(GpuDiagnosticCodes.ImageDecodeFailed, "Corrupt JPEG: " + e.Message, SourceLocation.InFile(file));
            return null;
        }
    }
}
