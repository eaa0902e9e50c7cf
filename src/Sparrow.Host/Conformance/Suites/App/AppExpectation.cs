using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace Sparrow.Host.Conformance.Suites.App;

/// <summary>
/// A case's expected trace as the generator wrote it (<c>expected/&lt;group&gt;/&lt;name&gt;.json</c>):
/// a list whose entries are lines, or <c>{ "anyOrder": [lines] }</c> where the oracle fixes no
/// order among those lines (the documents are silent on it); plus the rules it was derived from.
/// </summary>
internal sealed record AppExpectation(IReadOnlyList<IReadOnlyList<string>> Entries, IReadOnlyList<string> Rules, string Oracle)
{
    /// <exception cref="InvalidDataException">The file is not that shape.</exception>
    public static AppExpectation Load(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var root = doc.RootElement;
        if (!root.TryGetProperty("trace", out var trace) || trace.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"{path}: expected a \"trace\" array");
        }

        var entries = new List<IReadOnlyList<string>>();
        foreach (var entry in trace.EnumerateArray())
        {
            entries.Add(entry.ValueKind == JsonValueKind.String
                ? [entry.GetString()!]
                : entry.GetProperty("anyOrder").EnumerateArray().Select(e => e.GetString()!).ToArray());
        }

        var rules = root.TryGetProperty("rules", out var r) ? r.EnumerateArray().Select(e => e.GetString()!).ToArray() : [];
        var oracle = root.TryGetProperty("oracle", out var o) ? o.GetString() ?? string.Empty : string.Empty;
        return new AppExpectation(entries, rules, oracle);
    }

    /// <summary>The trace as the report shows it: one line each, an unordered group as <c>any order: a | b</c>.</summary>
    public string ToText()
    {
        var text = new StringBuilder();
        foreach (var entry in Entries)
        {
            text.Append(entry.Count == 1 ? entry[0] : "any order: " + string.Join(" | ", entry)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>
    /// Whether <paramref name="actual"/> is this trace: line for line, an unordered group matching
    /// the same number of actual lines in any order. Returns the first differing line index, or -1.
    /// </summary>
    public int FirstMismatch(IReadOnlyList<string> actual)
    {
        var at = 0;
        foreach (var entry in Entries)
        {
            if (at + entry.Count > actual.Count)
            {
                return at;
            }

            var want = entry.Order(System.StringComparer.Ordinal).ToArray();
            var got = actual.Skip(at).Take(entry.Count).Order(System.StringComparer.Ordinal).ToArray();
            if (!want.SequenceEqual(got, System.StringComparer.Ordinal))
            {
                return at;
            }

            at += entry.Count;
        }

        return at == actual.Count ? -1 : at;
    }
}
