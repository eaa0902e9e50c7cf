using System.Collections.Generic;
using System.Linq;
using Sparrow.Core;
using Sparrow.Dom;

namespace Sparrow.Css.Tests;

/// <summary>A node store and a cascade over it, driven through typed op batches as the logic thread would.</summary>
internal sealed class CssFixture
{
    public CssFixture(StyleEnvironment? env = null, IWxssImportResolver? resolver = null)
    {
        Store = new NodeStore(Atoms);
        Cascade = new Cascade(Atoms, env ?? StyleEnvironment.Default, Diagnostics, resolver);
    }

    public AtomTable Atoms { get; } = new();

    public NodeStore Store { get; }

    public Cascade Cascade { get; }

    public DiagnosticBag Diagnostics { get; } = new();

    public OpBatch Batch { get; } = new();

    public Atom A(string name) => Atoms.Intern(name);

    /// <summary>Creates an element with optional classes (scope -1), id and inline style under <paramref name="parent"/>.</summary>
    public CssFixture El(uint handle, string tag, uint parent = NodeStore.RootHandle, string? classes = null, string? id = null, string? style = null)
    {
        Batch.CreateElement(handle, A(tag), A(tag));
        foreach (var c in (classes ?? string.Empty).Split(' ', System.StringSplitOptions.RemoveEmptyEntries))
        {
            Batch.AddClass(handle, A(c));
        }

        if (id is not null)
        {
            Batch.SetId(handle, id);
        }

        if (style is not null)
        {
            Batch.SetStyle(handle, style);
        }

        Batch.AppendChild(parent, handle);
        return this;
    }

    public CssFixture Css(string wxss, int scope = -1)
    {
        Cascade.AddStyleSheet(wxss, "test.wxss", scope);
        return this;
    }

    /// <summary>Applies the pending batch and restyles.</summary>
    public RestyleStats Run()
    {
        Store.Apply(Batch, Diagnostics);
        Batch.Clear();
        return Cascade.Apply(Store);
    }

    public int Node(uint handle) => Store.Resolve(handle).Index;

    public string Get(uint handle, string property) => Cascade.Styles.Serialize(CssProperties.Find(property)!, Node(handle));

    public IReadOnlyList<Diagnostic> Errors => Diagnostics.Snapshot().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
}
