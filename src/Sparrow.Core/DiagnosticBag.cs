using System.Collections.Generic;

namespace Sparrow.Core;

/// <summary>A thread-safe <see cref="IDiagnosticSink"/> that keeps everything reported, in order.</summary>
public sealed class DiagnosticBag : IDiagnosticSink
{
    private readonly List<Diagnostic> _items = [];
    private readonly object _gate = new();

    public void Report(Diagnostic diagnostic)
    {
        lock (_gate)
        {
            _items.Add(diagnostic);
        }
    }

    /// <summary>A copy of what was reported so far.</summary>
    public IReadOnlyList<Diagnostic> Snapshot()
    {
        lock (_gate)
        {
            return _items.ToArray();
        }
    }

    public bool HasErrors
    {
        get
        {
            lock (_gate)
            {
                return _items.Exists(static d => d.Severity == DiagnosticSeverity.Error);
            }
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _items.Clear();
        }
    }
}
