using Sparrow.Core;

namespace Sparrow.Script;

/// <summary>A JS failure with everything V8 knew about where it happened.</summary>
/// <param name="Kind">Why it failed.</param>
/// <param name="Message">For exceptions, V8's message, e.g. <c>ReferenceError: x is not defined</c>.</param>
/// <param name="Location">File, line and column, when V8 knows them.</param>
/// <param name="Stack">The JS stack trace, if any.</param>
/// <param name="SourceLine">The text of the line at <paramref name="Location"/>, if known.</param>
public sealed record JsError(JsErrorKind Kind, string Message, SourceLocation Location, string? Stack = null, string? SourceLine = null)
{
    public string Code => Kind switch
    {
        JsErrorKind.Syntax => DiagnosticCodes.ScriptSyntaxError,
        JsErrorKind.Exception => DiagnosticCodes.ScriptUncaughtException,
        JsErrorKind.Timeout => DiagnosticCodes.ScriptWatchdogTimeout,
        JsErrorKind.HeapLimit => DiagnosticCodes.ScriptHeapLimit,
        JsErrorKind.Terminated => DiagnosticCodes.ScriptTerminated,
        _ => DiagnosticCodes.ScriptHostCallFailed,
    };

    public Diagnostic ToDiagnostic() => Diagnostic.Error(Code, Message, Location, Stack);

    public override string ToString() => ToDiagnostic().ToString();
}
