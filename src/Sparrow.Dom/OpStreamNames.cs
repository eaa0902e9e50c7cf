using System.Collections.Generic;
using Sparrow.Core;

namespace Sparrow.Dom;

/// <summary>
/// The name table of one op-stream connection: <c>DefineName</c> records append to it and every
/// later batch refers to names by index, so a tag or class name crosses the thread boundary once.
/// Index 0 is the empty name. This is the reader's resumable state (kept apart from the
/// <see cref="OpStreamReader"/> ref struct, as System.Text.Json keeps JsonReaderState).
/// </summary>
public sealed class OpStreamNames
{
    private readonly List<Atom> _atoms = [Atom.Empty];

    public OpStreamNames(AtomTable atoms) => Atoms = atoms;

    public AtomTable Atoms { get; }

    public int Count => _atoms.Count;

    internal Atom this[int index] => _atoms[index];

    internal void Add(Atom atom) => _atoms.Add(atom);

    internal void Reset() => Truncate(1);

    internal Atom[] Snapshot() => _atoms.ToArray();

    internal void Restore(Atom[] snapshot)
    {
        _atoms.Clear();
        _atoms.AddRange(snapshot);
    }

    internal void Truncate(int count) => _atoms.RemoveRange(count, _atoms.Count - count);
}
