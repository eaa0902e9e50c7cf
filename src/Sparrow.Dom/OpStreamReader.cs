using System;
using System.Globalization;
using Sparrow.Core;

namespace Sparrow.Dom;

/// <summary>
/// Decodes one op-stream batch (docs/op-stream.md, version 1) into an <see cref="OpBatch"/>.
/// Never throws on bad bytes: a malformed batch is reported as one diagnostic, decodes to an empty
/// batch and leaves the name table as it was, so nothing of it reaches the store. Every length and
/// count is checked against the bytes left before anything is allocated.
/// </summary>
public ref partial struct OpStreamReader
{
    private readonly ReadOnlySpan<byte> _bytes;
    private readonly OpStreamNames _names;
    private readonly OpBatch _batch;
    private int _pos;
    private string? _error;
    private string _errorCode;

    private OpStreamReader(ReadOnlySpan<byte> bytes, OpStreamNames names, OpBatch batch)
    {
        _bytes = bytes;
        _names = names;
        _batch = batch;
        _pos = 0;
        _error = null;
        _errorCode = DomDiagnosticCodes.OpStreamMalformed;
    }

    /// <summary>
    /// Decodes <paramref name="bytes"/> into <paramref name="batch"/> (cleared first). Returns false,
    /// with one diagnostic, when the batch is malformed; the batch is then empty.
    /// </summary>
    public static bool Read(ReadOnlySpan<byte> bytes, OpStreamNames names, OpBatch batch, IDiagnosticSink diagnostics)
    {
        batch.Clear();
        var before = names.Count;
        Atom[]? saved = null;
        var reader = new OpStreamReader(bytes, names, batch);
        if (reader.ReadHeader(out var count, ref saved))
        {
            for (var i = 0; i < count && reader._error is null; i++)
            {
                reader.ReadRecord();
            }

            if (reader._error is null && reader._pos != bytes.Length)
            {
                reader.Fail($"{bytes.Length - reader._pos} bytes follow the last record");
            }
        }

        if (reader._error is null)
        {
            return true;
        }

        batch.Clear();
        if (saved is not null)
        {
            names.Restore(saved);
        }
        else
        {
            names.Truncate(before);
        }

        diagnostics.Report(Diagnostic.Error(
            reader._errorCode,
            string.Create(CultureInfo.InvariantCulture, $"malformed op batch at byte {reader._pos}: {reader._error}; the batch was dropped."),
            SourceLocation.InFile("<op stream>")));
        return false;
    }

    private bool ReadHeader(out int count, ref Atom[]? saved)
    {
        count = 0;
        if (_bytes.Length < OpStreamFormat.FixedHeaderSize || !_bytes[..4].SequenceEqual(OpStreamFormat.Magic))
        {
            return Fail("the batch does not start with \"SPOB\"", DomDiagnosticCodes.OpStreamBadHeader);
        }

        if (_bytes[4] != OpStreamFormat.Version)
        {
            return Fail($"version {_bytes[4]} is not supported (this reader reads version {OpStreamFormat.Version})", DomDiagnosticCodes.OpStreamBadHeader);
        }

        var flags = _bytes[5];
        if ((flags & ~OpStreamFormat.FlagResetNames) != 0)
        {
            return Fail($"unknown header flags 0x{flags:x2}", DomDiagnosticCodes.OpStreamBadHeader);
        }

        _pos = OpStreamFormat.FixedHeaderSize;
        if ((flags & OpStreamFormat.FlagResetNames) != 0)
        {
            saved = _names.Snapshot();
            _names.Reset();
        }

        var records = ReadVarUInt();
        // Every record takes at least one byte, so a count past the bytes left is a lie.
        if (_error is null && records > (uint)(_bytes.Length - _pos))
        {
            return Fail($"the header announces {records} records but only {_bytes.Length - _pos} bytes follow");
        }

        count = (int)records;
        return _error is null;
    }

    private void ReadRecord()
    {
        var code = (OpCode)ReadByte();
        if (_error is not null)
        {
            return;
        }

        var op = Op.Of(code, 0);
        switch (code)
        {
            case OpCode.DefineName:
                DefineName();
                return;
            case OpCode.CreateElement:
                op = op with { Node = ReadHandle(), Name = ReadName(), Name2 = ReadName() };
                break;
            case OpCode.CreateText:
            case OpCode.SetId:
            case OpCode.SetStyle:
            case OpCode.SetText:
                op = op with { Node = ReadHandle(), Text = ReadString() };
                break;
            case OpCode.CreateFragment:
            case OpCode.Release:
            case OpCode.ClearClasses:
                op = op with { Node = ReadHandle() };
                break;
            case OpCode.CreateVirtualHost:
                op = op with { Node = ReadHandle(), Name = ReadName() };
                break;
            case OpCode.AppendChild:
            case OpCode.RemoveChild:
            case OpCode.SpliceAppend:
                op = op with { Node = ReadHandle(), A = ReadHandle() };
                break;
            case OpCode.InsertBefore:
            case OpCode.ReplaceChild:
                op = op with { Node = ReadHandle(), A = ReadHandle(), B = ReadHandle() };
                break;
            case OpCode.SpliceBefore:
                op = op with { Node = ReadHandle(), B = ReadHandle(), Count = ReadCount(), A = ReadHandle() };
                break;
            case OpCode.SpliceRemove:
                op = op with { Node = ReadHandle(), B = ReadHandle(), Count = ReadCount() };
                break;
            case OpCode.SetStyleScope:
                op = op with { Node = ReadHandle(), Scope = ReadScope(), ExtraScope = ReadScope(), HostScope = ReadScope() };
                break;
            case OpCode.AddClass:
            case OpCode.RemoveClass:
                op = op with { Node = ReadHandle(), Name = ReadName(), Scope = ReadScope() };
                break;
            case OpCode.SetAttribute:
            case OpCode.SetDataset:
            {
                op = op with { Node = ReadHandle(), Name = ReadName() };
                var kind = ReadByte();
                op = op with { Flags = kind, Text = ReadValue(kind) };
                break;
            }

            case OpCode.RemoveAttribute:
                op = op with { Node = ReadHandle(), Name = ReadName() };
                break;
            case OpCode.SetListenerStats:
                op = op with { Node = ReadHandle(), Name = ReadName(), Flags = (byte)(ReadByte() & 1), Count = ReadCount() };
                break;
            case OpCode.RegisterStyleSheet:
                op = op with { Text = ReadString(), Text2 = ReadString() };
                break;
            case OpCode.AppendStyleSheet:
                op = op with { Text = ReadString(), Scope = ReadScope() };
                break;
            case OpCode.DisableStyleSheet:
                op = op with { Count = ReadCount() };
                break;
            default:
                _pos--;
                Fail($"unknown opcode 0x{(byte)code:x2}");
                return;
        }

        if (_error is null)
        {
            _batch.Add(op);
        }
    }
}
