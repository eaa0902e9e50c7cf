using System;
using System.Linq;
using Sparrow.Core;
using Sparrow.Package;

namespace Sparrow.Cli;

/// <summary>
/// <c>sparrow check &lt;package-dir&gt;</c>: every diagnostic for a package without running it,
/// then a one-line summary. Exit code 1 when any diagnostic is an error.
/// </summary>
internal static class CheckCommand
{
    public static int Run(string[] args, CliConsole console)
    {
        if (args.Length != 1 || args[0].StartsWith("--", StringComparison.Ordinal))
        {
            return console.UsageError("check needs exactly one package folder: sparrow check <package-dir>");
        }

        if (!PackageLoader.Exists(args[0]))
        {
            console.Write(Diagnostic.Error(DiagnosticCodes.CliFileNotFound, $"no such folder: {args[0]}", SourceLocation.InFile(args[0])));
            return ExitCodes.Failed;
        }

        var diagnostics = new DiagnosticBag();
        var package = PackageLoader.Load(args[0], diagnostics);
        var all = diagnostics.Snapshot();
        foreach (var diagnostic in all)
        {
            console.Write(diagnostic);
        }

        var errors = all.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = all.Count(d => d.Severity == DiagnosticSeverity.Warning);
        console.Out.WriteLine(
            $"{package.Pages.Count} pages, {package.Components.Count} components, {package.Subpackages.Count} subpackages, " +
            $"{package.Sizes.TotalBytes / 1024.0:0.0} KiB; {errors} errors, {warnings} warnings");
        return errors == 0 ? ExitCodes.Ok : ExitCodes.Failed;
    }
}
