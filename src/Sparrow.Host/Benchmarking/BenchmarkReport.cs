using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sparrow.Host.Benchmarking;

/// <summary>
/// The JSON a benchmark run writes (<c>sparrow bench --out</c>): what ran, where, on which commit,
/// and every sample, so a later run can be compared statistically rather than by one number. A
/// workload with a peer also carries the peer's samples and the ratio (<see cref="WorkloadResult.Peer"/>);
/// reports written before peers existed load unchanged. Null members are left out of the JSON.
/// </summary>
public sealed record BenchmarkReport(int Schema, string Commit, string Machine, DateTimeOffset Date, IReadOnlyList<WorkloadResult> Workloads)
{
    public const int CurrentSchema = 1;

    public string ToJson() => JsonSerializer.Serialize(this, BenchmarkJsonContext.Default.BenchmarkReport);

    /// <summary>Reads a report; a malformed file throws <see cref="InvalidDataException"/> naming it.</summary>
    public static BenchmarkReport Load(string path)
    {
        try
        {
            var report = JsonSerializer.Deserialize(File.ReadAllText(path), BenchmarkJsonContext.Default.BenchmarkReport)
                ?? throw new InvalidDataException($"{path}: empty benchmark report.");
            return report.Schema == CurrentSchema ? report : throw new InvalidDataException($"{path}: benchmark report schema {report.Schema}, expected {CurrentSchema}.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}:{(e.LineNumber ?? 0) + 1}: not a benchmark report: {e.Message}", e);
        }
    }
}

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(BenchmarkReport))]
internal sealed partial class BenchmarkJsonContext : JsonSerializerContext;
