using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace Sparrow.Architecture.Tests;

/// <summary>
/// Diagnostic codes are defined once: in Core's <c>DiagnosticCodes</c> or in a stage's own
/// <c>*DiagnosticCodes</c> class, inside the stage's range (SP1 host/CLI, SP2 script, SP3 package,
/// SP4 DOM, SP5 CSS, SP6 layout, SP7 text, SP8 paint and GPU). No code may mean two things.
/// </summary>
public partial class DiagnosticCodeTests
{
    [Fact]
    public void Every_diagnostic_code_in_the_source_is_defined_once()
    {
        var definitions = Directory.EnumerateFiles(Path.Combine(ProjectGraph.RepoRoot, "src"), "*DiagnosticCodes.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal))
            .SelectMany(f => CodePattern().Matches(File.ReadAllText(f)).Select(m => (Code: m.Groups["code"].Value, File: Path.GetRelativePath(ProjectGraph.RepoRoot, f))))
            .ToArray();
        Assert.NotEmpty(definitions);
        var duplicates = definitions.GroupBy(d => d.Code).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(d => d.File))}").ToArray();
        Assert.True(duplicates.Length == 0, "Codes defined more than once:\n" + string.Join('\n', duplicates));
    }

    [GeneratedRegex("=\\s*\"(?<code>SP[0-9]{4})\"")]
    private static partial Regex CodePattern();
}
