using System.Collections.Generic;
using System.Linq;
using System.Text;
using Xunit;
using Xunit.Abstractions;

namespace Sparrow.Text.Tests;

/// <summary>Every line of LineBreakTest.txt (Unicode 15.0) must pass.</summary>
public sealed class LineBreakConformanceTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_line_of_LineBreakTest_txt_passes()
    {
        var cases = UnicodeTestFile.Read("LineBreakTest.txt");
        var failures = new List<string>();
        foreach (var c in cases)
        {
            var result = new LineBreakOpportunity[c.CodePoints.Length + 1];
            LineBreakAlgorithm.Compute(c.CodePoints, result);

            // The file marks position 0 × (LB2) and the end ÷ (LB3); both hold by construction.
            bool ok = true;
            var actual = new StringBuilder();
            for (int i = 0; i <= c.CodePoints.Length; i++)
            {
                bool isBreak = result[i] != LineBreakOpportunity.None;
                ok &= isBreak == c.Breaks[i];
                actual.Append(isBreak ? "÷ " : "× ");
                if (i < c.CodePoints.Length)
                {
                    actual.Append(c.CodePoints[i].ToString("X4", System.Globalization.CultureInfo.InvariantCulture)).Append(' ');
                }
            }

            if (!ok)
            {
                failures.Add($"line {c.LineNumber}:\n  expected {c.Line}\n  actual   {actual}");
            }
        }

        output.WriteLine($"LineBreakTest.txt: {cases.Count - failures.Count}/{cases.Count} passed");
        Assert.True(failures.Count == 0, $"{failures.Count}/{cases.Count} failed:\n" + string.Join("\n", failures.Take(40)));
    }
}
