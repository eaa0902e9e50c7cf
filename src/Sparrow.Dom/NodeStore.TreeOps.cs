
namespace Sparrow.Dom;

public sealed partial class NodeStore
{
    /// <summary>The tree ops of the composed backend, validated in full before anything moves.</summary>
    private (string, string)? ApplyTreeOp(in Op op, int parent)
    {
        if (_kind[parent] is NodeKind.Text)
        {
            return (DomDiagnosticCodes.InvalidTreeOp, $"handle {op.Node} is a text node and cannot have children");
        }

        switch (op.Code)
        {
            case OpCode.AppendChild:
            case OpCode.InsertBefore:
            {
                if (ResolveChild(op.A, parent, out var child) is { } bad)
                {
                    return bad;
                }

                var before = -1;
                if (op.Code == OpCode.InsertBefore && op.B != 0)
                {
                    if (ResolveChildOf(op.B, parent, out before) is { } badBefore)
                    {
                        return badBefore;
                    }

                    if (before == child)
                    {
                        return null;
                    }
                }

                Insert(parent, child, before);
                return null;
            }

            case OpCode.RemoveChild:
            {
                if (ResolveChildOf(op.A, parent, out var child) is { } bad)
                {
                    return bad;
                }

                Unlink(child);
                return null;
            }

            case OpCode.ReplaceChild:
            {
                if (ResolveChildOf(op.B, parent, out var old) is { } badOld)
                {
                    return badOld;
                }

                if (ResolveChild(op.A, parent, out var child) is { } bad)
                {
                    return bad;
                }

                if (child != old)
                {
                    Insert(parent, child, old);
                    Unlink(old);
                }

                return null;
            }

            case OpCode.SpliceAppend:
            case OpCode.SpliceBefore:
            case OpCode.SpliceRemove:
                return Splice(op, parent);
            default:
                return (DomDiagnosticCodes.InvalidOperand, $"{op.Code} is not a tree op");
        }
    }

    private (string, string)? Splice(in Op op, int parent)
    {
        var start = -1;
        if (op.Code != OpCode.SpliceAppend)
        {
            if (ResolveChildOf(op.B, parent, out start) is { } bad)
            {
                return bad;
            }
        }

        var fragment = -1;
        if (op.Code != OpCode.SpliceRemove)
        {
            var f = Resolve(op.A);
            if (f.IsNone)
            {
                return UnknownHandle(op.A);
            }

            fragment = f.Index;
            if (_kind[fragment] != NodeKind.Fragment || fragment == parent)
            {
                return (DomDiagnosticCodes.InvalidTreeOp, $"handle {op.A} is not a fragment other than the parent");
            }

            for (var c = _firstChild[fragment]; c >= 0; c = _nextSibling[c])
            {
                if (IsInclusiveAncestor(c, parent))
                {
                    return (DomDiagnosticCodes.InvalidTreeOp, "the fragment holds an ancestor of the parent (a cycle)");
                }
            }
        }

        // The deleted range runs from `start` over deleteCount siblings; it must exist in full.
        var after = start;
        if (op.Code != OpCode.SpliceAppend)
        {
            if (op.Count < 0)
            {
                return (DomDiagnosticCodes.InvalidOperand, $"delete count {op.Count} is negative");
            }

            for (var k = 0; k < op.Count; k++)
            {
                if (after < 0)
                {
                    return (DomDiagnosticCodes.InvalidOperand, $"delete count {op.Count} runs past the last child");
                }

                after = _nextSibling[after];
            }
        }

        for (var c = start; c != after;)
        {
            var next = _nextSibling[c];
            Unlink(c);
            c = next;
        }

        if (fragment >= 0)
        {
            MoveChildren(fragment, parent, after);
        }

        return null;
    }

    /// <summary>Inserts a node (moving it if attached); a fragment inserts its children instead, as in the DOM.</summary>
    private void Insert(int parent, int child, int before)
    {
        if (_kind[child] == NodeKind.Fragment)
        {
            MoveChildren(child, parent, before);
            return;
        }

        Unlink(child);
        Link(parent, child, before);
    }

    /// <summary>A handle that may become a child of <paramref name="parent"/>: live, not the root, not an ancestor.</summary>
    private (string, string)? ResolveChild(uint handle, int parent, out int child)
    {
        child = -1;
        var id = Resolve(handle);
        if (id.IsNone)
        {
            return UnknownHandle(handle);
        }

        child = id.Index;
        if (_kind[child] == NodeKind.Root)
        {
            return (DomDiagnosticCodes.InvalidTreeOp, "the root cannot become a child");
        }

        if (_kind[child] == NodeKind.Fragment)
        {
            if (child == parent)
            {
                return (DomDiagnosticCodes.InvalidTreeOp, "a fragment cannot be spliced into itself");
            }

            for (var c = _firstChild[child]; c >= 0; c = _nextSibling[c])
            {
                if (IsInclusiveAncestor(c, parent))
                {
                    return (DomDiagnosticCodes.InvalidTreeOp, "the fragment holds an ancestor of the parent (a cycle)");
                }
            }

            return null;
        }

        // A childless node can be an ancestor of the parent only by being the parent: this keeps
        // building a deep tree from fresh nodes linear instead of quadratic.
        var cycle = child == parent || (_firstChild[child] >= 0 && IsInclusiveAncestor(child, parent));
        return cycle
            ? (DomDiagnosticCodes.InvalidTreeOp, $"handle {handle} is the parent or one of its ancestors (a cycle)")
            : null;
    }

    /// <summary>A handle that must name a current child of <paramref name="parent"/>.</summary>
    private (string, string)? ResolveChildOf(uint handle, int parent, out int child)
    {
        child = -1;
        var id = Resolve(handle);
        if (id.IsNone)
        {
            return UnknownHandle(handle);
        }

        child = id.Index;
        return _parent[child] == parent
            ? null
            : (DomDiagnosticCodes.InvalidTreeOp, $"handle {handle} is not a child of handle {_handle[parent]}");
    }
}
