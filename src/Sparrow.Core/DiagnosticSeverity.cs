namespace Sparrow.Core;

/// <summary>How bad a <see cref="Diagnostic"/> is. Errors mean the item was not used; the engine still runs.</summary>
public enum DiagnosticSeverity : byte
{
    Info = 0,
    Warning = 1,
    Error = 2,
}
