using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text.Json;
using Sparrow.Core;
using Sparrow.Host.Headless;
using Sparrow.Package;

namespace Sparrow.Cli;

/// <summary>
/// <c>sparrow run &lt;package-dir&gt; [--page path?query] [--size 375x667@2] [--frames N] [--out dir] [--stats]</c>:
/// runs the package headless on a virtual clock. Frame 0 is drawn as soon as the page's first
/// batch is applied; then the app settles and frames follow every 16.67 ms of virtual time.
/// Writes <c>frame-NNNN.png</c>, <c>trace.json</c> (page lifecycle calls, diagnostics, frames) and
/// <c>stats.json</c> into the output folder and prints a summary (cold start, first frame, frame
/// time percentiles per stage, draw calls, boxes).
/// </summary>
internal static class RunCommand
{
    private static readonly HashSet<string> Values = ["--frames", "--out", "--script"];
    private static readonly TimeSpan FrameInterval = TimeSpan.FromTicks(TimeSpan.TicksPerSecond / 60);

    public static int Run(string[] args, CliConsole console)
    {
        var started = Stopwatch.GetTimestamp();
        var parsed = PackageArguments.Parse(args, Values, out var error);
        if (parsed is null)
        {
            return console.UsageError(error + " for run");
        }

        var frames = 10;
        var outDir = "sparrow-run";
        var stats = false;
        for (var i = 0; i < parsed.Rest.Count; i++)
        {
            switch (parsed.Rest[i])
            {
                case "--frames":
                    if (!int.TryParse(parsed.Rest[++i], NumberStyles.None, CultureInfo.InvariantCulture, out frames) || frames < 1 || frames > 100_000)
                    {
                        return console.UsageError("--frames needs a whole number from 1 to 100000");
                    }

                    break;
                case "--out":
                    outDir = parsed.Rest[++i];
                    break;
                case "--stats":
                    stats = true;
                    break;
                case "--script":
                    return console.UsageError("--script is not supported yet: input events are not wired to the render side");
                default:
                    return console.UsageError($"unexpected argument '{parsed.Rest[i]}' for run");
            }
        }

        if (parsed.Root is null)
        {
            return console.UsageError("run needs a package folder: sparrow run <package-dir> [--page path?query] [--frames N] [--out dir]");
        }

        if (!Directory.Exists(parsed.Root))
        {
            console.Write(Diagnostic.Error(DiagnosticCodes.CliFileNotFound, $"no such folder: {parsed.Root}", SourceLocation.InFile(parsed.Root)));
            return ExitCodes.Failed;
        }

        Directory.CreateDirectory(outDir);
        var diagnostics = new DiagnosticBag();
        var package = PackageLoader.Load(parsed.Root, diagnostics);
        var records = new List<FrameRecord>(frames);
        double firstFrameMs;
        double startMs;
        string hookLog;
        var drew = false;
        using (var session = HeadlessSession.Start(package, Options(parsed, diagnostics)))
        {
            startMs = session.StartMs;
            records.Add(session.RenderFrame(capture: true, FramePath(outDir, 0)));
            firstFrameMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            drew = session.CanDraw;
            if (!session.Settle())
            {
                diagnostics.Report(Diagnostic.Warning(Host.HostDiagnosticCodes.NotIdle, $"the app was still busy after {session.Options.SettleLimit.TotalSeconds:0} s of virtual time; frames show what had rendered", SourceLocation.InFile(parsed.Root)));
            }

            for (var i = 1; i < frames; i++)
            {
                if (i > 1)
                {
                    session.Advance(FrameInterval);
                }

                records.Add(session.RenderFrame(capture: true, FramePath(outDir, i)));
                if (frames > 20 && i % 10 == 0)
                {
                    console.Error.Write($"\rsparrow: frame {i + 1}/{frames}");
                }
            }

            if (frames > 20)
            {
                console.Error.WriteLine();
            }

            hookLog = session.OnLogicThread(async runtime => (await runtime.Js.EvaluateAsync("__sparrowHost.hookLog()", "sparrow:trace").ConfigureAwait(false)).Value.Text ?? "[]");
        }

        var snapshot = diagnostics.Snapshot();
        foreach (var diagnostic in snapshot)
        {
            console.Write(diagnostic);
        }

        var summary = new RunSummary(package.Root, startMs, firstFrameMs, records, drew);
        File.WriteAllText(Path.Combine(outDir, "stats.json"), summary.ToJson());
        File.WriteAllText(Path.Combine(outDir, "trace.json"), Trace(hookLog, snapshot, records));
        summary.Print(console.Out, stats);
        console.Out.WriteLine(drew
            ? $"frames: {Path.GetFullPath(outDir)}/frame-0000.png … frame-{frames - 1:D4}.png; trace.json, stats.json"
            : $"no frames drawn (no GPU context); layout ran; trace.json, stats.json in {Path.GetFullPath(outDir)}");
        return diagnostics.HasErrors ? ExitCodes.Failed : ExitCodes.Ok;
    }

    internal static HeadlessOptions Options(PackageArguments parsed, IDiagnosticSink diagnostics) => new()
    {
        Width = parsed.Width,
        Height = parsed.Height,
        PixelRatio = parsed.Ratio,
        Page = parsed.Page,
        CacheDirectory = parsed.CacheDirectory,
        Diagnostics = diagnostics,
    };

    private static string FramePath(string outDir, int index) => Path.Combine(outDir, $"frame-{index:D4}.png");

    private static string Trace(string hookLog, IReadOnlyList<Diagnostic> diagnostics, List<FrameRecord> records)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WritePropertyName("lifecycle");
            json.WriteRawValue(string.IsNullOrEmpty(hookLog) ? "[]" : hookLog);
            json.WriteStartArray("diagnostics");
            foreach (var d in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
                json.WriteString("code", d.Code);
                json.WriteString("message", d.Message);
                json.WriteString("file", d.Location.File);
                json.WriteNumber("line", d.Location.Line);
                json.WriteNumber("column", d.Location.Column);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("frames");
            foreach (var r in records)
            {
                json.WriteStartObject();
                json.WriteNumber("index", r.Index);
                json.WriteNumber("clockMs", Math.Round(r.ClockMs, 3));
                json.WriteNumber("batches", r.Batches);
                json.WriteNumber("restyled", r.Restyled);
                json.WriteNumber("boxes", r.Boxes);
                json.WriteNumber("drawCalls", r.DrawCalls);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
