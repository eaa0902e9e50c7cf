using System.Collections.Generic;
using System.IO;
using Sparrow.Core;
using Sparrow.Host.Headless;
using Sparrow.Package;

namespace Sparrow.Cli;

/// <summary>
/// <c>sparrow shot &lt;package-dir&gt; [--page path?query] --out &lt;file.png&gt; [--size 375x667@2]</c>:
/// one PNG of the page once the app is idle (virtual clock, images decoded).
/// </summary>
internal static class ShotCommand
{
    private static readonly HashSet<string> Values = ["--out"];

    public static int Run(string[] args, CliConsole console)
    {
        var parsed = PackageArguments.Parse(args, Values, out var error);
        if (parsed is null)
        {
            return console.UsageError(error + " for shot");
        }

        string? outFile = null;
        for (var i = 0; i < parsed.Rest.Count; i++)
        {
            if (parsed.Rest[i] != "--out")
            {
                return console.UsageError($"unexpected argument '{parsed.Rest[i]}' for shot");
            }

            outFile = parsed.Rest[++i];
        }

        if (parsed.Root is null || outFile is null)
        {
            return console.UsageError("shot needs a package folder and --out: sparrow shot <package-dir> [--page path?query] --out page.png");
        }

        if (!PackageLoader.Exists(parsed.Root))
        {
            console.Write(Diagnostic.Error(DiagnosticCodes.CliFileNotFound, $"no such folder: {parsed.Root}", SourceLocation.InFile(parsed.Root)));
            return ExitCodes.Failed;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(outFile));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        var diagnostics = new DiagnosticBag();
        var package = PackageLoader.Load(parsed.Root, diagnostics);
        if (PackCommand.ArchiveFailed(parsed.Root, package, diagnostics, console))
        {
            return ExitCodes.Failed;
        }

        bool drew;
        using (var session = HeadlessSession.Start(package, RunCommand.Options(parsed, diagnostics) with { Shell = parsed.Shell }))
        {
            session.Settle();
            session.RenderFrame(capture: true, outFile);
            drew = session.CanDraw && session.LastPixels is not null;
        }

        foreach (var diagnostic in diagnostics.Snapshot())
        {
            console.Write(diagnostic);
        }

        if (!drew)
        {
            console.Error.WriteLine("sparrow: no picture was taken (no page, or no GPU context)");
            return ExitCodes.Failed;
        }

        console.Out.WriteLine(Path.GetFullPath(outFile));
        return diagnostics.HasErrors ? ExitCodes.Failed : ExitCodes.Ok;
    }
}
