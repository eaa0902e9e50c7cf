namespace Sparrow.Core;

/// <summary>Where a stage reports diagnostics. Implementations must be safe to call from any thread.</summary>
public interface IDiagnosticSink
{
    void Report(Diagnostic diagnostic);
}
