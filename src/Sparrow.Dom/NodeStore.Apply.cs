using System.Collections.Generic;
using System.Globalization;
using Sparrow.Core;

namespace Sparrow.Dom;

public sealed partial class NodeStore
{
    private static readonly SourceLocation BatchLocation = SourceLocation.InFile("<op batch>");

    /// <summary>
    /// Applies a decoded batch in order. Each op is validated against the store as it stands when
    /// the op is reached, then applied whole; an op that names an unknown or stale handle, or that
    /// would break the tree (a cycle, a child under a text node, a create over a live handle), is
    /// skipped with an error diagnostic and changes nothing. So a batch applies all but its bad ops,
    /// and the tree's invariants hold after every op (docs/op-stream.md, "Applying a batch").
    /// Precondition: called on the render thread that owns the store.
    /// </summary>
    public ApplyResult Apply(OpBatch batch, IDiagnosticSink diagnostics)
    {
        var applied = 0;
        var rejected = 0;
        var ops = batch.Ops;
        for (var i = 0; i < ops.Length; i++)
        {
            var error = ApplyOne(in ops[i], batch);
            if (error is null)
            {
                applied++;
                continue;
            }

            rejected++;
            var (code, message) = error.Value;
            diagnostics.Report(Diagnostic.Error(
                code,
                string.Create(CultureInfo.InvariantCulture, $"op {i} ({ops[i].Code}): {message}; the op was skipped."),
                BatchLocation));
        }

        return new ApplyResult(applied, rejected);
    }

    /// <summary>Validates then applies one op; returns the reason it was rejected, or null.</summary>
    private (string Code, string Message)? ApplyOne(in Op op, OpBatch batch)
    {
        switch (op.Code)
        {
            case OpCode.CreateElement:
            case OpCode.CreateText:
            case OpCode.CreateFragment:
            case OpCode.CreateVirtualHost:
                return Create(op, batch);
            case OpCode.RegisterStyleSheet:
                _styleSheetContent[batch.GetString(op.Text)] = batch.GetString(op.Text2);
                return null;
            case OpCode.AppendStyleSheet:
            {
                var path = batch.GetString(op.Text);
                _styleSheets.Add(new StyleSheetEntry(path, op.Scope, _styleSheetContent.GetValueOrDefault(path), Disabled: false));
                return null;
            }

            case OpCode.DisableStyleSheet:
                if ((uint)op.Count >= (uint)_styleSheets.Count)
                {
                    return (DomDiagnosticCodes.InvalidOperand, $"no stylesheet was appended at index {op.Count}");
                }

                _styleSheets[op.Count] = _styleSheets[op.Count] with { Disabled = true };
                return null;
        }

        var node = Resolve(op.Node);
        if (node.IsNone)
        {
            return UnknownHandle(op.Node);
        }

        var n = node.Index;
        switch (op.Code)
        {
            case OpCode.Release:
                return Release(n);
            case OpCode.AppendChild:
            case OpCode.InsertBefore:
            case OpCode.RemoveChild:
            case OpCode.ReplaceChild:
            case OpCode.SpliceBefore:
            case OpCode.SpliceAppend:
            case OpCode.SpliceRemove:
                return ApplyTreeOp(op, n);
            case OpCode.SetText:
                if (_kind[n] != NodeKind.Text)
                {
                    return (DomDiagnosticCodes.InvalidTreeOp, $"handle {op.Node} is a {_kind[n]}, not a text node");
                }

                SetText(n, batch.GetString(op.Text));
                return null;
        }

        if (_kind[n] is NodeKind.Text or NodeKind.Fragment)
        {
            return (DomDiagnosticCodes.InvalidTreeOp, $"handle {op.Node} is a {_kind[n]}, which has no classes, attributes or style");
        }

        switch (op.Code)
        {
            case OpCode.SetId:
                var id = batch.GetString(op.Text);
                SetId(n, id.Length == 0 ? Atom.Empty : Atoms.Intern(id));
                return null;
            case OpCode.SetStyleScope:
                SetStyleScope(n, op.Scope, op.ExtraScope, op.HostScope);
                return null;
            case OpCode.SetStyle:
                SetInlineStyle(n, batch.GetString(op.Text));
                return null;
            case OpCode.AddClass:
                AddClass(n, op.Name, op.Scope);
                return null;
            case OpCode.RemoveClass:
                RemoveClass(n, op.Name, op.Scope);
                return null;
            case OpCode.ClearClasses:
                ClearClasses(n);
                return null;
            case OpCode.SetAttribute:
                SetAttribute(n, op.Name, (AttributeValueKind)op.Flags, batch.GetString(op.Text));
                return null;
            case OpCode.RemoveAttribute:
                RemoveAttribute(n, op.Name);
                return null;
            case OpCode.SetDataset:
                SetDataset(n, op.Name, (AttributeValueKind)op.Flags, batch.GetString(op.Text));
                return null;
            case OpCode.SetListenerStats:
                SetListenerStat(n, op.Name, op.Flags != 0, (byte)op.Count);
                return null;
            default:
                return (DomDiagnosticCodes.InvalidOperand, $"opcode {(byte)op.Code} is not an op");
        }
    }

    private (string, string)? Create(in Op op, OpBatch batch)
    {
        if (op.Node == 0 || op.Node > MaxHandle)
        {
            return (DomDiagnosticCodes.InvalidOperand, $"handle {op.Node} is outside 1..{MaxHandle}");
        }

        if (!Resolve(op.Node).IsNone)
        {
            return (DomDiagnosticCodes.InvalidTreeOp, $"handle {op.Node} already names a live node");
        }

        NodeId id;
        switch (op.Code)
        {
            case OpCode.CreateElement:
                id = Allocate(NodeKind.Element, op.Name, op.Name2);
                break;
            case OpCode.CreateText:
                id = Allocate(NodeKind.Text, Atom.Empty, Atom.Empty);
                _text[id.Index] = batch.GetString(op.Text);
                break;
            case OpCode.CreateFragment:
                id = Allocate(NodeKind.Fragment, Atom.Empty, Atom.Empty);
                break;
            default:
                id = Allocate(NodeKind.VirtualHost, op.Name, Atom.Empty);
                break;
        }

        MapHandle(op.Node, id);
        return null;
    }

    /// <summary>
    /// glass-easel's <c>release()</c>: the node goes, its children are detached and stay alive
    /// until their own release (glass-easel releases every element it created).
    /// </summary>
    private (string, string)? Release(int n)
    {
        if (_kind[n] == NodeKind.Root)
        {
            return (DomDiagnosticCodes.InvalidTreeOp, "the root is never released");
        }

        Unlink(n);
        while (_firstChild[n] >= 0)
        {
            Unlink(_firstChild[n]);
        }

        Free(n);
        return null;
    }

    private static (string, string) UnknownHandle(uint handle) =>
        (DomDiagnosticCodes.UnknownNode, $"handle {handle} names no live node (never created, or released)");
}
