using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Sparrow.Cli.Tests;

/// <summary>
/// The native-AOT `sparrow` binary. `./dev test` publishes it first and passes its folder in
/// SPARROW_AOT_DIR; run alone, the fixture publishes it into a temporary folder (about a minute).
/// Either way, a publish that prints any warning fails the tests.
/// </summary>
public sealed partial class AotBinary
{
    public AotBinary()
    {
        var dir = Environment.GetEnvironmentVariable("SPARROW_AOT_DIR");
        if (string.IsNullOrEmpty(dir))
        {
            dir = Path.Combine(Path.GetTempPath(), "sparrow-aot-" + Guid.NewGuid().ToString("N"));
            var log = Run("dotnet", $"publish \"{Path.Combine(RepoRoot, "src", "Sparrow.Cli", "Sparrow.Cli.csproj")}\" -c Release -f net9.0 -r linux-x64 -o \"{dir}\" -nologo -p:TreatWarningsAsErrors=false -p:MSBuildTreatWarningsAsErrors=false", TimeSpan.FromMinutes(10));
            PublishLog = log.Output;
            PublishExitCode = log.ExitCode;
        }
        else
        {
            var logFile = Path.Combine(RepoRoot, "artifacts", "logs", "aot-publish.log");
            PublishLog = File.Exists(logFile) ? File.ReadAllText(logFile) : string.Empty;
        }

        BinaryPath = Path.Combine(dir, "sparrow");
    }

    public string BinaryPath { get; }

    public string PublishLog { get; }

    public int PublishExitCode { get; }

    public string[] PublishWarnings => WarningPattern().Matches(PublishLog).Select(m => m.Value).Distinct().ToArray();

    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Engine.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("Engine.sln not found");
        }
    }

    public (int ExitCode, string Output, string Error, TimeSpan Elapsed) Sparrow(params string[] args)
    {
        var start = new ProcessStartInfo(BinaryPath) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("sparrow " + string.Join(' ', args) + " did not exit");
        }

        return (process.ExitCode, stdout.Result, stderr.Result, clock.Elapsed);
    }

    private static (int ExitCode, string Output) Run(string file, string arguments, TimeSpan limit)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    [GeneratedRegex(@"[^\s]+: warning [A-Z]+[0-9]+:[^\r\n]*")]
    private static partial Regex WarningPattern();
}
