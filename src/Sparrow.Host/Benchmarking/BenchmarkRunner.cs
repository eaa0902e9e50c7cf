using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;

namespace Sparrow.Host.Benchmarking;

/// <summary>
/// Runs macro workloads: <see cref="Warmup"/> discarded runs, then <see cref="Runs"/> measured ones,
/// each workload in turn, into a <see cref="BenchmarkReport"/> carrying every sample with the
/// commit and the machine, so <see cref="BenchmarkComparison"/> can judge later runs against it.
/// </summary>
public sealed record BenchmarkRunner(int Warmup = 2, int Runs = 10)
{
    public BenchmarkReport Run(IEnumerable<IWorkload> workloads, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(workloads);
        var results = new List<WorkloadResult>();
        foreach (var workload in workloads)
        {
            using (workload)
            {
                if ((workload as ISkippable)?.SkipReason is { } reason)
                {
                    progress?.Invoke($"{workload.Name}: skipped: {reason}");
                    continue;
                }

                for (var i = 0; i < Warmup; i++)
                {
                    workload.RunOnce();
                }

                var warmupStages = (workload as IReportsStages)?.Stages.ToDictionary(s => s.Key, s => s.Value.Count);

                var samples = new double[Runs];
                for (var i = 0; i < Runs; i++)
                {
                    samples[i] = workload.RunOnce();
                }

                var stages = (workload as IReportsStages)?.Stages.ToDictionary(
                    s => s.Key, s => (IReadOnlyList<double>)s.Value.Skip(warmupStages!.GetValueOrDefault(s.Key)).ToArray());
                var peer = (workload as Peers.IHasPeer)?.RunPeer(Warmup, Runs);
                results.Add(new WorkloadResult(workload.Name, workload.Unit, samples, stages, peer));
                progress?.Invoke($"{workload.Name}: median {BenchmarkComparison.Median(samples):0.###} {workload.Unit} over {Runs} runs");
            }
        }

        return new BenchmarkReport(BenchmarkReport.CurrentSchema, Commit(), Machine(), DateTimeOffset.UtcNow, results);
    }

    /// <summary>The commit the engine was built from (the informational version carries it after a '+').</summary>
    public static string Commit()
    {
        var version = typeof(BenchmarkRunner).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? string.Empty;
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus >= 0 ? version[(plus + 1)..] : "unknown";
    }

    /// <summary>CPU model, core count, OS and runtime: enough to tell whether two reports are comparable.</summary>
    public static string Machine()
    {
        var cpu = "unknown CPU";
        try
        {
            cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? cpu;
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return $"{cpu}, {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}";
    }
}
