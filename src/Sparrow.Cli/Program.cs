using System;
using System.Threading.Tasks;

namespace Sparrow.Cli;

/// <summary>The <c>sparrow</c> command. Exit codes: 0 success, 1 the user's content failed, 2 bad usage.</summary>
public static class Program
{
    public static Task<int> Main(string[] args) => RunAsync(args, new CliConsole(Console.Out, Console.Error));

    internal static async Task<int> RunAsync(string[] args, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            console.Out.Write(Usage.Text);
            return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Ok;
        }

        if (args[0] is "--version" or "-V" or "version")
        {
            return VersionCommand.Run(console);
        }

        var rest = args.AsSpan(1).ToArray();
        return args[0] switch
        {
            "eval" => await EvalCommand.RunAsync(rest, console).ConfigureAwait(false),
            "check" => CheckCommand.Run(rest, console),
            "pack" => PackCommand.Run(rest, console),
            "view" => ViewCommand.Run(rest, console),
            "dump" => DumpCommand.Run(rest, console),
            "run" => RunCommand.Run(rest, console),
            "shot" => ShotCommand.Run(rest, console),
            "capture" => CaptureCommand.Run(rest, console),
            "replay" => ReplayCommand.Run(rest, console),
            "bench" => BenchCommand.Run(rest, console),
            "conform" => ConformCommand.Run(rest, console),
            _ => console.UsageError($"unknown command '{args[0]}'. Run 'sparrow --help'."),
        };
    }
}
