namespace Sparrow.Package.Json;

/// <summary>The JSON value kinds (RFC 8259).</summary>
public enum JsonKind : byte
{
    Null,
    False,
    True,
    Number,
    String,
    Array,
    Object,
}
