using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace Sparrow.Host.Conformance.Suites.App;

/// <summary>
/// One app-suite case as read from disk: its package folder (<c>cases/&lt;group&gt;/&lt;name&gt;/</c>),
/// the launch path from <c>steps.json</c> (null: the entry page) and its steps in order.
/// </summary>
internal sealed record AppCase(string Group, string Name, string PackageDir, string? Launch, IReadOnlyList<JsonElement> Steps)
{
    public string Id => Group + "/" + Name;

    /// <summary>Reads <c>steps.json</c>: <c>{ "launch"?: "pages/a/a?x=1", "steps": [ … ] }</c>.</summary>
    /// <exception cref="InvalidDataException">The file is not that shape.</exception>
    public static AppCase Load(string group, string dir)
    {
        var path = Path.Combine(dir, "steps.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("steps", out var steps) || steps.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"{path}: expected an object with a \"steps\" array");
        }

        string? launch = root.TryGetProperty("launch", out var l) ? l.GetString() : null;
        var list = new List<JsonElement>();
        foreach (var step in steps.EnumerateArray())
        {
            list.Add(step.Clone());
        }

        return new AppCase(group, Path.GetFileName(dir), dir, launch, list);
    }
}
