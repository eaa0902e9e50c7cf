using System;
using System.IO;
using Sparrow.Core;
using Sparrow.Host;
using Sparrow.Host.Capture;
using Sparrow.Host.Rendering;

namespace Sparrow.Cli;

/// <summary>
/// <c>sparrow replay &lt;file.spcap&gt; [--out frame.png] [--layout] [--data]</c>: rebuilds a captured
/// page without its package, JS or V8 (batches → styles → layout → paint → GLES) and writes a PNG
/// (<c>--out</c>), prints the layout dump (<c>--layout</c>) or the page's captured data (<c>--data</c>);
/// with none of them it prints what the capture holds and the frame's counts.
/// </summary>
internal static class ReplayCommand
{
    public static int Run(string[] args, CliConsole console)
    {
        string? file = null, outFile = null;
        bool layout = false, data = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--out" when i + 1 < args.Length:
                    outFile = args[++i];
                    break;
                case "--out":
                    return console.UsageError("--out needs a file for replay");
                case "--layout":
                    layout = true;
                    break;
                case "--data":
                    data = true;
                    break;
                default:
                    if (args[i].StartsWith("--", StringComparison.Ordinal) || file is not null)
                    {
                        return console.UsageError($"unexpected argument '{args[i]}' for replay");
                    }

                    file = args[i];
                    break;
            }
        }

        if (file is null)
        {
            return console.UsageError("replay needs a capture file: sparrow replay <file.spcap> [--out frame.png] [--layout] [--data]");
        }

        CaptureFile capture;
        try
        {
            capture = CaptureReader.Load(file);
        }
        catch (Exception e) when (e is CaptureFormatException or IOException or UnauthorizedAccessException)
        {
            var code = e is CaptureFormatException ? HostDiagnosticCodes.BadCapture : DiagnosticCodes.CliFileNotFound;
            console.Write(Diagnostic.Error(code, e is CaptureFormatException ? e.Message : $"{file}: {e.Message}", SourceLocation.InFile(file)));
            return ExitCodes.Failed;
        }

        if (data)
        {
            console.Out.WriteLine(capture.DataJson ?? "null");
            if (!layout && outFile is null)
            {
                return ExitCodes.Ok;
            }
        }

        if (outFile is not null && Path.GetDirectoryName(Path.GetFullPath(outFile)) is { } directory)
        {
            Directory.CreateDirectory(directory);
        }

        var diagnostics = new DiagnosticBag();
        bool drew;
        using (var replay = CaptureReplay.Start(capture, diagnostics, draw: outFile is not null || !layout))
        {
            var frame = replay.RenderFrame(capture: false, outFile);
            drew = replay.LastPixels is not null;
            if (layout)
            {
                console.Out.WriteLine(LayoutDump.ToJson(replay.Page));
            }
            else if (!data)
            {
                console.Out.WriteLine($"{capture.PageArgument} at {capture.Width}x{capture.Height}@{capture.PixelRatio:0.##}, captured {capture.Created:yyyy-MM-dd HH:mm} by sparrow {capture.EngineVersion}");
                console.Out.WriteLine($"{capture.Batches.Count} batches, {capture.StyleSheets.Count} stylesheets, {capture.Images.Count} images; {frame.Boxes} boxes, {frame.DrawCalls} draw calls; style {frame.StyleMs:0.##} ms, layout {frame.LayoutMs:0.##} ms, paint {frame.PaintMs:0.##} ms");
            }
        }

        foreach (var diagnostic in diagnostics.Snapshot())
        {
            console.Write(diagnostic);
        }

        if (outFile is not null)
        {
            if (!drew)
            {
                console.Error.WriteLine("sparrow: no picture was taken (no GPU context)");
                return ExitCodes.Failed;
            }

            console.Out.WriteLine(Path.GetFullPath(outFile));
        }

        return diagnostics.HasErrors ? ExitCodes.Failed : ExitCodes.Ok;
    }
}
