namespace Sparrow.Dom;

/// <summary>
/// The DOM stage's diagnostic codes (range SP4xxx of <see cref="Sparrow.Core.DiagnosticCodes"/>).
/// Kept here until they move into Core's single table.
/// </summary>
public static class DomDiagnosticCodes
{
    /// <summary>The op stream does not start with the magic bytes or names an unknown version.</summary>
    public const string OpStreamBadHeader = "SP4001";

    /// <summary>The op stream ends inside an op, names an unknown opcode, or has bytes after the last op.</summary>
    public const string OpStreamMalformed = "SP4002";

    /// <summary>A string in the op stream is not valid UTF-8, or a name index was never defined.</summary>
    public const string OpStreamBadString = "SP4003";

    /// <summary>An op names a node handle that is not live (never created, or already released).</summary>
    public const string UnknownNode = "SP4010";

    /// <summary>An op would break the tree: a cycle, a child of a text node, a create over a live handle.</summary>
    public const string InvalidTreeOp = "SP4011";

    /// <summary>An op's operands are out of range (a handle over the limit, a stylesheet index never appended).</summary>
    public const string InvalidOperand = "SP4012";
}
