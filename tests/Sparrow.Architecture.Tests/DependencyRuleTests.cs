using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace Sparrow.Architecture.Tests;

public class DependencyRuleTests
{
    [Fact]
    public void Source_projects_reference_only_what_the_architecture_allows()
    {
        var violations = ProjectGraph.Load("src").Violations(DependencyRules.Allowed).ToArray();
        Assert.True(violations.Length == 0, "Dependency rule violations:\n" + string.Join('\n', violations));
    }

    [Fact]
    public void The_checker_reports_an_upstream_reference()
    {
        var graph = new ProjectGraph(new Dictionary<string, string[]>
        {
            ["Sparrow.Layout"] = ["Sparrow.Core", "Sparrow.Dom"],
            ["Sparrow.Mystery"] = [],
        });
        var violations = graph.Violations(DependencyRules.Allowed).ToArray();
        Assert.Contains("Sparrow.Layout must not reference Sparrow.Dom", violations);
        Assert.Contains("Sparrow.Mystery has no dependency rule: add it to DependencyRules", violations);
    }

    [Fact]
    public void Each_test_project_tests_one_source_project_and_references_only_what_it_may()
    {
        var src = ProjectGraph.Load("src").References;
        var tests = ProjectGraph.Load("tests").References;
        var problems = new List<string>();
        foreach (var (project, refs) in tests)
        {
            if (project == "Sparrow.Architecture.Tests")
            {
                continue;
            }

            var subject = project[..^".Tests".Length];
            if (!src.ContainsKey(subject))
            {
                problems.Add($"{project} mirrors no project in src/ (expected src/{subject})");
                continue;
            }

            var permitted = DependencyRules.Allowed.TryGetValue(subject, out var allowed) ? allowed.Append(subject).ToHashSet() : [subject];
            problems.AddRange(refs.Where(r => !permitted.Contains(r)).Select(r => $"{project} must not reference {r}"));
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void No_source_file_widens_internals_beyond_its_own_tests_and_benchmarks()
    {
        // Directory.Build.targets grants InternalsVisibleTo to <Project>.Tests and the benchmarks only.
        var offenders = Directory.EnumerateFiles(Path.Combine(ProjectGraph.RepoRoot, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("InternalsVisibleTo", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(ProjectGraph.RepoRoot, f))
            .ToArray();
        Assert.True(offenders.Length == 0, "InternalsVisibleTo in source: " + string.Join(", ", offenders));
    }

    [Fact]
    public void Every_project_folder_has_a_readme()
    {
        var missing = new[] { "src", "tests", "benchmarks" }
            .Select(d => Path.Combine(ProjectGraph.RepoRoot, d))
            .Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateDirectories(d))
            .Where(d => Path.GetFileName(d) != "node_modules" && Directory.EnumerateFiles(d, "*.csproj").Any())
            .Where(d => !File.Exists(Path.Combine(d, "README.md")))
            .Select(d => Path.GetRelativePath(ProjectGraph.RepoRoot, d))
            .ToArray();
        Assert.True(missing.Length == 0, "Project folders without README.md: " + string.Join(", ", missing));
    }
}
