using System;
using System.Collections.Generic;
using System.Threading;

namespace Sparrow.Core;

/// <summary>
/// Interns strings as <see cref="Atom"/>s. Lookups by span do not allocate once a name is known.
/// Reads may come from any thread; interning takes a lock, which is off the hot path because the
/// set of names a page uses is small and stable.
/// </summary>
public sealed class AtomTable
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _byspan;
    private string[] _names = new string[64];
    private int _count;
    private readonly Lock _gate = new();

    public AtomTable()
    {
        _byspan = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        _names[0] = string.Empty;
        _ids[string.Empty] = 0;
        _count = 1;
    }

    /// <summary>How many distinct names are interned, the empty name included.</summary>
    public int Count => Volatile.Read(ref _count);

    public Atom Intern(ReadOnlySpan<char> name)
    {
        lock (_gate)
        {
            if (_byspan.TryGetValue(name, out var id))
            {
                return new Atom(id);
            }

            var text = name.ToString();
            id = _count;
            if (id == _names.Length)
            {
                Array.Resize(ref _names, id * 2);
            }

            _names[id] = text;
            _ids[text] = id;
            Volatile.Write(ref _count, id + 1);
            return new Atom(id);
        }
    }

    /// <summary>The atom of a name already interned, without interning it.</summary>
    public bool TryGet(ReadOnlySpan<char> name, out Atom atom)
    {
        lock (_gate)
        {
            var found = _byspan.TryGetValue(name, out var id);
            atom = new Atom(found ? id : 0);
            return found;
        }
    }

    public string GetName(Atom atom)
    {
        // Count is published after the name is stored (and after any resize), so read it first.
        if ((uint)atom.Id >= (uint)Count)
        {
            ThrowHelper.ArgumentOutOfRange(nameof(atom), $"{atom} was not interned in this table.");
        }

        return Volatile.Read(ref _names)[atom.Id];
    }
}
