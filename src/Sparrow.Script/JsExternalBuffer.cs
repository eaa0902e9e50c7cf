using System;
using System.Runtime.InteropServices;

namespace Sparrow.Script;

/// <summary>
/// Native memory owned by C# and visible in JS as an ArrayBuffer (the op stream lives in one).
/// Disposing detaches the ArrayBuffer in JS (its byteLength becomes 0) before freeing the memory,
/// so JS can never touch freed memory. Logic thread only.
/// </summary>
public sealed unsafe class JsExternalBuffer : IDisposable
{
    private readonly JsContext _context;
    private void* _data;

    internal JsExternalBuffer(JsContext context, int byteLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(byteLength);
        _context = context;
        Length = byteLength;
        _data = NativeMemory.AllocZeroed((nuint)Math.Max(byteLength, 1));
        Handle = context.WrapExternal(_data, byteLength);
    }

    public int Length { get; }

    internal ulong Handle { get; private set; }

    /// <summary>The bytes, shared with JS.</summary>
    public Span<byte> Span => _data == null ? default : new Span<byte>(_data, Length);

    /// <summary>The buffer as a value to hand to JS (a global, an argument).</summary>
    public JsValue AsValue() => JsValue.FromHandle(Handle);

    public void Dispose()
    {
        if (_data == null)
        {
            return;
        }

        _context.Detach(Handle, this);
        Handle = 0;
        NativeMemory.Free(_data);
        _data = null;
    }
}
