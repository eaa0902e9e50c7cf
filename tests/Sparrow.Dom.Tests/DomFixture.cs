using System.Linq;
using Sparrow.Core;
using Xunit;

namespace Sparrow.Dom.Tests;

/// <summary>A store plus helpers to drive it through typed batches, as the logic thread would.</summary>
internal sealed class DomFixture
{
    public DomFixture()
    {
        Atoms = new AtomTable();
        Store = new NodeStore(Atoms, 4);
    }

    public AtomTable Atoms { get; }

    public NodeStore Store { get; }

    public DiagnosticBag Diagnostics { get; } = new();

    public OpBatch Batch { get; } = new();

    public Atom A(string name) => Atoms.Intern(name);

    /// <summary>Applies the pending batch, clears it, checks the tree's invariants.</summary>
    public ApplyResult Flush()
    {
        var result = Store.Apply(Batch, Diagnostics);
        Batch.Clear();
        TreeInvariants.Check(Store);
        return result;
    }

    public void Element(uint handle, string tag, uint parent = NodeStore.RootHandle)
    {
        Batch.CreateElement(handle, A(tag), A(tag));
        Batch.AppendChild(parent, handle);
    }

    public string Dump(bool flags = false) => TreeDump.Write(Store, flags);

    public string[] Codes() => Diagnostics.Snapshot().Select(d => d.Code).ToArray();

    public void AssertNoDiagnostics() => Assert.Empty(Diagnostics.Snapshot());
}
