using System;
using System.Runtime.InteropServices;
using System.Text;
using Sparrow.Host.Embedding;

namespace Sparrow.Native;

/// <summary>UTF-8 across the boundary: (ptr, len) in, NUL-terminated <c>sparrow_free</c>-able strings out.</summary>
internal static unsafe class Utf8
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The string at (<paramref name="ptr"/>, <paramref name="length"/>); null for (NULL, 0) when <paramref name="optional"/>.</summary>
    public static string? Read(byte* ptr, nuint length, string what, bool optional)
    {
        if (ptr == null)
        {
            if (length == 0 && optional)
            {
                return null;
            }

            throw new EmbeddingException(EmbeddingError.InvalidArgument, $"{what} is NULL");
        }

        if (length > int.MaxValue)
        {
            throw new EmbeddingException(EmbeddingError.InvalidArgument, $"{what} is longer than 2 GiB");
        }

        try
        {
            return Strict.GetString(ptr, (int)length);
        }
        catch (DecoderFallbackException)
        {
            throw new EmbeddingException(EmbeddingError.InvalidArgument, $"{what} is not valid UTF-8");
        }
    }

    public static string Required(byte* ptr, nuint length, string what) => Read(ptr, length, what, optional: false)!;

    /// <summary>A NUL-terminated copy the caller frees with <c>sparrow_free</c>.</summary>
    public static byte* Allocate(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var copy = (byte*)NativeMemory.Alloc((nuint)bytes.Length + 1);
        bytes.AsSpan().CopyTo(new Span<byte>(copy, bytes.Length));
        copy[bytes.Length] = 0;
        return copy;
    }
}
