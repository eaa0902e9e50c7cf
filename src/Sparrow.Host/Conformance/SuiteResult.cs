using System.Collections.Generic;
using System.Linq;

namespace Sparrow.Host.Conformance;

/// <summary>
/// A suite's outcomes judged against its known failures: a <see cref="Regressions"/> entry is a
/// case that fails and is not listed (the exit code turns on these); <see cref="NewlyPassing"/>
/// are listed cases that pass now (the list can be tightened).
/// </summary>
public sealed record SuiteResult(string Suite, string Oracle, IReadOnlyList<CaseOutcome> Cases, KnownFailures Known)
{
    public int Passed => Cases.Count(c => c.Passed);

    public int Failed => Cases.Count - Passed;

    public IReadOnlyList<CaseOutcome> Regressions => Cases.Where(c => !c.Passed && !Known.Reasons.ContainsKey(c.Id)).ToArray();

    public IReadOnlyList<CaseOutcome> NewlyPassing => Cases.Where(c => c.Passed && Known.Reasons.ContainsKey(c.Id)).ToArray();

    /// <summary>Listed ids that no longer name a case (a renamed or removed case: the list is stale).</summary>
    public IReadOnlyList<string> StaleEntries => Known.Reasons.Keys.Where(id => Cases.All(c => c.Id != id)).ToArray();
}
