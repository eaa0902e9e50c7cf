using System.Collections.Generic;

namespace Sparrow.Host.Conformance;

/// <summary>
/// A data-driven suite under <c>conformance/&lt;name&gt;/</c>: cases and expectations from an oracle,
/// run against the engine. Its known failures live in <c>conformance/&lt;name&gt;/known-failures.txt</c>.
/// </summary>
public interface IConformanceSuite
{
    /// <summary>The folder name under <c>conformance/</c>.</summary>
    string Name { get; }

    /// <summary>Where the expectations come from, e.g. "wcc (miniprogram-compiler 0.2.3)".</summary>
    string Oracle { get; }

    /// <summary>Runs every case. <paramref name="artifacts"/> is a folder the suite may write images into.</summary>
    IEnumerable<CaseOutcome> Run(string conformanceRoot, string artifacts);
}
