using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Sparrow.Layout.Tests.Conformance;

/// <summary>
/// Finds the conformance data at run time: the repository root is the nearest ancestor of the test
/// binaries holding Engine.sln; fixtures are conformance/layout/fixtures/&lt;group&gt;/&lt;name&gt;.html with
/// their expectations in &lt;name&gt;.json; known failures are listed in conformance/layout/known-failures.txt.
/// </summary>
internal static class FixtureCatalog
{
    private static readonly Lazy<string> s_root = new(FindRepoRoot);

    public static string LayoutDir => Path.Combine(s_root.Value, "conformance", "layout");

    public static string FixturesDir => Path.Combine(LayoutDir, "fixtures");

    public static string KnownFailuresPath => Path.Combine(LayoutDir, "known-failures.txt");

    /// <summary>Fixture ids ("group/name"), sorted.</summary>
    public static IReadOnlyList<string> All() =>
        Directory.EnumerateFiles(FixturesDir, "*.html", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(FixturesDir, p).Replace('\\', '/')[..^".html".Length])
            .Order(StringComparer.Ordinal)
            .ToList();

    public static string Group(string id) => id[..id.IndexOf('/', StringComparison.Ordinal)];

    public static string HtmlPath(string id) => Path.Combine(FixturesDir, id + ".html");

    public static string JsonPath(string id) => Path.Combine(FixturesDir, id + ".json");

    /// <summary>
    /// The manifest: one fixture per line as <c>group/name | reason</c>; blank lines and lines starting
    /// with # are ignored. A fixture listed here may fail without failing the run.
    /// </summary>
    public static IReadOnlyDictionary<string, string> KnownFailures()
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(KnownFailuresPath))
        {
            return result;
        }

        foreach (var raw in File.ReadLines(KnownFailuresPath))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var bar = line.IndexOf('|', StringComparison.Ordinal);
            var id = (bar < 0 ? line : line[..bar]).Trim();
            result[id] = bar < 0 ? string.Empty : line[(bar + 1)..].Trim();
        }

        return result;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Engine.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Engine.sln not found above " + AppContext.BaseDirectory);
    }
}
