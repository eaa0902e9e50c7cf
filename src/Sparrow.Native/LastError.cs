using System;
using System.Runtime.InteropServices;
using System.Text;

namespace Sparrow.Native;

/// <summary>The text behind <c>sparrow_last_error</c>: one NUL-terminated UTF-8 buffer per thread, replaced by each failure.</summary>
internal static unsafe class LastError
{
    [ThreadStatic]
    private static byte* _text;

    private static readonly byte* Empty = (byte*)NativeMemory.AllocZeroed(1);

    public static byte* Current => _text == null ? Empty : _text;

    public static void Set(string message)
    {
        var bytes = Encoding.UTF8.GetBytes(message);
        var text = (byte*)NativeMemory.Alloc((nuint)bytes.Length + 1);
        bytes.AsSpan().CopyTo(new Span<byte>(text, bytes.Length));
        text[bytes.Length] = 0;
        NativeMemory.Free(_text);
        _text = text;
    }
}
