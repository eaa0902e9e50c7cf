using Sparrow.Core;

namespace Sparrow.Css;

/// <summary>
/// One simple selector. <see cref="Name"/> is the atom of the type, class, id or attribute name;
/// <see cref="A"/>/<see cref="B"/> are the <c>an+b</c> of the nth forms; <see cref="Inner"/> is the
/// argument of <c>:not()</c>, <c>:host()</c> and the <c>of S</c> of <c>:nth-child()</c>.
/// </summary>
public sealed record SimpleSelector(SimpleSelectorKind Kind, Atom Name = default, string? Value = null, AttributeMatch Match = AttributeMatch.Exists, bool CaseInsensitive = false, int A = 0, int B = 0, ComplexSelector[]? Inner = null);
