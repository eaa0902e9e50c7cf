using System;
using System.Globalization;
using Sparrow.Core;
using Sparrow.Script.Interop;

namespace Sparrow.Script;

public sealed unsafe partial class JsContext
{
    /// <summary>Reads the shim's record of why the last call failed.</summary>
    internal JsError LastError(SpStatus status)
    {
        SpErrorInfo info;
        NativeMethods.sp_context_last_error(_handle, &info);
        var message = SpErrorInfo.Text(info.Message, info.MessageLen);
        var resource = SpErrorInfo.Text(info.Resource, info.ResourceLen);
        var stack = SpErrorInfo.Text(info.Stack, info.StackLen);
        var sourceLine = SpErrorInfo.Text(info.SourceLine, info.SourceLineLen);
        var location = resource.Length == 0 ? SourceLocation.None : new SourceLocation(resource, info.Line, info.Column);
        if (IsEngineScript(location.File))
        {
            // Thrown inside the prelude (e.g. by require on behalf of user code): name the user's frame.
            location = FirstUserFrame(stack) ?? location;
        }
        var kind = status switch
        {
            SpStatus.Compile => JsErrorKind.Syntax,
            SpStatus.Exception => JsErrorKind.Exception,
            SpStatus.Terminated => Runtime.WatchdogFired ? JsErrorKind.Timeout : JsErrorKind.Terminated,
            SpStatus.HeapLimit => JsErrorKind.HeapLimit,
            _ => JsErrorKind.Internal,
        };
        if (kind == JsErrorKind.Timeout)
        {
            message = $"The task ran longer than {Runtime.Options.TaskTimeLimit.TotalMilliseconds:0} ms and was terminated by the watchdog.";
        }
        else if (kind == JsErrorKind.HeapLimit)
        {
            message = $"The script neared the heap limit of {Runtime.Options.HeapLimitBytes / (1024 * 1024)} MiB and was terminated.";
        }
        else if (message.Length == 0)
        {
            message = kind == JsErrorKind.Terminated ? "Execution was terminated." : $"V8 call failed with status {status}.";
        }

        return new JsError(kind, message, location, stack.Length == 0 ? null : stack, sourceLine.Length == 0 ? null : sourceLine);
    }

    private static bool IsEngineScript(string file) => file.StartsWith("sparrow:", StringComparison.Ordinal);

    /// <summary>The first frame of a V8 stack trace (<c>at f (file:line:col)</c>) that is not engine code.</summary>
    internal static SourceLocation? FirstUserFrame(string stack)
    {
        foreach (var raw in stack.Split('\n'))
        {
            var line = raw.Trim();
            if (!line.StartsWith("at ", StringComparison.Ordinal))
            {
                continue;
            }

            var frame = line.EndsWith(')') && line.Contains('(', StringComparison.Ordinal)
                ? line[(line.LastIndexOf('(') + 1)..^1]
                : line[3..];
            var lastColon = frame.LastIndexOf(':');
            var midColon = lastColon > 0 ? frame.LastIndexOf(':', lastColon - 1) : -1;
            if (midColon <= 0 ||
                !int.TryParse(frame.AsSpan(midColon + 1, lastColon - midColon - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var lineNo) ||
                !int.TryParse(frame.AsSpan(lastColon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var column))
            {
                continue;
            }

            var file = frame[..midColon];
            if (!IsEngineScript(file))
            {
                return new SourceLocation(file, lineNo, column);
            }
        }

        return null;
    }
}
