using System;
using System.Linq;
using BenchmarkDotNet.Running;

namespace Sparrow.Benchmarks;

/// <summary>
/// Micro benchmarks. Run all: <c>./dev bench</c>; one class: <c>./dev bench --filter '*Bridge*'</c>;
/// <c>--smoke</c> runs each benchmark once (used by the tests so the project cannot rot).
/// <c>--export-layout-trees DIR</c>, <c>--layout-loop TREE MODE N</c> and <c>--layout-styles</c>: see <see cref="Layout.LayoutBenchTool"/>.
/// <c>--texture-uploads N SIZE</c>: see <see cref="Gpu.TextureUploadBench"/>.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length == 2 && args[0] == "--export-layout-trees")
        {
            Layout.LayoutBenchTool.Export(args[1]);
            return;
        }

        if (args.Length == 4 && args[0] == "--layout-loop")
        {
            Layout.LayoutBenchTool.Loop(args[1], args[2], int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture));
            return;
        }

        if (args.Length == 3 && args[0] == "--texture-uploads")
        {
            Gpu.TextureUploadBench.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
            return;
        }

        if (args.Length == 1 && args[0] == "--layout-styles")
        {
            Layout.LayoutBenchTool.Styles();
            return;
        }

        var smoke = args.Contains("--smoke", StringComparer.Ordinal);
        var rest = args.Where(a => a != "--smoke").ToArray();
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest, SparrowBenchmarkConfig.Create(smoke));
        if (summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)))
        {
            Environment.ExitCode = 1;
        }
    }
}
