namespace Sparrow.Core;

/// <summary>
/// An interned name (tag, class, attribute, property): an index into an <see cref="AtomTable"/>.
/// Comparing two atoms of one table is comparing two integers. <c>default</c> is the empty name.
/// </summary>
public readonly record struct Atom(int Id)
{
    public static Atom Empty => default;

    public bool IsEmpty => Id == 0;

    public override string ToString() => $"atom:{Id}";
}
