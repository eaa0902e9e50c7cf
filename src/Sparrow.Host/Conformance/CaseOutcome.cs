namespace Sparrow.Host.Conformance;

/// <summary>
/// One conformance case as run: its id within the suite (<c>group/name</c>), the feature group it
/// belongs to, whether it passed, and the expected and actual results as text for the report (for
/// paint cases also the expected, actual and difference images, as paths relative to the report,
/// and, where the oracle has a second output the case may match instead — Chromium's GPU raster
/// path beside its software one — that reference and the difference from it).
/// </summary>
public sealed record CaseOutcome(
    string Id,
    string Feature,
    bool Passed,
    string Expected,
    string Actual,
    string? Detail = null,
    string? ExpectedImage = null,
    string? ActualImage = null,
    string? DiffImage = null,
    string? AlternateExpectedImage = null,
    string? AlternateDiffImage = null);
