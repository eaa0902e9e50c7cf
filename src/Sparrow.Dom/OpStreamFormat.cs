namespace Sparrow.Dom;

/// <summary>Constants of the binary op stream, version 1. The format is specified in docs/op-stream.md.</summary>
public static class OpStreamFormat
{
    /// <summary>"SPOB" in ASCII: the first four bytes of every batch.</summary>
    public static readonly byte[] Magic = [0x53, 0x50, 0x4F, 0x42];

    public const byte Version = 1;

    /// <summary>Header flag: clear the name table before reading this batch (the first batch of a connection sets it).</summary>
    public const byte FlagResetNames = 0x01;

    /// <summary>magic (4) + version (1) + flags (1); the record count follows as a varuint.</summary>
    public const int FixedHeaderSize = 6;

    /// <summary>Name table limit per connection; a stream past it is malformed.</summary>
    public const int MaxNames = 1 << 20;

    /// <summary>Attribute value kinds on the wire are <see cref="AttributeValueKind"/> bytes.</summary>
    public const byte MaxAttributeValueKind = (byte)AttributeValueKind.Null;
}
