using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace Sparrow.Css.Tests.Conformance;

/// <summary>
/// conformance/css/known-failures.json: per suite, case id → reason. A listed case may fail
/// without failing the run; entries are kept (never deleted) and the runner reports those that now pass.
/// </summary>
internal static class KnownFailures
{
    public static IReadOnlyDictionary<string, string> For(string suite)
    {
        var path = Path.Combine(ConformancePaths.Suite, "known-failures.json");
        var result = new Dictionary<string, string>();
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        if (doc.RootElement.TryGetProperty(suite, out var entries))
        {
            foreach (var e in entries.EnumerateObject())
            {
                result[e.Name] = e.Value.GetString() ?? string.Empty;
            }
        }

        return result;
    }
}
