using System.Globalization;

namespace Sparrow.Host.Conformance.Suites.Paint;

/// <summary>
/// A frame judged against both Chromium references (<see cref="PaintReferences.Judge"/>): the figures
/// against each (<see cref="Gpu"/> is null when the case has no usable GPU reference) and the
/// reference it is within tolerance of, the software one first, or null when it is within neither.
/// </summary>
internal sealed record PaintMatch(PixelDifference Software, PixelDifference? Gpu, PaintReference? Matched, string? GpuNote)
{
    /// <summary>True when the frame is within tolerance of either reference.</summary>
    public bool Passed => Matched is not null;

    /// <summary>One line for the report: which reference matched, then the figures against each.</summary>
    public string Describe(int pixels)
    {
        var soft = "software " + Software.Describe(pixels);
        var gpu = Gpu is { } g ? "GPU " + g.Describe(pixels) : "GPU " + (GpuNote ?? "reference missing");
        var verdict = Matched switch
        {
            PaintReference.Software => "matches the software reference",
            PaintReference.Gpu => "matches the GPU reference",
            _ => Gpu is null ? "outside tolerance of the software reference" : "outside tolerance of both references",
        };
        return string.Create(CultureInfo.InvariantCulture, $"{verdict}: {soft}; {gpu}");
    }
}
