using System;
using System.Linq;
using BenchmarkDotNet.Running;

namespace Sparrow.Benchmarks;

/// <summary>
/// Micro benchmarks. Run all: <c>./dev bench</c>; one class: <c>./dev bench --filter '*Bridge*'</c>;
/// <c>--smoke</c> runs each benchmark once (used by the tests so the project cannot rot).
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        var smoke = args.Contains("--smoke", StringComparer.Ordinal);
        var rest = args.Where(a => a != "--smoke").ToArray();
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest, SparrowBenchmarkConfig.Create(smoke));
        if (summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)))
        {
            Environment.ExitCode = 1;
        }
    }
}
