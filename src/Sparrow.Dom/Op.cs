using System.Runtime.InteropServices;
using Sparrow.Core;

namespace Sparrow.Dom;

/// <summary>
/// One decoded op: a flat, blittable record so a batch is one array the render thread walks
/// without allocating. Which fields an op uses is listed on each <see cref="OpBatch"/> method; the
/// others are zero (handles), -1 (string and scope slots) or <see cref="Atom.Empty"/>.
/// Node operands are the writer's <em>handles</em> (docs/op-stream.md), not <see cref="NodeId"/>s.
/// </summary>
[StructLayout(LayoutKind.Auto)]
public readonly record struct Op
{
    public OpCode Code { get; init; }

    /// <summary>The subject: the created node, the parent of a tree op, the node a setter changes.</summary>
    public uint Node { get; init; }

    /// <summary>A second handle: the child, the new child of a replace, the fragment of a splice.</summary>
    public uint A { get; init; }

    /// <summary>A third handle: <c>before</c> of an insert or splice, the old child of a replace.</summary>
    public uint B { get; init; }

    /// <summary>Delete count of a splice, stylesheet index, mutation level of a listener stat.</summary>
    public int Count { get; init; }

    public int Scope { get; init; }

    public int ExtraScope { get; init; }

    public int HostScope { get; init; }

    public Atom Name { get; init; }

    public Atom Name2 { get; init; }

    /// <summary>Index into <see cref="OpBatch.Strings"/>, or -1.</summary>
    public int Text { get; init; }

    /// <summary>Index into <see cref="OpBatch.Strings"/>, or -1.</summary>
    public int Text2 { get; init; }

    /// <summary>Attribute value kind, or 1 for a capturing listener stat.</summary>
    public byte Flags { get; init; }

    internal static Op Of(OpCode code, uint node) =>
        new() { Code = code, Node = node, Scope = -1, ExtraScope = -1, HostScope = -1, Text = -1, Text2 = -1 };
}
