using System.IO;
using Sparrow.Core;

namespace Sparrow.Cli;

/// <summary>Where a command writes: results to <see cref="Out"/>, diagnostics and logs of warnings to <see cref="Error"/>.</summary>
internal sealed class CliConsole(TextWriter output, TextWriter error)
{
    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    public int UsageError(string message)
    {
        Error.WriteLine("sparrow: " + message);
        return ExitCodes.Usage;
    }

    /// <summary>A diagnostic as compilers print it, with the offending line and a caret under the column.</summary>
    public void Write(Diagnostic diagnostic, string? sourceLine = null)
    {
        Error.WriteLine(diagnostic.ToString());
        if (!string.IsNullOrEmpty(sourceLine))
        {
            Error.WriteLine("    " + sourceLine.TrimEnd());
            if (diagnostic.Location.Column > 0)
            {
                Error.WriteLine("    " + new string(' ', diagnostic.Location.Column - 1) + "^");
            }
        }

        if (!string.IsNullOrEmpty(diagnostic.Detail))
        {
            // A JS stack repeats the message on its first line; print only the frames, indented once.
            foreach (var raw in diagnostic.Detail.Split('\n'))
            {
                var line = raw.Trim();
                if (line.Length > 0 && line != diagnostic.Message)
                {
                    Error.WriteLine("    " + line);
                }
            }
        }
    }
}
