using System;
using System.Collections.Generic;
using System.IO;
using Sparrow.Gpu;
using Sparrow.Host.Conformance;
using Sparrow.Host.Conformance.Suites.Paint;
using Xunit;

namespace Sparrow.Host.Tests.Conformance;

/// <summary>
/// The paint suite's either-rule (<see cref="PaintReferences"/>) on synthetic frames: a frame passes
/// within the case's tolerance of Chromium's software or GPU raster reference, names the one it
/// matched, reports its figures against both, and falls back to the software one alone when the GPU
/// reference is missing; the report shows both references and both differences.
/// </summary>
public class PaintReferencesTests
{
    private const int Width = 40;
    private const int Height = 20;

    // At most 8 per channel and 10 pixels, beyond a noise floor of 2 (the rect kind's numbers, scaled down).
    private static readonly PaintTolerance Tolerance = new(8, 10, 2);

    /// <summary>A white image with a <paramref name="count"/>-pixel run of grey <paramref name="level"/> in the first row.</summary>
    private static RgbaImage Image(int count = 0, byte level = 255)
    {
        var image = new RgbaImage(Width, Height);
        Array.Fill(image.Pixels, (byte)255);
        for (var i = 0; i < count; i++)
        {
            image.Pixels[(i * 4) + 0] = level;
            image.Pixels[(i * 4) + 1] = level;
            image.Pixels[(i * 4) + 2] = level;
        }

        return image;
    }

    [Fact]
    public void A_frame_within_tolerance_of_only_the_gpu_reference_passes_and_names_it()
    {
        // The references disagree on 30 pixels (an AA band): the frame draws them as the GPU path does.
        var software = Image();
        var gpu = Image(30, 200);
        var actual = Image(30, 198);

        var match = PaintReferences.Judge(software, gpu, actual, Tolerance);

        Assert.True(match.Passed);
        Assert.Equal(PaintReference.Gpu, match.Matched);
        Assert.Equal(new PixelDifference(57, 30), match.Software);
        Assert.Equal(new PixelDifference(2, 0), match.Gpu);
        Assert.False(match.Software.IsWithin(Tolerance));
        Assert.StartsWith("matches the GPU reference: software max channel diff 57, 30 pixels differ", match.Describe(Width * Height), StringComparison.Ordinal);
    }

    [Fact]
    public void A_frame_within_tolerance_of_both_names_the_software_reference()
    {
        var match = PaintReferences.Judge(Image(), Image(5, 250), Image(3, 252), Tolerance);

        Assert.Equal(PaintReference.Software, match.Matched);
        Assert.Equal(new PixelDifference(3, 3), match.Software);
    }

    [Fact]
    public void A_frame_within_tolerance_of_neither_fails_with_the_figures_against_both()
    {
        // 12 pixels off by 8 from the GPU reference (too many) and by 75 from the software one.
        var match = PaintReferences.Judge(Image(), Image(12, 188), Image(12, 180), Tolerance);

        Assert.False(match.Passed);
        Assert.Null(match.Matched);
        Assert.Equal(new PixelDifference(75, 12), match.Software);
        Assert.Equal(new PixelDifference(8, 12), match.Gpu);
        var text = match.Describe(Width * Height);
        Assert.StartsWith("outside tolerance of both references: software max channel diff 75, 12 pixels differ (1.5 %)", text, StringComparison.Ordinal);
        Assert.Contains("GPU max channel diff 8, 12 pixels differ (1.5 %)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_gpu_reference_the_frame_is_held_to_the_software_one_alone()
    {
        var missing = Path.Combine(Path.GetTempPath(), "sparrow-no-such-" + Guid.NewGuid().ToString("N") + ".png");
        var gpu = PaintReferences.TryLoad(missing, out var note);
        Assert.Null(gpu);
        Assert.Equal("reference missing", note);

        var off = PaintReferences.Judge(Image(), gpu, Image(30, 196), Tolerance, gpuNote: note);
        Assert.False(off.Passed);
        Assert.Null(off.Gpu);
        Assert.Equal("outside tolerance of the software reference: software max channel diff 59, 30 pixels differ (3.75 %); GPU reference missing", off.Describe(Width * Height));

        var near = PaintReferences.Judge(Image(), gpu, Image(10, 248), Tolerance, gpuNote: note);
        Assert.Equal(PaintReference.Software, near.Matched);
    }

    [Fact]
    public void A_gpu_reference_of_another_size_is_ignored_and_said_so()
    {
        var other = new RgbaImage(Width, Height + 1);
        Array.Fill(other.Pixels, (byte)255);

        var match = PaintReferences.Judge(Image(), other, Image(30, 196), Tolerance);

        Assert.False(match.Passed);
        Assert.Null(match.Gpu);
        Assert.Contains("GPU reference is 40×21, frame 40×20", match.Describe(Width * Height), StringComparison.Ordinal);
    }

    [Fact]
    public void A_gpu_reference_on_disk_loads_and_both_differences_are_written()
    {
        var dir = Path.Combine(Path.GetTempPath(), "sparrow-paint-refs-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var gpuPath = Path.Combine(dir, "gpu.png");
        PngWriter.WriteFile(Image(30, 200), gpuPath);

        var gpu = PaintReferences.TryLoad(gpuPath, out var note);
        Assert.Null(note);
        var softDiff = Path.Combine(dir, "case.diff.png");
        var gpuDiff = Path.Combine(dir, "case.diff-gpu.png");
        var match = PaintReferences.Judge(Image(), gpu, Image(30, 198), Tolerance, softDiff, gpuDiff);

        Assert.Equal(PaintReference.Gpu, match.Matched);
        var softPixels = PngDecoder.TryDecode(File.ReadAllBytes(softDiff), softDiff, out _)!;
        var gpuPixels = PngDecoder.TryDecode(File.ReadAllBytes(gpuDiff), gpuDiff, out _)!;
        Assert.Equal(new Sparrow.Core.Color(255, 0, 0, 255), softPixels[0, 0]);
        Assert.NotEqual(new Sparrow.Core.Color(255, 0, 0, 255), gpuPixels[0, 0]);
    }

    [Fact]
    public void The_report_shows_both_references_and_both_differences_side_by_side()
    {
        var root = Path.Combine(Path.GetTempPath(), "sparrow-conform-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "paint"));
        File.WriteAllText(Path.Combine(root, "paint", "known-failures.txt"), string.Empty);
        var failing = new CaseOutcome(
            "aa/curve", "aa", false, "want", "got", null,
            "paint/references/curve.png", "out/curve.actual.png", "out/curve.diff.png",
            "paint/references-gpu/curve.png", "out/curve.diff-gpu.png");
        var passing = failing with { Id = "aa/dots", Passed = true, Actual = "matches the GPU reference" };
        var results = ConformanceRunner.Run([new ListedSuite([failing, passing])], root, Path.Combine(root, "out"), []);

        var dir = Path.Combine(root, "report");
        ConformanceReport.Write(dir, results, "abc123");
        var html = File.ReadAllText(Path.Combine(dir, "index.html"));

        foreach (var figure in new[]
        {
            "expected (references)<br><img loading=\"lazy\" alt=\"expected (references)\" src=\"paint/references/curve.png\">",
            "expected (references-gpu)<br><img loading=\"lazy\" alt=\"expected (references-gpu)\" src=\"paint/references-gpu/curve.png\">",
            "difference from references<br><img loading=\"lazy\" alt=\"difference from references\" src=\"out/curve.diff.png\">",
            "difference from references-gpu<br><img loading=\"lazy\" alt=\"difference from references-gpu\" src=\"out/curve.diff-gpu.png\">",
        })
        {
            Assert.Equal(2, Count(html, figure));
        }

        Assert.Contains("<summary>aa/dots</summary><div>matches the GPU reference</div><div class=\"trio\">", html, StringComparison.Ordinal);
        var json = File.ReadAllText(Path.Combine(dir, "results.json"));
        Assert.Contains("\"alternateExpectedImage\": \"paint/references-gpu/curve.png\"", json, StringComparison.Ordinal);
    }

    private static int Count(string text, string part)
    {
        var n = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }

    private sealed class ListedSuite(IReadOnlyList<CaseOutcome> cases) : IConformanceSuite
    {
        public string Name => "paint";

        public string Oracle => "hand-written";

        public IEnumerable<CaseOutcome> Run(string conformanceRoot, string artifacts) => cases;
    }
}
