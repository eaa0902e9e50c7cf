using System;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;
using Sparrow.Core;
using Sparrow.Script;

namespace Sparrow.Cli;

/// <summary>
/// <c>sparrow eval "&lt;js&gt;"</c> and <c>sparrow eval --file &lt;path&gt;</c>: runs a script, prints its
/// value, then lets its timers and promises finish (up to <c>--wait</c>). Any error is printed as a
/// diagnostic with file, line and column, and the exit code is 1.
/// </summary>
internal static class EvalCommand
{
    public static async Task<int> RunAsync(string[] args, CliConsole console)
    {
        var parsed = EvalArguments.Parse(args, out var problem);
        if (parsed is null)
        {
            return console.UsageError(problem!);
        }

        string source;
        string origin;
        string? moduleRoot = null;
        if (parsed.File is not null)
        {
            if (!File.Exists(parsed.File))
            {
                console.Write(Diagnostic.Error(DiagnosticCodes.CliFileNotFound, $"no such file: {parsed.File}", SourceLocation.InFile(parsed.File)));
                return ExitCodes.Failed;
            }

            source = await File.ReadAllTextAsync(parsed.File).ConfigureAwait(false);
            origin = parsed.File;
            moduleRoot = Path.GetDirectoryName(Path.GetFullPath(parsed.File));
        }
        else
        {
            source = parsed.Source!;
            origin = "<eval>";
        }

        var diagnostics = new DiagnosticBag();
        var options = new JsRuntimeOptions
        {
            TaskTimeLimit = parsed.Timeout,
            HeapLimitBytes = parsed.HeapLimitMiB * 1024L * 1024L,
            AllowCodeGeneration = parsed.AllowCodeGeneration,
            CodeCacheDirectory = parsed.CodeCache,
            Clock = parsed.VirtualTime ? new VirtualClock() : null,
            ModuleRoot = moduleRoot,
            Diagnostics = diagnostics,
            Log = new ConsoleLog(console),
        };

        using var runtime = JsRuntime.Start(options);
        var completion = await runtime.EvaluateAsync(source, origin).ConfigureAwait(false);
        if (completion.IsOk)
        {
            console.Out.WriteLine(completion.Value.ToDisplayString());
            await runtime.RunToCompletionAsync(parsed.Wait).ConfigureAwait(false);
        }
        else
        {
            console.Write(completion.Error.ToDiagnostic(), completion.Error.SourceLine);
        }

        foreach (var diagnostic in diagnostics.Snapshot())
        {
            console.Write(diagnostic);
        }

        return completion.IsOk && !diagnostics.HasErrors ? ExitCodes.Ok : ExitCodes.Failed;
    }

    private sealed class ConsoleLog(CliConsole console) : IScriptLog
    {
        public void Write(in JsLogEntry entry)
        {
            var writer = entry.Level >= JsLogLevel.Warn ? console.Error : console.Out;
            writer.WriteLine(entry.Message);
        }
    }

    /// <summary>The parsed command line of <c>sparrow eval</c>.</summary>
    private sealed record EvalArguments
    {
        public string? Source { get; init; }

        public string? File { get; init; }

        public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(5);

        public TimeSpan Wait { get; init; } = TimeSpan.FromSeconds(60);

        public long HeapLimitMiB { get; init; } = 256;

        public bool AllowCodeGeneration { get; init; }

        public bool VirtualTime { get; init; }

        public string? CodeCache { get; init; }

        public static EvalArguments? Parse(string[] args, out string? problem)
        {
            var result = new EvalArguments();
            problem = null;
            for (var i = 0; i < args.Length; i++)
            {
                var arg = args[i];
                string? Next()
                {
                    return i + 1 < args.Length ? args[++i] : null;
                }

                switch (arg)
                {
                    case "--file":
                        result = result with { File = Next() };
                        if (result.File is null)
                        {
                            problem = "--file needs a path";
                            return null;
                        }

                        break;
                    case "--timeout" or "--wait" or "--heap-limit":
                        if (!long.TryParse(Next(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0)
                        {
                            problem = $"{arg} needs a positive whole number";
                            return null;
                        }

                        result = arg switch
                        {
                            "--timeout" => result with { Timeout = TimeSpan.FromMilliseconds(n) },
                            "--wait" => result with { Wait = TimeSpan.FromMilliseconds(n) },
                            _ => result with { HeapLimitMiB = n },
                        };
                        break;
                    case "--allow-codegen":
                        result = result with { AllowCodeGeneration = true };
                        break;
                    case "--virtual-time":
                        result = result with { VirtualTime = true };
                        break;
                    case "--code-cache":
                        result = result with { CodeCache = Next() };
                        break;
                    default:
                        if (arg.StartsWith("--", StringComparison.Ordinal) || result.Source is not null)
                        {
                            problem = $"unexpected argument '{arg}' for eval";
                            return null;
                        }

                        result = result with { Source = arg };
                        break;
                }
            }

            if ((result.Source is null) == (result.File is null))
            {
                problem = "eval needs either a script or --file <path>";
                return null;
            }

            return result;
        }
    }
}
