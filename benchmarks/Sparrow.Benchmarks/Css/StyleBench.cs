using System;
using System.Linq;
using Sparrow.Core;
using Sparrow.Css;
using Sparrow.Dom;

namespace Sparrow.Benchmarks.Css;

/// <summary>
/// The state both Css benchmark classes start from: <see cref="StylePage"/>'s tree applied to a
/// node store, its sheet parsed once, and a cascade that has styled the page once.
/// </summary>
internal sealed class StyleBench
{
    public const int Nodes = 5_000;
    public const int Rules = 500;

    public StyleBench()
    {
        Store = new NodeStore(Atoms, Nodes + 16);
        Page = StylePage.Build(Atoms, Nodes);
        Store.Apply(Page.Batch, Diagnostics);
        Page.Batch.Clear();
        Sheet = WxssReader.Read(StylePage.Wxss(Rules), "app.wxss", Atoms, Diagnostics, null);
        Cascade = NewCascade();
        var first = Cascade.Apply(Store);
        Elements = first.Restyled;
        var errors = Diagnostics.Snapshot().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        if (errors.Length > 0 || Sheet.Rules.Count != Rules || !first.Full)
        {
            throw new InvalidOperationException($"page did not load: {Sheet.Rules.Count} rules, {string.Join("; ", errors.Select(e => e.Message))}");
        }
    }

    public AtomTable Atoms { get; } = new();

    public DiagnosticBag Diagnostics { get; } = new();

    public NodeStore Store { get; }

    public StylePage Page { get; }

    public StyleSheet Sheet { get; }

    public Cascade Cascade { get; }

    /// <summary>Elements the full restyle visits (the page's text nodes are not styled on their own).</summary>
    public int Elements { get; }

    public OpBatch Batch { get; } = new();

    public Cascade NewCascade()
    {
        var cascade = new Cascade(Atoms, StyleEnvironment.Default, Diagnostics);
        cascade.AddStyleSheet(Sheet);
        return cascade;
    }

    /// <summary>Applies <see cref="Batch"/> and restyles: the whole render-side step for one change.</summary>
    public RestyleStats Run()
    {
        Store.Apply(Batch, Diagnostics);
        Batch.Clear();
        return Cascade.Apply(Store);
    }
}
