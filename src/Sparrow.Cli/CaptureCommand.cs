using System.Collections.Generic;
using System.IO;
using Sparrow.Core;
using Sparrow.Host.Capture;
using Sparrow.Host.Headless;
using Sparrow.Package;

namespace Sparrow.Cli;

/// <summary>
/// <c>sparrow capture &lt;package-dir&gt; [--page path?query] [--size 375x667@2] [--no-cache] --out &lt;file.spcap&gt;</c>:
/// runs the page headless until idle (as <c>shot</c> does), draws one frame so the images it
/// paints are known, and writes its op batches, stylesheets, images, data, route and window into
/// one capture file (docs/capture-format.md) that <c>sparrow replay</c> rebuilds without the package.
/// A capture is of the page alone, with no app shell: the page gets the whole window, as it does with
/// <c>--no-shell</c> (accepted here, and the same), because replay rebuilds the page's own tree and
/// the navigation bar, tabBar and overlays are not part of it.
/// </summary>
internal static class CaptureCommand
{
    private static readonly HashSet<string> Values = ["--out"];

    public static int Run(string[] args, CliConsole console)
    {
        var parsed = PackageArguments.Parse(args, Values, out var error);
        if (parsed is null)
        {
            return console.UsageError(error + " for capture");
        }

        string? outFile = null;
        for (var i = 0; i < parsed.Rest.Count; i++)
        {
            if (parsed.Rest[i] != "--out")
            {
                return console.UsageError($"unexpected argument '{parsed.Rest[i]}' for capture");
            }

            outFile = parsed.Rest[++i];
        }

        if (parsed.Root is null || outFile is null)
        {
            return console.UsageError("capture needs a package folder and --out: sparrow capture <package-dir> [--page path?query] [--size 375x667@2] --out page.spcap");
        }

        if (!Directory.Exists(parsed.Root))
        {
            console.Write(Diagnostic.Error(DiagnosticCodes.CliFileNotFound, $"no such folder: {parsed.Root}", SourceLocation.InFile(parsed.Root)));
            return ExitCodes.Failed;
        }

        var diagnostics = new DiagnosticBag();
        var package = PackageLoader.Load(parsed.Root, diagnostics);
        CaptureFile? capture = null;
        using (var session = HeadlessSession.Start(package, RunCommand.Options(parsed, diagnostics) with { Record = true, Shell = false }))
        {
            session.Settle();
            session.RenderFrame(capture: false);
            if (session.CurrentRecording is not null)
            {
                capture = CaptureRecorder.Capture(session);
            }
        }

        foreach (var diagnostic in diagnostics.Snapshot())
        {
            console.Write(diagnostic);
        }

        if (capture is null)
        {
            console.Error.WriteLine("sparrow: nothing was captured (no page opened)");
            return ExitCodes.Failed;
        }

        CaptureWriter.WriteFile(capture, outFile);
        console.Out.WriteLine($"{Path.GetFullPath(outFile)}: {capture.PageArgument}, {capture.Batches.Count} batches, {capture.StyleSheets.Count} stylesheets, {capture.Images.Count} images, {capture.Width}x{capture.Height}@{capture.PixelRatio:0.##}");
        return diagnostics.HasErrors ? ExitCodes.Failed : ExitCodes.Ok;
    }
}
