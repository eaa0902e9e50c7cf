namespace Sparrow.Dom;

/// <summary>
/// The ops of an <see cref="OpBatch"/>, one per call of glass-easel's composed backend protocol
/// (<c>glass-easel/src/backend/composed_backend_protocol.ts</c>). The numeric values are the opcodes
/// of the binary op stream, version 1 (docs/op-stream.md); never renumber them.
/// </summary>
public enum OpCode : byte
{
    /// <summary>Stream only: defines the next name index. Never appears in a decoded batch.</summary>
    DefineName = 0x01,

    CreateElement = 0x10,
    CreateText = 0x11,
    CreateFragment = 0x12,
    CreateVirtualHost = 0x13,
    Release = 0x14,

    AppendChild = 0x20,
    InsertBefore = 0x21,
    RemoveChild = 0x22,
    ReplaceChild = 0x23,
    SpliceBefore = 0x24,
    SpliceAppend = 0x25,
    SpliceRemove = 0x26,

    SetId = 0x30,
    SetStyleScope = 0x31,
    SetStyle = 0x32,
    AddClass = 0x33,
    RemoveClass = 0x34,
    ClearClasses = 0x35,
    SetAttribute = 0x36,
    RemoveAttribute = 0x37,
    SetDataset = 0x38,
    SetText = 0x39,
    SetListenerStats = 0x3A,

    RegisterStyleSheet = 0x40,
    AppendStyleSheet = 0x41,
    DisableStyleSheet = 0x42,
}
