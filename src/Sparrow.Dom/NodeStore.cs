using System;
using System.Collections.Generic;
using Sparrow.Core;

namespace Sparrow.Dom;

/// <summary>
/// The render thread's node tree as struct-of-arrays columns: a node is an index, its data is one
/// entry in each column. Slots of freed nodes go on a free list and are reused with the next
/// generation, so a <see cref="NodeId"/> kept past its node's release is detected as stale.
/// Links (<see cref="Parent"/>, <see cref="FirstChild"/>, …) are slot indices, -1 for none.
/// Entry point for the logic thread's ops: <see cref="Apply"/>. Single-threaded: the render thread
/// owns it.
/// </summary>
public sealed partial class NodeStore
{
    /// <summary>The largest handle an op stream may use; keeps a corrupt handle from sizing an array to 4 GB.</summary>
    public const uint MaxHandle = 1 << 24;

    /// <summary>The handle of the page root, created with the store (glass-easel's <c>getRootNode()</c>).</summary>
    public const uint RootHandle = 1;

    private int _capacity;
    private int _used;
    private int _freeHead = -1;
    private int _liveCount;

    private uint[] _generation;
    private NodeKind[] _kind;
    private int[] _parent;
    private int[] _firstChild;
    private int[] _lastChild;
    private int[] _prevSibling;
    private int[] _nextSibling;
    private Atom[] _tag;
    private Atom[] _stylingName;
    private NodeFlags[] _flags;
    private int[] _styleScope;
    private int[] _extraStyleScope;
    private int[] _hostStyleScope;
    private Atom[] _id;
    private uint[] _handle;
    private string?[] _text;
    private string?[] _inlineStyle;
    private SmallList<ClassEntry>[] _classes;
    private SmallList<AttributeEntry>[] _attributes;
    private SmallList<AttributeEntry>[] _dataset;
    private SmallList<ListenerStat>[] _listeners;

    private NodeId[] _byHandle = new NodeId[64];
    private readonly List<StyleChange> _styleChanges = [];
    private readonly List<StyleSheetEntry> _styleSheets = [];
    private readonly Dictionary<string, string> _styleSheetContent = new(StringComparer.Ordinal);

    public NodeStore(AtomTable atoms, int initialCapacity = 256)
    {
        Atoms = atoms;
        _capacity = Math.Max(initialCapacity, 4);
        _generation = new uint[_capacity];
        _kind = new NodeKind[_capacity];
        _parent = new int[_capacity];
        _firstChild = new int[_capacity];
        _lastChild = new int[_capacity];
        _prevSibling = new int[_capacity];
        _nextSibling = new int[_capacity];
        _tag = new Atom[_capacity];
        _stylingName = new Atom[_capacity];
        _flags = new NodeFlags[_capacity];
        _styleScope = new int[_capacity];
        _extraStyleScope = new int[_capacity];
        _hostStyleScope = new int[_capacity];
        _id = new Atom[_capacity];
        _handle = new uint[_capacity];
        _text = new string?[_capacity];
        _inlineStyle = new string?[_capacity];
        _classes = new SmallList<ClassEntry>[_capacity];
        _attributes = new SmallList<AttributeEntry>[_capacity];
        _dataset = new SmallList<AttributeEntry>[_capacity];
        _listeners = new SmallList<ListenerStat>[_capacity];
        Root = Allocate(NodeKind.Root, atoms.Intern("page"), Atom.Empty);
        _handle[Root.Index] = RootHandle;
        _byHandle[RootHandle] = Root;
    }

    public AtomTable Atoms { get; }

    public NodeId Root { get; }

    /// <summary>Slots ever used; every column is at least this long, and indices are below it.</summary>
    public int SlotCount => _used;

    /// <summary>Live nodes, the root included.</summary>
    public int LiveCount => _liveCount;

    public ReadOnlySpan<NodeKind> Kind => _kind.AsSpan(0, _used);

    public ReadOnlySpan<uint> Generation => _generation.AsSpan(0, _used);

    public ReadOnlySpan<int> Parent => _parent.AsSpan(0, _used);

    public ReadOnlySpan<int> FirstChild => _firstChild.AsSpan(0, _used);

    public ReadOnlySpan<int> LastChild => _lastChild.AsSpan(0, _used);

    public ReadOnlySpan<int> PrevSibling => _prevSibling.AsSpan(0, _used);

    public ReadOnlySpan<int> NextSibling => _nextSibling.AsSpan(0, _used);

    /// <summary>The logical name (<c>view</c>, <c>t-button</c>): what type selectors match.</summary>
    public ReadOnlySpan<Atom> Tag => _tag.AsSpan(0, _used);

    /// <summary>glass-easel's styling name (the built-in component a custom component renders as), or empty.</summary>
    public ReadOnlySpan<Atom> StylingName => _stylingName.AsSpan(0, _used);

    public ReadOnlySpan<Atom> Id => _id.AsSpan(0, _used);

    public ReadOnlySpan<int> StyleScope => _styleScope.AsSpan(0, _used);

    public ReadOnlySpan<int> ExtraStyleScope => _extraStyleScope.AsSpan(0, _used);

    public ReadOnlySpan<int> HostStyleScope => _hostStyleScope.AsSpan(0, _used);

    public ReadOnlySpan<uint> Handle => _handle.AsSpan(0, _used);

    /// <summary>Dirty bits. Writable so later stages clear what they have redone.</summary>
    public Span<NodeFlags> Flags => _flags.AsSpan(0, _used);

    public ReadOnlySpan<ClassEntry> Classes(int node) => _classes[node].AsSpan();

    public ReadOnlySpan<AttributeEntry> Attributes(int node) => _attributes[node].AsSpan();

    public ReadOnlySpan<AttributeEntry> Dataset(int node) => _dataset[node].AsSpan();

    public ReadOnlySpan<ListenerStat> Listeners(int node) => _listeners[node].AsSpan();

    public string? Text(int node) => _text[node];

    public string? InlineStyle(int node) => _inlineStyle[node];

    /// <summary>Selector-input changes since the style stage last called <see cref="ClearStyleChanges"/>.</summary>
    public IReadOnlyList<StyleChange> StyleChanges => _styleChanges;

    public void ClearStyleChanges() => _styleChanges.Clear();

    /// <summary>Appended stylesheets in cascade order (later wins at equal specificity).</summary>
    public IReadOnlyList<StyleSheetEntry> StyleSheets => _styleSheets;

    /// <summary>True when <paramref name="id"/> names a node that is alive now (right slot, right generation).</summary>
    public bool IsLive(NodeId id) =>
        !id.IsNone && (uint)id.Index < (uint)_used && _generation[id.Index] == id.Generation && _kind[id.Index] != NodeKind.Free;

    public NodeId IdOf(int index) => new(index, _generation[index]);

    /// <summary>The live node a writer handle names, or <see cref="NodeId.None"/>.</summary>
    public NodeId Resolve(uint handle)
    {
        if (handle == 0 || handle >= (uint)_byHandle.Length)
        {
            return NodeId.None;
        }

        var id = _byHandle[handle];
        return IsLive(id) ? id : NodeId.None;
    }

    /// <summary>True when the node's ancestor chain reaches the root.</summary>
    public bool IsConnected(int node)
    {
        while (node >= 0)
        {
            if (_kind[node] == NodeKind.Root)
            {
                return true;
            }

            node = _parent[node];
        }

        return false;
    }

    /// <summary>Atom of a name, for tests and dumps.</summary>
    public string NameOf(Atom atom) => Atoms.GetName(atom);
}
