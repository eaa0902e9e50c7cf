using System.Buffers.Binary;
using System.Text;
using System.Text.Unicode;
using Sparrow.Core;

namespace Sparrow.Dom;

public ref partial struct OpStreamReader
{
    // Once _error is set every primitive returns a neutral value and reads nothing, so a record
    // decoder can read all its operands and check for the error once.

    private byte ReadByte()
    {
        if (_error is not null)
        {
            return 0;
        }

        if (_pos >= _bytes.Length)
        {
            Fail("the batch ends inside a record");
            return 0;
        }

        return _bytes[_pos++];
    }

    /// <summary>Unsigned LEB128, at most 5 bytes, at most <see cref="uint.MaxValue"/>.</summary>
    private uint ReadVarUInt()
    {
        uint value = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = ReadByte();
            if (_error is not null)
            {
                return 0;
            }

            if (shift == 28 && b > 0x0F)
            {
                Fail("a varuint does not fit in 32 bits");
                return 0;
            }

            value |= (uint)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }

        Fail("a varuint is longer than 5 bytes");
        return 0;
    }

    /// <summary>Handles are checked against the store when applied; here only their encoding.</summary>
    private uint ReadHandle() => ReadVarUInt();

    private int ReadCount()
    {
        var v = ReadVarUInt();
        if (v > int.MaxValue)
        {
            Fail("a count is larger than 2^31-1");
            return 0;
        }

        return (int)v;
    }

    /// <summary>Scopes are sent plus one so that 0 encodes glass-easel's <c>undefined</c> (-1 in <see cref="Op"/>).</summary>
    private int ReadScope()
    {
        var v = ReadVarUInt();
        if (v > int.MaxValue)
        {
            Fail("a style scope is larger than 2^31-2");
            return -1;
        }

        return (int)v - 1;
    }

    private Atom ReadName()
    {
        var index = ReadVarUInt();
        if (_error is not null)
        {
            return Atom.Empty;
        }

        if (index >= (uint)_names.Count)
        {
            Fail($"name index {index} was never defined (the table has {_names.Count})", DomDiagnosticCodes.OpStreamBadString);
            return Atom.Empty;
        }

        return _names[(int)index];
    }

    private int ReadString()
    {
        var text = ReadUtf8();
        return _error is null ? _batch.AddString(text) : -1;
    }

    private string ReadUtf8()
    {
        var length = ReadVarUInt();
        if (_error is not null)
        {
            return string.Empty;
        }

        if (length > (uint)(_bytes.Length - _pos))
        {
            Fail($"a string of {length} bytes runs past the end of the batch");
            return string.Empty;
        }

        var utf8 = _bytes.Slice(_pos, (int)length);
        if (!Utf8.IsValid(utf8))
        {
            Fail("a string is not valid UTF-8", DomDiagnosticCodes.OpStreamBadString);
            return string.Empty;
        }

        _pos += (int)length;
        return Encoding.UTF8.GetString(utf8);
    }

    /// <summary>An attribute value: its kind byte was read; strings follow as strings, numbers as f64 LE.</summary>
    private int ReadValue(byte kind)
    {
        switch ((AttributeValueKind)kind)
        {
            case AttributeValueKind.String:
                return ReadString();
            case AttributeValueKind.True:
                return _batch.AddString("true");
            case AttributeValueKind.False:
                return _batch.AddString("false");
            case AttributeValueKind.Null:
                return _batch.AddString("null");
            case AttributeValueKind.Number:
                if (_error is not null || _bytes.Length - _pos < 8)
                {
                    Fail("the batch ends inside a number");
                    return -1;
                }

                var value = BinaryPrimitives.ReadDoubleLittleEndian(_bytes.Slice(_pos, 8));
                _pos += 8;
                return _batch.AddString(NodeStore.NumberToString(value));
            default:
                Fail($"unknown attribute value kind {kind}");
                return -1;
        }
    }

    private void DefineName()
    {
        var text = ReadUtf8();
        if (_error is not null)
        {
            return;
        }

        if (_names.Count >= OpStreamFormat.MaxNames)
        {
            Fail($"more than {OpStreamFormat.MaxNames} names defined", DomDiagnosticCodes.OpStreamBadString);
            return;
        }

        _names.Add(_names.Atoms.Intern(text));
    }

    private bool Fail(string message, string code = DomDiagnosticCodes.OpStreamMalformed)
    {
        if (_error is null)
        {
            _error = message;
            _errorCode = code;
        }

        return false;
    }
}
