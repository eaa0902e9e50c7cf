using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using Sparrow.Host.Headless;

namespace Sparrow.Cli;

/// <summary>What <c>sparrow run</c> reports: cold start, first frame, and per-stage frame time percentiles over the frames after the first.</summary>
internal sealed class RunSummary(string package, double startMs, double firstFrameMs, IReadOnlyList<FrameRecord> frames, bool drew)
{
    private static readonly (string Name, Func<FrameRecord, double> Of)[] Stages =
    [
        ("apply", r => r.ApplyMs),
        ("style", r => r.StyleMs),
        ("layout", r => r.LayoutMs),
        ("text", r => r.TextMs),
        ("paint", r => r.PaintMs),
        ("cpu (apply…paint)", r => r.CpuMs),
        ("raster (GL submit)", r => r.RasterMs),
        ("readback + PNG", r => r.ReadbackMs),
    ];

    public void Print(TextWriter output, bool perStage)
    {
        var first = frames[0];
        var last = frames[^1];
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(package.TrimEnd('/'))}: cold start {startMs:0.0} ms (runtime + app launch), first frame {firstFrameMs:0.0} ms after the command started"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"frame 0: {first.Boxes} boxes, {first.DrawCalls} draw calls, {first.Instances} primitives, cpu {first.CpuMs:0.00} ms (style {first.StyleMs:0.00}, layout {first.LayoutMs:0.00}, text {first.TextMs:0.00}, paint {first.PaintMs:0.00}), raster {first.RasterMs:0.00} ms"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"frames: {frames.Count}, last: {last.Boxes} boxes, {last.DrawCalls} draw calls{(drew ? string.Empty : " (not drawn: no GPU)")}"));
        if (!perStage || frames.Count < 2)
        {
            return;
        }

        output.WriteLine("stage                 p50 ms    p95 ms    p99 ms    max ms   (frames 1…)");
        foreach (var (name, of) in Stages)
        {
            var values = frames.Skip(1).Select(of).Order().ToArray();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-20}{Percentile(values, 0.50),8:0.000}  {Percentile(values, 0.95),8:0.000}  {Percentile(values, 0.99),8:0.000}  {values[^1],8:0.000}"));
        }
    }

    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("package", package);
            json.WriteNumber("coldStartMs", Math.Round(startMs, 3));
            json.WriteNumber("firstFrameMs", Math.Round(firstFrameMs, 3));
            json.WriteNumber("frames", frames.Count);
            json.WriteBoolean("drawn", drew);
            json.WriteNumber("boxes", frames[^1].Boxes);
            json.WriteNumber("drawCallsFirstFrame", frames[0].DrawCalls);
            json.WriteNumber("drawCallsMax", frames.Max(f => f.DrawCalls));
            json.WriteStartObject("stagesMs");
            var steady = frames.Count > 1 ? frames.Skip(1).ToArray() : [.. frames];
            foreach (var (name, of) in Stages)
            {
                var values = steady.Select(of).Order().ToArray();
                json.WriteStartObject(name.Split(' ')[0]);
                json.WriteNumber("p50", Math.Round(Percentile(values, 0.50), 4));
                json.WriteNumber("p95", Math.Round(Percentile(values, 0.95), 4));
                json.WriteNumber("p99", Math.Round(Percentile(values, 0.99), 4));
                json.WriteNumber("max", Math.Round(values[^1], 4));
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteStartObject("firstFrameStagesMs");
            foreach (var (name, of) in Stages)
            {
                json.WriteNumber(name.Split(' ')[0], Math.Round(of(frames[0]), 4));
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
