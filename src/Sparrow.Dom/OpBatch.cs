using System;
using System.Collections.Generic;
using Sparrow.Core;

namespace Sparrow.Dom;

/// <summary>
/// The typed form of one op batch: everything one JS task asked the backend to do, in order.
/// <see cref="OpStreamReader"/> fills it from bytes; tests fill it through the methods below, which
/// mirror glass-easel's composed backend calls one to one. Reused across batches: <see cref="Clear"/>
/// keeps the buffers.
/// </summary>
public sealed class OpBatch
{
    private Op[] _ops = new Op[64];
    private int _count;
    private readonly List<string> _strings = [];

    public int Count => _count;

    public ReadOnlySpan<Op> Ops => _ops.AsSpan(0, _count);

    /// <summary>Texts, ids, style text, attribute values and paths the ops point at by index.</summary>
    public IReadOnlyList<string> Strings => _strings;

    public void Clear()
    {
        _count = 0;
        _strings.Clear();
    }

    public void Add(in Op op)
    {
        if (op.Code == OpCode.DefineName)
        {
            ThrowHelper.Argument(nameof(op), "DefineName exists only in the byte stream.");
        }

        if (_count == _ops.Length)
        {
            Array.Resize(ref _ops, _count * 2);
        }

        _ops[_count++] = op;
    }

    public int AddString(string value)
    {
        _strings.Add(value);
        return _strings.Count - 1;
    }

    public string GetString(int index) => _strings[index];

    public void CreateElement(uint node, Atom logicalName, Atom stylingName) =>
        Add(Op.Of(OpCode.CreateElement, node) with { Name = logicalName, Name2 = stylingName });

    public void CreateText(uint node, string content) => Add(Op.Of(OpCode.CreateText, node) with { Text = AddString(content) });

    public void CreateFragment(uint node) => Add(Op.Of(OpCode.CreateFragment, node));

    public void CreateVirtualHost(uint node, Atom logicalName) => Add(Op.Of(OpCode.CreateVirtualHost, node) with { Name = logicalName });

    public void Release(uint node) => Add(Op.Of(OpCode.Release, node));

    public void AppendChild(uint parent, uint child) => Add(Op.Of(OpCode.AppendChild, parent) with { A = child });

    public void InsertBefore(uint parent, uint child, uint before) =>
        Add(Op.Of(OpCode.InsertBefore, parent) with { A = child, B = before });

    public void RemoveChild(uint parent, uint child) => Add(Op.Of(OpCode.RemoveChild, parent) with { A = child });

    public void ReplaceChild(uint parent, uint child, uint oldChild) =>
        Add(Op.Of(OpCode.ReplaceChild, parent) with { A = child, B = oldChild });

    /// <summary>Removes <paramref name="deleteCount"/> children from <paramref name="before"/> on, then moves the fragment's children there.</summary>
    public void SpliceBefore(uint parent, uint before, int deleteCount, uint fragment) =>
        Add(Op.Of(OpCode.SpliceBefore, parent) with { A = fragment, B = before, Count = deleteCount });

    public void SpliceAppend(uint parent, uint fragment) => Add(Op.Of(OpCode.SpliceAppend, parent) with { A = fragment });

    public void SpliceRemove(uint parent, uint before, int deleteCount) =>
        Add(Op.Of(OpCode.SpliceRemove, parent) with { B = before, Count = deleteCount });

    public void SetId(uint node, string id) => Add(Op.Of(OpCode.SetId, node) with { Text = AddString(id) });

    /// <summary>Scopes are -1 when glass-easel passed <c>undefined</c>.</summary>
    public void SetStyleScope(uint node, int scope, int extraScope = -1, int hostScope = -1) =>
        Add(Op.Of(OpCode.SetStyleScope, node) with { Scope = scope, ExtraScope = extraScope, HostScope = hostScope });

    public void SetStyle(uint node, string styleText) => Add(Op.Of(OpCode.SetStyle, node) with { Text = AddString(styleText) });

    public void AddClass(uint node, Atom name, int scope = -1) => Add(Op.Of(OpCode.AddClass, node) with { Name = name, Scope = scope });

    public void RemoveClass(uint node, Atom name, int scope = -1) => Add(Op.Of(OpCode.RemoveClass, node) with { Name = name, Scope = scope });

    public void ClearClasses(uint node) => Add(Op.Of(OpCode.ClearClasses, node));

    public void SetAttribute(uint node, Atom name, string value, AttributeValueKind kind = AttributeValueKind.String) =>
        Add(Op.Of(OpCode.SetAttribute, node) with { Name = name, Text = AddString(value), Flags = (byte)kind });

    public void RemoveAttribute(uint node, Atom name) => Add(Op.Of(OpCode.RemoveAttribute, node) with { Name = name });

    public void SetDataset(uint node, Atom name, string value, AttributeValueKind kind = AttributeValueKind.String) =>
        Add(Op.Of(OpCode.SetDataset, node) with { Name = name, Text = AddString(value), Flags = (byte)kind });

    public void SetText(uint node, string content) => Add(Op.Of(OpCode.SetText, node) with { Text = AddString(content) });

    public void SetListenerStats(uint node, Atom type, bool capture, int mutLevel) =>
        Add(Op.Of(OpCode.SetListenerStats, node) with { Name = type, Flags = capture ? (byte)1 : (byte)0, Count = mutLevel });

    public void RegisterStyleSheet(string path, string content) =>
        Add(Op.Of(OpCode.RegisterStyleSheet, 0) with { Text = AddString(path), Text2 = AddString(content) });

    /// <summary>Appends a stylesheet; its index is the number of sheets appended before it.</summary>
    public void AppendStyleSheet(string path, int scope = -1) =>
        Add(Op.Of(OpCode.AppendStyleSheet, 0) with { Text = AddString(path), Scope = scope });

    public void DisableStyleSheet(int index) => Add(Op.Of(OpCode.DisableStyleSheet, 0) with { Count = index });
}
