using System.Collections.Generic;

namespace Sparrow.Host.Benchmarking;

/// <summary>One workload's repeated measurements (warm-up excluded), in <see cref="Unit"/>, and per-stage samples if it has stages.</summary>
public sealed record WorkloadResult(string Name, string Unit, IReadOnlyList<double> Samples, IReadOnlyDictionary<string, IReadOnlyList<double>>? Stages = null);
