using System;
using System.Collections.Generic;
using System.IO;

namespace Sparrow.Host.Conformance;

/// <summary>
/// A suite's committed list of cases that fail today, each with a reason:
/// <c>&lt;case id&gt; | &lt;reason&gt;</c> per line, <c>#</c> starts a comment. Cases are kept and
/// marked, never deleted; the runner tells when a listed case passes so the list can shrink.
/// </summary>
public sealed class KnownFailures
{
    private readonly Dictionary<string, string> _reasons = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Reasons => _reasons;

    /// <summary>Reads the manifest; a missing file is an empty list, a line without a reason is a problem.</summary>
    public static KnownFailures Load(string path, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var result = new KnownFailures();
        if (!File.Exists(path))
        {
            return result;
        }

        var number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var bar = line.IndexOf('|', StringComparison.Ordinal);
            if (bar <= 0 || line[(bar + 1)..].Trim().Length == 0)
            {
                problems.Add($"{path}:{number}: a known failure needs '<case> | <reason>'");
                continue;
            }

            result._reasons[line[..bar].Trim()] = line[(bar + 1)..].Trim();
        }

        return result;
    }
}
