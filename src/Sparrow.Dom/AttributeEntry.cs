using Sparrow.Core;

namespace Sparrow.Dom;

/// <summary>
/// One attribute (or dataset entry) of a node. glass-easel passes attribute values of any JS type;
/// the writer sends their kind, and the store keeps it with the string form attribute selectors
/// compare against: JS <c>String(value)</c> (<c>"true"</c>, <c>"false"</c>, <c>"null"</c>, numbers
/// in shortest round-trip form).
/// </summary>
public readonly record struct AttributeEntry(Atom Name, AttributeValueKind Kind, string Value);
