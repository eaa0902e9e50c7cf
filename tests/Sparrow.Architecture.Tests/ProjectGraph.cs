using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace Sparrow.Architecture.Tests;

/// <summary>The projects of the repository and their project references, read from the .csproj files.</summary>
internal sealed record ProjectGraph(IReadOnlyDictionary<string, string[]> References)
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static ProjectGraph Load(string folder)
    {
        var references = new Dictionary<string, string[]>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoRoot, folder), "*.csproj", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}node_modules{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                continue;
            }

            references[Path.GetFileNameWithoutExtension(file)] = XDocument.Load(file)
                .Descendants("ProjectReference")
                .Select(r => Path.GetFileNameWithoutExtension((string)r.Attribute("Include")!.Value.Replace('\\', '/')))
                .ToArray();
        }

        return new ProjectGraph(references);
    }

    /// <summary>Every reference the rules do not allow, and every project the rules do not know.</summary>
    public IEnumerable<string> Violations(IReadOnlyDictionary<string, string[]> allowed)
    {
        foreach (var (project, refs) in References.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!allowed.TryGetValue(project, out var permitted))
            {
                yield return $"{project} has no dependency rule: add it to DependencyRules";
                continue;
            }

            foreach (var reference in refs.Where(r => !permitted.Contains(r)))
            {
                yield return $"{project} must not reference {reference}";
            }
        }
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Engine.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Engine.sln not found above " + AppContext.BaseDirectory);
    }
}
