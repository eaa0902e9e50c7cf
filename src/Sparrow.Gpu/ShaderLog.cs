using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using Sparrow.Core;

namespace Sparrow.Gpu;

/// <summary>
/// Turns a GLSL compiler's info log into diagnostics that name the .glsl file and line. Each shader is
/// compiled from several files joined with <c>#line N*LinesPerFile+1 N</c> directives: file N's lines are
/// numbered from N × <see cref="LinesPerFile"/>, and its source-string number is N. Mesa honours the
/// line but always prints source 0, so the line decides when it is past <see cref="LinesPerFile"/>;
/// otherwise the source number names the file in the list passed to <see cref="Parse"/>. Formats understood:
/// Mesa <c>0:12(5): error: …</c>, ANGLE/Adreno/Mali <c>ERROR: 0:12: …</c>, NVIDIA <c>0(12) : error C…</c>.
/// </summary>
public static partial class ShaderLog
{
    public const int LinesPerFile = 10000;

    public static IReadOnlyList<Diagnostic> Parse(string log, IReadOnlyList<string> files, string code, string fallbackFile)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(files);
        var result = new List<Diagnostic>();
        foreach (var raw in log.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var m = MesaLine().Match(line);
            if (!m.Success)
            {
                m = AngleLine().Match(line);
            }

            if (!m.Success)
            {
                m = NvidiaLine().Match(line);
            }

            if (!m.Success)
            {
                // A line that names no place (e.g. a link error) still reaches the user, at the file level.
                if (line.Contains("error", StringComparison.OrdinalIgnoreCase))
                {
                    result.Add(Diagnostic.Error(code, line, SourceLocation.InFile(fallbackFile)));
                }

                continue;
            }

            var source = int.Parse(m.Groups["src"].Value, CultureInfo.InvariantCulture);
            var lineNo = int.Parse(m.Groups["line"].Value, CultureInfo.InvariantCulture);
            var col = m.Groups["col"].Success ? int.Parse(m.Groups["col"].Value, CultureInfo.InvariantCulture) : 0;
            if (lineNo > LinesPerFile)
            {
                source = lineNo / LinesPerFile;
                lineNo %= LinesPerFile;
            }

            var file = source >= 0 && source < files.Count ? files[source] : fallbackFile;
            var message = m.Groups["msg"].Value.Trim();
            var isWarning = m.Groups["sev"].Value.StartsWith("warn", StringComparison.OrdinalIgnoreCase);
            var location = new SourceLocation(file, lineNo, col);
            result.Add(isWarning ? Diagnostic.Warning(code, message, location) : Diagnostic.Error(code, message, location));
        }

        return result;
    }

    [GeneratedRegex(@"^(?<src>\d+):(?<line>\d+)\((?<col>\d+)\):\s*(?<sev>error|warning)\s*:?\s*(?<msg>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex MesaLine();

    [GeneratedRegex(@"^(?<sev>ERROR|WARNING):\s*(?<src>\d+):(?<line>\d+):\s*(?<msg>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex AngleLine();

    [GeneratedRegex(@"^(?<src>\d+)\((?<line>\d+)\)\s*:\s*(?<sev>error|warning)\s*(?<msg>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex NvidiaLine();
}
