using System.Runtime.InteropServices;

namespace Sparrow.Gpu.Interop;

/// <summary>libwebp's simple decoding API (webp/decode.h): pure functions, safe on any thread.</summary>
internal static unsafe partial class WebP
{
    private const string Lib = "libwebp.so.7";

    [LibraryImport(Lib)]
    public static partial int WebPGetInfo(byte* data, nuint size, int* width, int* height);

    [LibraryImport(Lib)]
    public static partial byte* WebPDecodeRGBA(byte* data, nuint size, int* width, int* height);

    [LibraryImport(Lib)]
    public static partial void WebPFree(void* ptr);
}
