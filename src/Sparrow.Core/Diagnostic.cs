namespace Sparrow.Core;

/// <summary>
/// A problem in user content (a package, WXML, WXSS, JSON, JS) or in the engine's handling of it.
/// Diagnostics are data: the engine reports them and keeps going.
/// </summary>
/// <param name="Severity">Error, warning or info.</param>
/// <param name="Code">A stable code, <c>SP</c> + four digits, grouped by stage (see <see cref="DiagnosticCodes"/>).</param>
/// <param name="Message">One sentence a person can act on.</param>
/// <param name="Location">Where in the user's files, if known.</param>
/// <param name="Detail">Optional extra text such as a JS stack trace.</param>
public sealed record Diagnostic(
    DiagnosticSeverity Severity,
    string Code,
    string Message,
    SourceLocation Location,
    string? Detail = null)
{
    public static Diagnostic Error(string code, string message, SourceLocation location, string? detail = null) =>
        new(DiagnosticSeverity.Error, code, message, location, detail);

    public static Diagnostic Warning(string code, string message, SourceLocation location, string? detail = null) =>
        new(DiagnosticSeverity.Warning, code, message, location, detail);

    /// <summary>The form compilers print: <c>file:line:col: error SP2001: message</c>.</summary>
    public override string ToString()
    {
        var severity = Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        return $"{Location}: {severity} {Code}: {Message}";
    }
}
