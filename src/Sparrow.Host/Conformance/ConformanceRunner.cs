using System;
using System.Collections.Generic;
using System.IO;

namespace Sparrow.Host.Conformance;

/// <summary>
/// Runs suites and judges them against their known-failure manifests. A suite that throws is a
/// failed run of that suite (one synthetic failing case naming the exception), never a crash.
/// </summary>
public static class ConformanceRunner
{
    public static IReadOnlyList<SuiteResult> Run(IEnumerable<IConformanceSuite> suites, string conformanceRoot, string artifacts, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(suites);
        var results = new List<SuiteResult>();
        foreach (var suite in suites)
        {
            var known = KnownFailures.Load(Path.Combine(conformanceRoot, suite.Name, "known-failures.txt"), problems);
            var suiteArtifacts = Path.Combine(artifacts, suite.Name);
            Directory.CreateDirectory(suiteArtifacts);
            List<CaseOutcome> cases;
            try
            {
                cases = [.. suite.Run(conformanceRoot, suiteArtifacts)];
            }
#pragma warning disable CA1031 // A broken suite is reported as a failed suite; the others still run.
            catch (Exception e)
#pragma warning restore CA1031
            {
                cases = [new CaseOutcome("(suite)", "(suite)", false, "the suite runs", e.GetType().Name + ": " + e.Message, e.ToString())];
            }

            results.Add(new SuiteResult(suite.Name, suite.Oracle, cases, known));
        }

        return results;
    }
}
