using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Sparrow.Host.Conformance.Suites.App;

namespace Sparrow.Host.Conformance.Suites;

/// <summary>
/// App-level behaviour: lifecycle order, routing, events and storage. Each case under
/// <c>conformance/app/cases/&lt;group&gt;/&lt;name&gt;/</c> is a tiny mini program plus
/// <c>steps.json</c>; the runner performs the steps on the engine and compares the recorded trace
/// with <c>expected/&lt;group&gt;/&lt;name&gt;.json</c>, which <c>conformance/app/tools/generate.js</c>
/// derives from glass-easel itself (events) or from cited rules of WeChat's documentation
/// (lifecycle, routing, storage). A case also fails when the engine reported an error diagnostic.
/// </summary>
public sealed class AppSuite : IConformanceSuite
{
    public string Name => "app";

    public string Oracle => "glass-easel 0.12.1 in Node (events); WeChat's documented rules (lifecycle, routing, storage)";

    public IEnumerable<CaseOutcome> Run(string conformanceRoot, string artifacts)
    {
        var root = Path.Combine(conformanceRoot, "app");
        var runner = new AppCaseRunner(Path.Combine(root, "support", "observe.js"), Path.Combine(artifacts, "cache"));
        foreach (var @case in FindCases(root))
        {
            yield return RunCase(runner, @case, Path.Combine(root, "expected", @case.Group, @case.Name + ".json"), Path.Combine(artifacts, "work", @case.Group, @case.Name));
        }
    }

    /// <summary>Every case folder (one holding <c>steps.json</c>), by group then name.</summary>
    internal static IEnumerable<AppCase> FindCases(string root)
    {
        var cases = Path.Combine(root, "cases");
        foreach (var group in Directory.GetDirectories(cases).Order(StringComparer.Ordinal))
        {
            foreach (var dir in Directory.GetDirectories(group).Order(StringComparer.Ordinal))
            {
                if (File.Exists(Path.Combine(dir, "steps.json")))
                {
                    yield return AppCase.Load(Path.GetFileName(group), dir);
                }
            }
        }
    }

    /// <summary>Runs one case and judges it against <paramref name="expectedPath"/>; a broken case is a failing outcome, not a crash.</summary>
    internal static CaseOutcome RunCase(AppCaseRunner runner, AppCase @case, string expectedPath, string workDir)
    {
        if (!File.Exists(expectedPath))
        {
            return new CaseOutcome(@case.Id, @case.Group, false, "(no expectation: run conformance/app/tools/generate.js)", string.Empty);
        }

        var expected = AppExpectation.Load(expectedPath);
        List<string> trace;
        List<string> errors;
        try
        {
            (trace, errors) = runner.Run(@case, workDir);
        }
#pragma warning disable CA1031 // A case the engine cannot run fails with the reason; the others still run.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new CaseOutcome(@case.Id, @case.Group, false, expected.ToText(), e.GetType().Name + ": " + e.Message);
        }

        var mismatch = expected.FirstMismatch(trace);
        var passed = mismatch < 0 && errors.Count == 0;
        var detail = new StringBuilder();
        if (mismatch >= 0)
        {
            detail.Append("traces differ from line ").Append(mismatch + 1).Append(". ");
        }

        if (errors.Count > 0)
        {
            detail.Append("engine errors: ").Append(string.Join(" / ", errors.Take(3))).Append(". ");
        }

        if (expected.Rules.Count > 0)
        {
            detail.Append("rules: ").Append(string.Join(", ", expected.Rules));
        }

        return new CaseOutcome(@case.Id, @case.Group, passed, expected.ToText(), string.Join('\n', trace) + "\n", detail.Length == 0 ? null : detail.ToString().Trim());
    }
}
