using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Text;

namespace Sparrow.Script.Interop;

/// <summary>
/// Native memory for strings handed to the shim during one call. Chunks never move, so a nested
/// call (a host function calling back into JS) can allocate above the outer call's mark while the
/// outer call's pointers stay valid; each call resets to its mark when it returns.
/// Logic thread only.
/// </summary>
internal sealed unsafe class NativeArena : IDisposable
{
    private const int MinChunk = 64 * 1024;

    private readonly List<(nint Ptr, int Size)> _chunks = [];
    private int _chunk = -1;
    private int _offset;

    public readonly record struct Mark(int Chunk, int Offset);

    public Mark Save() => new(_chunk, _offset);

    public void Restore(Mark mark)
    {
        _chunk = mark.Chunk;
        _offset = mark.Offset;
    }

    /// <summary>Copies <paramref name="text"/> as UTF-8 (no terminator); returns its pointer and byte length.</summary>
    public byte* Utf8(string text, out long length)
    {
        var max = Encoding.UTF8.GetMaxByteCount(text.Length);
        var p = Allocate(max);
        var written = Encoding.UTF8.GetBytes(text, new Span<byte>(p, max));
        _offset -= max - written; // give back what the encoding did not use
        length = written;
        return p;
    }

    public byte* Copy(ReadOnlySpan<byte> bytes)
    {
        var p = Allocate(bytes.Length);
        bytes.CopyTo(new Span<byte>(p, bytes.Length));
        return p;
    }

    public byte* Allocate(int size)
    {
        size = Math.Max(size, 1);
        if (_chunk < 0 || _offset + size > _chunks[_chunk].Size)
        {
            NextChunk(size);
        }

        var p = (byte*)_chunks[_chunk].Ptr + _offset;
        _offset += (size + 7) & ~7;
        return p;
    }

    private void NextChunk(int size)
    {
        // Reuse a following chunk that is big enough; otherwise insert a new one after the current.
        var next = _chunk + 1;
        while (next < _chunks.Count && _chunks[next].Size < size)
        {
            next++;
        }

        if (next == _chunks.Count)
        {
            var chunkSize = Math.Max(MinChunk, (int)Math.Min(int.MaxValue, (long)size * 2));
            _chunks.Add(((nint)NativeMemory.Alloc((nuint)chunkSize), chunkSize));
        }

        _chunk = next;
        _offset = 0;
    }

    public void Dispose()
    {
        foreach (var (ptr, _) in _chunks)
        {
            NativeMemory.Free((void*)ptr);
        }

        _chunks.Clear();
        _chunk = -1;
        _offset = 0;
    }
}
