using System.Collections.Generic;
using System.Linq;
using Xunit;
using Xunit.Abstractions;

namespace Sparrow.Css.Tests.Conformance;

/// <summary>Collects case results of one suite, prints the pass count and fails on unexpected failures.</summary>
internal sealed class ConformanceReport(string suite, ITestOutputHelper output)
{
    private readonly List<(string Id, string Expected, string Actual)> _failures = [];
    private readonly IReadOnlyDictionary<string, string> _known = KnownFailures.For(suite);
    private int _total;
    private int _passed;

    public void Check(string id, string expected, string actual)
    {
        _total++;
        if (expected == actual)
        {
            _passed++;
            if (_known.ContainsKey(id))
            {
                output.WriteLine($"  now passes (listed in known-failures.json): {id}");
            }

            return;
        }

        _failures.Add((id, expected, actual));
    }

    public void Finish(int minimumCases)
    {
        var unexpected = _failures.Where(f => !_known.ContainsKey(f.Id)).ToArray();
        output.WriteLine($"{suite}: {_passed}/{_total} passed, {_failures.Count - unexpected.Length} known failures, {unexpected.Length} unexpected failures");
        foreach (var (id, expected, actual) in _failures)
        {
            var tag = _known.TryGetValue(id, out var why) ? $"known ({why})" : "FAIL";
            output.WriteLine($"  {tag}: {id}\n    expected: {expected}\n    actual:   {actual}");
        }

        Assert.True(_total >= minimumCases, $"{suite}: only {_total} cases, expected at least {minimumCases}");
        Assert.True(unexpected.Length == 0, $"{suite}: {unexpected.Length} unexpected failures:\n" + string.Join('\n', unexpected.Select(f => $"{f.Id}\n  expected: {f.Expected}\n  actual:   {f.Actual}")));
    }
}
