using System;
using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Text;

namespace Sparrow.Dom;

/// <summary>
/// Writes the binary op stream (docs/op-stream.md, version 1): the reference encoder the JS writer
/// on the logic thread follows, used by tests, replay tools and benchmarks. Names are defined the
/// first time they are used on a connection and sent as indices afterwards.
/// </summary>
public sealed class OpStreamWriter
{
    private readonly ArrayBufferWriter<byte> _body = new();
    private readonly Dictionary<string, uint> _names = new(StringComparer.Ordinal) { [string.Empty] = 0 };
    private bool _reset = true;
    private uint _records;

    /// <summary>Starts a new connection: the next batch clears the reader's name table.</summary>
    public void ResetNames()
    {
        _names.Clear();
        _names[string.Empty] = 0;
        _reset = true;
    }

    /// <summary>Returns the finished batch (header + records) and starts the next one.</summary>
    public byte[] Finish()
    {
        var header = new ArrayBufferWriter<byte>();
        header.Write(OpStreamFormat.Magic);
        header.Write([OpStreamFormat.Version, _reset ? OpStreamFormat.FlagResetNames : (byte)0]);
        WriteVarUInt(header, _records);
        var result = new byte[header.WrittenCount + _body.WrittenCount];
        header.WrittenSpan.CopyTo(result);
        _body.WrittenSpan.CopyTo(result.AsSpan(header.WrittenCount));
        _body.Clear();
        _records = 0;
        _reset = false;
        return result;
    }

    public void CreateElement(uint node, string logicalName, string stylingName)
    {
        var a = Name(logicalName);
        var b = Name(stylingName);
        Op(OpCode.CreateElement).H(node).V(a).V(b);
    }

    public void CreateText(uint node, string content) => Op(OpCode.CreateText).H(node).S(content);

    public void CreateFragment(uint node) => Op(OpCode.CreateFragment).H(node);

    public void CreateVirtualHost(uint node, string logicalName)
    {
        var a = Name(logicalName);
        Op(OpCode.CreateVirtualHost).H(node).V(a);
    }

    public void Release(uint node) => Op(OpCode.Release).H(node);

    public void AppendChild(uint parent, uint child) => Op(OpCode.AppendChild).H(parent).H(child);

    public void InsertBefore(uint parent, uint child, uint before) => Op(OpCode.InsertBefore).H(parent).H(child).H(before);

    public void RemoveChild(uint parent, uint child) => Op(OpCode.RemoveChild).H(parent).H(child);

    public void ReplaceChild(uint parent, uint child, uint oldChild) => Op(OpCode.ReplaceChild).H(parent).H(child).H(oldChild);

    public void SpliceBefore(uint parent, uint before, int deleteCount, uint fragment) =>
        Op(OpCode.SpliceBefore).H(parent).H(before).V((uint)deleteCount).H(fragment);

    public void SpliceAppend(uint parent, uint fragment) => Op(OpCode.SpliceAppend).H(parent).H(fragment);

    public void SpliceRemove(uint parent, uint before, int deleteCount) => Op(OpCode.SpliceRemove).H(parent).H(before).V((uint)deleteCount);

    public void SetId(uint node, string id) => Op(OpCode.SetId).H(node).S(id);

    public void SetStyleScope(uint node, int scope, int extraScope = -1, int hostScope = -1) =>
        Op(OpCode.SetStyleScope).H(node).V((uint)(scope + 1)).V((uint)(extraScope + 1)).V((uint)(hostScope + 1));

    public void SetStyle(uint node, string styleText) => Op(OpCode.SetStyle).H(node).S(styleText);

    public void AddClass(uint node, string name, int scope = -1)
    {
        var a = Name(name);
        Op(OpCode.AddClass).H(node).V(a).V((uint)(scope + 1));
    }

    public void RemoveClass(uint node, string name, int scope = -1)
    {
        var a = Name(name);
        Op(OpCode.RemoveClass).H(node).V(a).V((uint)(scope + 1));
    }

    public void ClearClasses(uint node) => Op(OpCode.ClearClasses).H(node);

    public void SetAttribute(uint node, string name, string value)
    {
        var a = Name(name);
        Op(OpCode.SetAttribute).H(node).V(a).B((byte)AttributeValueKind.String).S(value);
    }

    public void SetAttribute(uint node, string name, bool value)
    {
        var a = Name(name);
        Op(OpCode.SetAttribute).H(node).V(a).B((byte)(value ? AttributeValueKind.True : AttributeValueKind.False));
    }

    public void SetAttribute(uint node, string name, double value)
    {
        var a = Name(name);
        Op(OpCode.SetAttribute).H(node).V(a).B((byte)AttributeValueKind.Number).F(value);
    }

    public void RemoveAttribute(uint node, string name)
    {
        var a = Name(name);
        Op(OpCode.RemoveAttribute).H(node).V(a);
    }

    public void SetDataset(uint node, string name, string value)
    {
        var a = Name(name);
        Op(OpCode.SetDataset).H(node).V(a).B((byte)AttributeValueKind.String).S(value);
    }

    public void SetText(uint node, string content) => Op(OpCode.SetText).H(node).S(content);

    public void SetListenerStats(uint node, string type, bool capture, int mutLevel)
    {
        var a = Name(type);
        Op(OpCode.SetListenerStats).H(node).V(a).B(capture ? (byte)1 : (byte)0).V((uint)mutLevel);
    }

    public void RegisterStyleSheet(string path, string content) => Op(OpCode.RegisterStyleSheet).S(path).S(content);

    public void AppendStyleSheet(string path, int scope = -1) => Op(OpCode.AppendStyleSheet).S(path).V((uint)(scope + 1));

    public void DisableStyleSheet(int index) => Op(OpCode.DisableStyleSheet).V((uint)index);

    /// <summary>The index of a name, emitting its DefineName record the first time.</summary>
    private uint Name(string name)
    {
        if (_names.TryGetValue(name, out var index))
        {
            return index;
        }

        index = (uint)_names.Count;
        _names[name] = index;
        Op(OpCode.DefineName).S(name);
        return index;
    }

    private OpStreamWriter Op(OpCode code)
    {
        _records++;
        return B((byte)code);
    }

    private OpStreamWriter B(byte value)
    {
        _body.Write([value]);
        return this;
    }

    private OpStreamWriter H(uint handle) => V(handle);

    private OpStreamWriter V(uint value)
    {
        WriteVarUInt(_body, value);
        return this;
    }

    private OpStreamWriter F(double value)
    {
        BinaryPrimitives.WriteDoubleLittleEndian(_body.GetSpan(8), value);
        _body.Advance(8);
        return this;
    }

    private OpStreamWriter S(string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        V((uint)bytes.Length);
        _body.Write(bytes);
        return this;
    }

    private static void WriteVarUInt(ArrayBufferWriter<byte> output, uint value)
    {
        while (value >= 0x80)
        {
            output.Write([(byte)(value | 0x80)]);
            value >>= 7;
        }

        output.Write([(byte)value]);
    }
}
