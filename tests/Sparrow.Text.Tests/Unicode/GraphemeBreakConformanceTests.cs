using System.Collections.Generic;
using System.Linq;
using Xunit;
using Xunit.Abstractions;

namespace Sparrow.Text.Tests;

/// <summary>Every line of GraphemeBreakTest.txt (Unicode 15.0) must pass.</summary>
public sealed class GraphemeBreakConformanceTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_line_of_GraphemeBreakTest_txt_passes()
    {
        var cases = UnicodeTestFile.Read("GraphemeBreakTest.txt");
        var failures = new List<string>();
        foreach (var c in cases)
        {
            var result = new bool[c.CodePoints.Length + 1];
            GraphemeBreaker.Compute(c.CodePoints, result);
            if (!result.SequenceEqual(c.Breaks))
            {
                string actual = string.Join(" ", result.Select(b => b ? "÷" : "×"));
                failures.Add($"line {c.LineNumber}:\n  expected {c.Line}\n  actual marks {actual}");
            }
        }

        output.WriteLine($"GraphemeBreakTest.txt: {cases.Count - failures.Count}/{cases.Count} passed");
        Assert.True(failures.Count == 0, $"{failures.Count}/{cases.Count} failed:\n" + string.Join("\n", failures.Take(40)));
    }
}
