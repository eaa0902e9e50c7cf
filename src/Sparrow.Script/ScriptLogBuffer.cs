using System.Collections.Generic;

namespace Sparrow.Script;

/// <summary>An <see cref="IScriptLog"/> that keeps every entry (for tests and traces).</summary>
public sealed class ScriptLogBuffer : IScriptLog
{
    private readonly List<JsLogEntry> _entries = [];
    private readonly object _gate = new();

    public void Write(in JsLogEntry entry)
    {
        lock (_gate)
        {
            _entries.Add(entry);
        }
    }

    public IReadOnlyList<JsLogEntry> Snapshot()
    {
        lock (_gate)
        {
            return _entries.ToArray();
        }
    }
}
