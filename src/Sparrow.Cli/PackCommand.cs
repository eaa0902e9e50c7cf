using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Sparrow.Core;
using Sparrow.Package;
using Sparrow.Package.Archives;

namespace Sparrow.Cli;

/// <summary>
/// <c>sparrow pack &lt;package-dir&gt; [--out file.sppkg]</c>: checks the package as <c>sparrow check</c>
/// does, refuses it when anything is an error or a size is over WeChat's limits (2 MiB for the main
/// package and for each subpackage, 30 MiB in all:
/// https://developers.weixin.qq.com/miniprogram/dev/framework/subpackages.html), then writes one
/// archive (docs/package-archive.md). The same folder always gives the same bytes.
/// </summary>
internal static class PackCommand
{
    private const string Help = """
        sparrow pack <package-dir> [--out file.sppkg]
          Checks the package (as 'sparrow check'), enforces WeChat's size limits (2 MiB main package
          and each subpackage, 30 MiB in all), then writes a single-file archive: a zip of the files
          with a manifest of sizes and SHA-256 (docs/package-archive.md). Default output:
          <folder name>.sppkg in the current folder. 'sparrow run', 'check' and 'view' open archives.

        """;

    public static int Run(string[] args, CliConsole console)
    {
        string? root = null;
        string? output = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "-h" or "--help":
                    console.Out.Write(Help);
                    return ExitCodes.Ok;
                case "--out" when i + 1 < args.Length:
                    output = args[++i];
                    break;
                case "--out":
                    return console.UsageError("--out needs a file name for pack");
                default:
                    if (args[i].StartsWith("--", StringComparison.Ordinal) || root is not null)
                    {
                        return console.UsageError($"unexpected argument '{args[i]}' for pack. Run 'sparrow pack --help'.");
                    }

                    root = args[i];
                    break;
            }
        }

        if (root is null)
        {
            return console.UsageError("pack needs a package folder: sparrow pack <package-dir> [--out file.sppkg]");
        }

        if (!Directory.Exists(root))
        {
            console.Write(Diagnostic.Error(DiagnosticCodes.CliFileNotFound, $"no such folder: {root}", SourceLocation.InFile(root)));
            return ExitCodes.Failed;
        }

        var package = Check(root, console);
        if (package is null)
        {
            return ExitCodes.Failed;
        }

        output ??= Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(root))) + PackageArchive.Extension;
        return Write(package, output, console);
    }

    /// <summary>
    /// For commands that run a package: true (diagnostics printed) when <paramref name="path"/> is an
    /// archive that could not be opened, so there is nothing to run.
    /// </summary>
    internal static bool ArchiveFailed(string path, MiniProgramPackage package, DiagnosticBag diagnostics, CliConsole console)
    {
        if (!File.Exists(path) || package.App is not null || !diagnostics.HasErrors)
        {
            return false;
        }

        foreach (var diagnostic in diagnostics.Snapshot())
        {
            console.Write(diagnostic);
        }

        return true;
    }

    /// <summary>The loaded package when it may be packed; null after printing why not. Over-limit sizes, warnings when checking, are errors here: WeChat refuses such an upload.</summary>
    private static MiniProgramPackage? Check(string root, CliConsole console)
    {
        var diagnostics = new DiagnosticBag();
        var package = PackageLoader.Load(root, diagnostics);
        var all = diagnostics.Snapshot()
            .Select(d => d.Code is DiagnosticCodes.PackageTooLarge or DiagnosticCodes.PackageTotalTooLarge ? d with { Severity = DiagnosticSeverity.Error } : d)
            .ToArray();
        foreach (var diagnostic in all)
        {
            console.Write(diagnostic);
        }

        var errors = all.Count(d => d.Severity == DiagnosticSeverity.Error);
        if (errors > 0)
        {
            console.Error.WriteLine($"sparrow: not packed: {errors} errors in {root}");
            return null;
        }

        return package;
    }

    private static int Write(MiniProgramPackage package, string output, CliConsole console)
    {
        var staging = output + ".partial";
        try
        {
            PackageManifest manifest;
            using (var stream = File.Create(staging))
            {
                manifest = PackageArchive.Write(package.Root, stream, Tool(), package.ProjectConfig?.GetString("appid"));
            }

            File.Move(staging, output, overwrite: true);
            console.Out.WriteLine(
                $"{output}: {manifest.Files.Count} files, {manifest.TotalBytes / 1024.0:0.0} KiB " +
                $"({new FileInfo(output).Length / 1024.0:0.0} KiB packed), {manifest.ContentHash}");
            return ExitCodes.Ok;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            File.Delete(staging);
            console.Write(Diagnostic.Error(DiagnosticCodes.CliFileNotFound, $"could not write the archive: {ex.Message}", SourceLocation.InFile(output)));
            return ExitCodes.Failed;
        }
    }

    private static string Tool()
    {
        var version = typeof(PackCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return "sparrow " + (plus >= 0 ? version[..plus] : version);
    }
}
