using System.Collections.Generic;
using System.Linq;
using Sparrow.Core;

namespace Sparrow.Text.Tests;

/// <summary>Collects diagnostics so a test can assert on their codes.</summary>
internal sealed class RecordingSink : IDiagnosticSink
{
    private readonly List<Diagnostic> items = [];

    public IReadOnlyList<Diagnostic> Items => items;

    public void Report(Diagnostic diagnostic)
    {
        lock (items)
        {
            items.Add(diagnostic);
        }
    }

    public bool Has(string code) => items.Any(d => d.Code == code);
}
