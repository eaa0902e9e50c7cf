using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sparrow.Host.Conformance;

/// <summary>Writes the results of a conformance run as <c>results.json</c> and a static <c>index.html</c>.</summary>
public static class ConformanceReport
{
    public static void Write(string directory, IReadOnlyList<SuiteResult> results, string commit)
    {
        ArgumentNullException.ThrowIfNull(results);
        Directory.CreateDirectory(directory);
        var json = new ReportJson(commit, DateTimeOffset.UtcNow, results.Select(r => new SuiteJson(
            r.Suite, r.Oracle, r.Passed, r.Failed,
            r.Regressions.Select(c => c.Id).ToArray(),
            r.NewlyPassing.Select(c => c.Id).ToArray(),
            r.StaleEntries,
            r.Cases.Select(c => new CaseJson(c.Id, c.Feature, c.Passed, r.Known.Reasons.GetValueOrDefault(c.Id), c.Expected, c.Actual, c.Detail, c.ExpectedImage, c.ActualImage, c.DiffImage, c.AlternateExpectedImage, c.AlternateDiffImage)).ToArray())).ToArray());
        File.WriteAllText(Path.Combine(directory, "results.json"), JsonSerializer.Serialize(json, ConformanceJsonContext.Default.ReportJson));
        File.WriteAllText(Path.Combine(directory, "index.html"), ConformanceHtml.Render(results, commit));
    }

    internal sealed record ReportJson(string Commit, DateTimeOffset Date, IReadOnlyList<SuiteJson> Suites);

    internal sealed record SuiteJson(string Suite, string Oracle, int Passed, int Failed, IReadOnlyList<string> Regressions, IReadOnlyList<string> NewlyPassing, IReadOnlyList<string> StaleKnownFailures, IReadOnlyList<CaseJson> Cases);

    internal sealed record CaseJson(string Id, string Feature, bool Passed, string? KnownFailure, string Expected, string Actual, string? Detail, string? ExpectedImage, string? ActualImage, string? DiffImage, string? AlternateExpectedImage, string? AlternateDiffImage);
}

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ConformanceReport.ReportJson))]
internal sealed partial class ConformanceJsonContext : JsonSerializerContext;
