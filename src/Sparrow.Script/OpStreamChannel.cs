using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace Sparrow.Script;

/// <summary>
/// The logic thread's end of the op stream (docs/op-stream.md). The JS writer
/// (src/framework/backend/op-writer.js) writes records into a buffer of C#-owned memory and keeps
/// four control words next to it; at the end of every task this channel reads them, prefixes the
/// batch header and hands the finished batch to <c>onBatch</c>. One crossing per task, zero per op.
/// </summary>
/// <remarks>
/// JS sees the buffers as <c>__sparrow_ops.buffer</c> (ArrayBuffer), <c>__sparrow_ops.control</c>
/// (Int32Array), <c>__sparrow_ops.overflow(needed)</c> and <c>__sparrow_ops.cut()</c>. Logic
/// thread only. Several <em>connections</em> (a mini program's pages) may share the channel: the
/// fourth control word names the one whose records the buffer holds, and a writer of another
/// connection calls <c>cut()</c> first, which takes those records as a batch of their own
/// connection; so one task gives one batch per run of a connection's records, in the order
/// written. The header bytes are spelled out here because Script may not reference the render
/// side; the golden-byte tests on both sides keep the two writers identical.
/// </remarks>
public sealed class OpStreamChannel : IDisposable
{
    /// <summary>Where records start in the buffer; the bytes before it are unused.</summary>
    public const int RecordsStart = 16;

    private static readonly byte[] Magic = [0x53, 0x50, 0x4F, 0x42]; // "SPOB"
    private const byte Version = 1;

    private readonly JsContext _context;
    private readonly Action<int, byte[]> _onBatch;
    private readonly List<byte[]> _partials = [];
    private readonly JsExternalBuffer _control;
    private JsExternalBuffer _buffer;
    private int _partialRecords;

    private OpStreamChannel(JsContext context, int capacity, Action<int, byte[]> onBatch)
    {
        _context = context;
        _onBatch = onBatch;
        _buffer = context.CreateExternalBuffer(Math.Max(capacity, RecordsStart + 64));
        _control = context.CreateExternalBuffer(4 * sizeof(int));
        Reset(Control, keepFlags: false); // an empty batch, owned by no connection
    }

    /// <summary>Batches taken so far.</summary>
    public int BatchCount { get; private set; }

    /// <summary>Bytes of all batches taken so far, headers included.</summary>
    public long ByteCount { get; private set; }

    /// <summary>Bytes the JS side can write before the buffer overflows into a partial batch.</summary>
    public int Capacity => _buffer.Length;

    /// <summary>The connection whose records the buffer holds now (0: none, or a single-connection writer).</summary>
    public int PendingConnection => Control[3];

    /// <summary>
    /// Creates the buffers, exposes them to JS as <c>globalThis.__sparrow_ops</c> and flushes after every
    /// task of the runtime. Call on the logic thread (inside a task).
    /// </summary>
    public static OpStreamChannel Install(JsContext context, int capacity, Action<byte[]> onBatch)
    {
        ArgumentNullException.ThrowIfNull(onBatch);
        return Install(context, capacity, (_, batch) => onBatch(batch));
    }

    /// <summary>
    /// As <see cref="Install(JsContext, int, Action{byte[]})"/>, for several connections:
    /// <paramref name="onBatch"/> gets each batch with the connection it belongs to (the id a
    /// writer made by <c>OpWriter.forPage(ops, id)</c> stamps; 0 for a single-connection writer).
    /// It runs on the logic thread, at the end of a task or inside a writer's <c>cut()</c>; the
    /// array is the receiver's.
    /// </summary>
    public static OpStreamChannel Install(JsContext context, int capacity, Action<int, byte[]> onBatch)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(onBatch);
        var channel = new OpStreamChannel(context, capacity, onBatch);
        context.DefineFunction("__sparrow_ops_overflow", channel.Overflow);
        context.DefineFunction("__sparrow_ops_cut", channel.Cut);
        context.SetGlobal("__sparrow_ops_buffer", channel._buffer.AsValue());
        context.SetGlobal("__sparrow_ops_control_buffer", channel._control.AsValue());
        var wired = context.Run(
            """
            globalThis.__sparrow_ops = {
              buffer: __sparrow_ops_buffer,
              control: new Int32Array(__sparrow_ops_control_buffer),
              overflow: __sparrow_ops_overflow,
              cut: __sparrow_ops_cut,
            };
            delete globalThis.__sparrow_ops_buffer;
            delete globalThis.__sparrow_ops_control_buffer;
            delete globalThis.__sparrow_ops_overflow;
            delete globalThis.__sparrow_ops_cut;
            """,
            "sparrow:op-stream.js");
        if (!wired.IsOk)
        {
            throw new InvalidOperationException("Wiring the op stream failed: " + wired.Error);
        }

        context.Runtime.AddEndOfTaskHook(_ => channel.Flush());
        return channel;
    }

    /// <summary>Takes what JS wrote since the last batch, if anything, as one batch.</summary>
    public void Flush()
    {
        var control = Control;
        var records = control[1] + _partialRecords;
        if (records == 0)
        {
            return;
        }

        var connection = control[3];
        var tail = _buffer.Span[RecordsStart..control[0]];
        Span<byte> header = stackalloc byte[16];
        Magic.CopyTo(header);
        header[4] = Version;
        header[5] = (byte)control[2];
        var headerLength = 6 + WriteVarUInt(header[6..], (uint)records);
        var total = headerLength + tail.Length;
        foreach (var part in _partials)
        {
            total += part.Length;
        }

        var batch = new byte[total];
        header[..headerLength].CopyTo(batch);
        var at = headerLength;
        foreach (var part in _partials)
        {
            part.CopyTo(batch.AsSpan(at));
            at += part.Length;
        }

        tail.CopyTo(batch.AsSpan(at));
        _partials.Clear();
        _partialRecords = 0;
        Reset(control, keepFlags: false);
        BatchCount++;
        ByteCount += batch.Length;
        _onBatch(connection, batch);
    }

    /// <summary>
    /// <c>__sparrow_ops.cut()</c>: a writer of another connection is about to write; what the
    /// buffer holds leaves now, as a batch of the connection that wrote it.
    /// </summary>
    private JsValue Cut(JsHostCall call)
    {
        Flush();
        return JsValue.Undefined;
    }

    /// <summary>
    /// JS ran out of room mid-task: keep its records as the first part of this task's batch and
    /// start over at the front; when one record would not fit even in an empty buffer, replace the
    /// buffer with a larger one and return it.
    /// </summary>
    private JsValue Overflow(JsHostCall call)
    {
        var needed = call.GetInt32(0);
        var control = Control;
        _partials.Add(_buffer.Span[RecordsStart..control[0]].ToArray());
        _partialRecords += control[1];
        Reset(control, keepFlags: true);
        if (RecordsStart + needed <= _buffer.Length)
        {
            return JsValue.Undefined;
        }

        var bigger = _context.CreateExternalBuffer(Math.Max(_buffer.Length * 2, RecordsStart + needed));
        _buffer.Dispose(); // detached in JS: the writer switches to the returned buffer
        _buffer = bigger;
        return bigger.AsValue();
    }

    private Span<int> Control => MemoryMarshal.Cast<byte, int>(_control.Span);

    /// <summary>Empties the buffer; after a whole batch also its flags and owner, not after a partial one.</summary>
    private static void Reset(Span<int> control, bool keepFlags)
    {
        control[0] = RecordsStart;
        control[1] = 0;
        if (!keepFlags)
        {
            control[2] = 0;
            control[3] = 0;
        }
    }

    private static int WriteVarUInt(Span<byte> output, uint value)
    {
        var n = 0;
        while (value >= 0x80)
        {
            output[n++] = (byte)(value | 0x80);
            value >>= 7;
        }

        output[n++] = (byte)value;
        return n;
    }

    public void Dispose()
    {
        _buffer.Dispose();
        _control.Dispose();
    }
}
