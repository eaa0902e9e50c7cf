using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using Sparrow.Core;
using Sparrow.Host.Headless;
using Sparrow.Host.Input;
using Sparrow.Package;

namespace Sparrow.Cli;

/// <summary>
/// <c>sparrow run &lt;package-dir&gt; [--page path?query] [--size 375x667@2] [--frames N] [--script input.json] [--out dir] [--stats]</c>:
/// runs the package headless on a virtual clock. Frame 0 is drawn as soon as the page's first
/// batch is applied; then the app settles, the input script (docs/input-script.md) plays with the
/// frames it asks for, and frames follow every 16.67 ms of virtual time. Frames are numbered in
/// the order they were taken. Writes <c>frame-NNNN.png</c>, <c>trace.json</c> (page lifecycle
/// calls, input events, diagnostics, frames) and <c>stats.json</c> into the output folder and
/// prints a summary (cold start, first frame, frame time percentiles per stage, draw calls, boxes,
/// frames over the 60 fps budget, setData→frame latency, memory at the end).
/// An input script action that cannot be read or played is a diagnostic at its line and column;
/// the others still play and the run ends with exit code 1.
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
        string? scriptPath = null;
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
                    scriptPath = parsed.Rest[++i];
                    break;
                default:
                    return console.UsageError($"unexpected argument '{parsed.Rest[i]}' for run");
            }
        }

        if (parsed.Root is null)
        {
            return console.UsageError("run needs a package folder: sparrow run <package-dir> [--page path?query] [--frames N] [--out dir]");
        }

        if (!PackageLoader.Exists(parsed.Root))
        {
            console.Write(Diagnostic.Error(DiagnosticCodes.CliFileNotFound, $"no such folder: {parsed.Root}", SourceLocation.InFile(parsed.Root)));
            return ExitCodes.Failed;
        }

        if (scriptPath is not null && !File.Exists(scriptPath))
        {
            console.Write(Diagnostic.Error(DiagnosticCodes.CliFileNotFound, $"no such input script: {scriptPath}", SourceLocation.InFile(scriptPath)));
            return ExitCodes.Failed;
        }

        Directory.CreateDirectory(outDir);
        var diagnostics = new DiagnosticBag();
        var actions = scriptPath is null ? [] : InputScriptReader.Read(scriptPath, File.ReadAllBytes(scriptPath), diagnostics);
        var frameNames = new Dictionary<int, string>();
        var package = PackageLoader.Load(parsed.Root, diagnostics);
        if (PackCommand.ArchiveFailed(parsed.Root, package, diagnostics, console))
        {
            return ExitCodes.Failed;
        }

        var records = new List<FrameRecord>(frames);
        double firstFrameMs;
        double startMs;
        string hookLog;
        InputEventRecord[] events;
        double[] latencies;
        RunMemory memory;
        var drew = false;
        var gpuTimer = false;
        (string? Path, string? Reason) uploads = default;
        using (var session = HeadlessSession.Start(package, Options(parsed, diagnostics) with { Shell = parsed.Shell }))
        {
            startMs = session.StartMs;
            records.Add(session.RenderFrame(capture: true, FramePath(outDir, 0)));
            firstFrameMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            drew = session.CanDraw;
            gpuTimer = session.HasGpuTimer;
            uploads = (session.TextureUploadPath, session.TextureUploadReason);
            if (!session.Settle())
            {
                diagnostics.Report(Diagnostic.Warning(Host.HostDiagnosticCodes.NotIdle, $"the app was still busy after {session.Options.SettleLimit.TotalSeconds:0} s of virtual time; frames show what had rendered", SourceLocation.InFile(parsed.Root)));
            }

            // Long scripts show their progress on stderr, as --frames does: frame N of the script's M.
            var scriptFrames = actions.Count(a => a.Kind == InputActionKind.Frame);
            InputScriptRunner.Run(session, actions, action =>
            {
                frameNames[records.Count] = action.Name ?? $"line {action.Location.Line}";
                records.Add(session.RenderFrame(capture: true, FramePath(outDir, records.Count)));
                if (scriptFrames > 20 && (records.Count - 1) % 10 == 0)
                {
                    console.Error.Write($"\rsparrow: script frame {records.Count - 1}/{scriptFrames} (line {action.Location.Line})");
                }
            }, diagnostics);
            if (scriptFrames > 20)
            {
                console.Error.WriteLine();
            }

            for (var i = 1; i < frames; i++)
            {
                if (i > 1)
                {
                    session.Advance(FrameInterval);
                }

                records.Add(session.RenderFrame(capture: true, FramePath(outDir, records.Count)));
                if (frames > 20 && i % 10 == 0)
                {
                    console.Error.Write($"\rsparrow: frame {i + 1}/{frames}");
                }
            }

            if (frames > 20)
            {
                console.Error.WriteLine();
            }

            events = [.. session.InputEvents];
            latencies = [.. session.BatchLatenciesMs];
            memory = RunMemory.Of(session);
            hookLog = session.OnLogicThread(async runtime => (await runtime.Js.EvaluateAsync("__sparrowHost.hookLog()", "sparrow:trace").ConfigureAwait(false)).Value.Text ?? "[]");
        }

        var snapshot = diagnostics.Snapshot();
        foreach (var diagnostic in snapshot)
        {
            console.Write(diagnostic);
        }

        var summary = new RunSummary(package.Root, startMs, firstFrameMs, records, drew, latencies, memory, gpuTimer, uploads);
        File.WriteAllText(Path.Combine(outDir, "stats.json"), summary.ToJson());
        File.WriteAllText(Path.Combine(outDir, "trace.json"), Trace(hookLog, snapshot, records, events, frameNames));
        summary.Print(console.Out, stats);
        console.Out.WriteLine(drew
            ? $"frames: {Path.GetFullPath(outDir)}/frame-0000.png … frame-{records.Count - 1:D4}.png; trace.json, stats.json"
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

    private static string Trace(string hookLog, IReadOnlyList<Diagnostic> diagnostics, List<FrameRecord> records, InputEventRecord[] events, Dictionary<int, string> frameNames)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WritePropertyName("lifecycle");
            json.WriteRawValue(string.IsNullOrEmpty(hookLog) ? "[]" : hookLog);
            json.WriteStartArray("events");
            foreach (var e in events)
            {
                json.WriteStartObject();
                json.WriteNumber("timeMs", Math.Round(e.TimeMs, 3));
                json.WriteString("type", e.Type);
                json.WriteString("target", e.Id);
                json.WriteString("tag", e.Tag);
                json.WriteNumber("handle", e.Handle);
                json.WriteNumber("x", Math.Round(e.ClientX, 2));
                json.WriteNumber("y", Math.Round(e.ClientY, 2));
                json.WriteBoolean("delivered", e.Delivered);
                json.WriteEndObject();
            }

            json.WriteEndArray();
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
                if (frameNames.TryGetValue(r.Index, out var name))
                {
                    json.WriteString("name", name);
                }

                json.WriteNumber("clockMs", Math.Round(r.ClockMs, 3));
                json.WriteNumber("batches", r.Batches);
                json.WriteNumber("restyled", r.Restyled);
                json.WriteNumber("boxes", r.Boxes);
                json.WriteNumber("drawCalls", r.DrawCalls);
                if (r.GpuMs is { } gpuMs)
                {
                    json.WriteNumber("gpuMs", Math.Round(gpuMs, 4));
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
