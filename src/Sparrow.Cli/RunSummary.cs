using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using Sparrow.Host.Headless;

namespace Sparrow.Cli;

/// <summary>
/// What <c>sparrow run</c> reports: cold start, first frame, per-stage frame time percentiles over
/// the frames after the first, frames over the 60 fps budget, setData→frame latency
/// (<see cref="HeadlessSession.BatchLatenciesMs"/>), GPU time per frame from timer queries where
/// the device has them (<see cref="HeadlessSession.HasGpuTimer"/>) and memory at the end of the run.
/// </summary>
internal sealed class RunSummary(string package, double startMs, double firstFrameMs, IReadOnlyList<FrameRecord> frames, bool drew, IReadOnlyList<double> latencies, RunMemory memory, bool gpuTimer = false, (string? Path, string? Reason) uploads = default)
{
    /// <summary>The summary's line when the device cannot time the GPU (llvmpipe has no timer queries).</summary>
    public const string NoGpuTimeLine = "gpu: n/a (no timer queries on this device)";

    /// <summary>A frame whose CPU time (apply…paint) exceeds this misses a 60 Hz vsync: it is dropped.</summary>
    public const double FrameBudgetMs = 1000.0 / 60;

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
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"memory at the end: managed heap {Mib(memory.ManagedBytes):0.0} MiB, V8 heap {Mib(memory.V8UsedBytes):0.0} MiB used of {Mib(memory.V8TotalBytes):0.0} MiB, process RSS {Mib(memory.ResidentBytes):0.0} MiB"));
        if (latencies.Count > 0)
        {
            var sorted = latencies.Order().ToArray();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"setData→frame latency: p50 {Percentile(sorted, 0.50):0.00} ms, p99 {Percentile(sorted, 0.99):0.00} ms, max {sorted[^1]:0.00} ms over {sorted.Length} batches"));
        }

        output.WriteLine(GpuLine());
        if (uploads.Path is not null)
        {
            output.WriteLine(uploads.Reason is null ? $"image textures: uploaded on {uploads.Path}" : $"image textures: uploaded on {uploads.Path} ({uploads.Reason})");
        }
        if (frames.Count > 1)
        {
            var cpu = frames.Skip(1).Select(f => f.CpuMs).Order().ToArray();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"frames 1…: cpu (apply…paint, no raster) p99 {Percentile(cpu, 0.99):0.00} ms; dropped at 60 fps (cpu > {FrameBudgetMs:0.0} ms): {Dropped()} of {cpu.Length}"));
        }
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
            json.WriteNumber("droppedFrames", Dropped());
            json.WriteNumber("frameBudgetMs", Math.Round(FrameBudgetMs, 3));
            WriteGpuTime(json);
            WriteTextureUploads(json);
            json.WriteStartObject("setDataLatencyMs");
            var latency = latencies.Order().ToArray();
            json.WriteNumber("batches", latency.Length);
            json.WriteNumber("p50", Math.Round(Percentile(latency, 0.50), 4));
            json.WriteNumber("p95", Math.Round(Percentile(latency, 0.95), 4));
            json.WriteNumber("p99", Math.Round(Percentile(latency, 0.99), 4));
            json.WriteNumber("max", latency.Length == 0 ? 0 : Math.Round(latency[^1], 4));
            json.WriteEndObject();
            json.WriteStartObject("memoryBytes");
            json.WriteNumber("managedHeap", memory.ManagedBytes);
            json.WriteNumber("v8HeapUsed", memory.V8UsedBytes);
            json.WriteNumber("v8HeapTotal", memory.V8TotalBytes);
            json.WriteNumber("v8External", memory.V8ExternalBytes);
            json.WriteNumber("processRss", memory.ResidentBytes);
            json.WriteEndObject();
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

    /// <summary>Every GPU time the timer queries gave back, in the order they came (each measures one earlier frame).</summary>
    private double[] GpuTimes() => [.. frames.Where(f => f.GpuMs.HasValue).Select(f => f.GpuMs!.Value)];

    private string GpuLine()
    {
        if (!gpuTimer)
        {
            return NoGpuTimeLine;
        }

        var sorted = GpuTimes().Order().ToArray();
        return sorted.Length == 0
            ? "gpu: no timer query result came back during the run"
            : string.Create(CultureInfo.InvariantCulture, $"gpu (timer queries): p50 {Percentile(sorted, 0.50):0.000} ms, p99 {Percentile(sorted, 0.99):0.000} ms, max {sorted[^1]:0.000} ms over {sorted.Length} frames");
    }

    /// <summary><c>gpuMs</c>: null when the device has no timer queries, else percentiles over the results that came back.</summary>
    private void WriteGpuTime(Utf8JsonWriter json)
    {
        if (!gpuTimer)
        {
            json.WriteNull("gpuMs");
            return;
        }

        var sorted = GpuTimes().Order().ToArray();
        json.WriteStartObject("gpuMs");
        json.WriteNumber("frames", sorted.Length);
        if (sorted.Length > 0)
        {
            json.WriteNumber("p50", Math.Round(Percentile(sorted, 0.50), 4));
            json.WriteNumber("p95", Math.Round(Percentile(sorted, 0.95), 4));
            json.WriteNumber("p99", Math.Round(Percentile(sorted, 0.99), 4));
            json.WriteNumber("max", Math.Round(sorted[^1], 4));
        }

        json.WriteEndObject();
    }

    /// <summary><c>textureUploads</c>: where image textures were uploaded and, for the render thread, why; null when nothing was drawn.</summary>
    private void WriteTextureUploads(Utf8JsonWriter json)
    {
        if (uploads.Path is null)
        {
            json.WriteNull("textureUploads");
            return;
        }

        json.WriteStartObject("textureUploads");
        json.WriteString("path", uploads.Path);
        if (uploads.Reason is not null)
        {
            json.WriteString("reason", uploads.Reason);
        }

        json.WriteEndObject();
    }

    /// <summary>Frames after the first whose CPU time exceeds <see cref="FrameBudgetMs"/>.</summary>
    private int Dropped() => frames.Skip(1).Count(f => f.CpuMs > FrameBudgetMs);

    private static double Mib(long bytes) => bytes / (1024.0 * 1024.0);

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
