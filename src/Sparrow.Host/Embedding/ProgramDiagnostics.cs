using System;
using System.Collections.Generic;
using Sparrow.Core;

namespace Sparrow.Host.Embedding;

/// <summary>
/// One mini program's diagnostics: kept (for <see cref="MiniProgram.Diagnostics"/>) and passed to
/// the app's callback. A callback that throws is counted, never rethrown into the engine.
/// </summary>
internal sealed class ProgramDiagnostics : IDiagnosticSink
{
    private readonly DiagnosticBag _bag = new();
    private readonly Action<MiniProgram?, Diagnostic>? _callback;
    private int _callbackFailures;

    public ProgramDiagnostics(Action<MiniProgram?, Diagnostic>? callback)
    {
        _callback = callback;
    }

    /// <summary>The program the diagnostics are about (set once it exists).</summary>
    public MiniProgram? Program { get; set; }

    /// <summary>How many times the app's callback threw.</summary>
    public int CallbackFailures => _callbackFailures;

    public IReadOnlyList<Diagnostic> Snapshot() => _bag.Snapshot();

    public void Report(Diagnostic diagnostic)
    {
        _bag.Report(diagnostic);
        if (_callback is null)
        {
            return;
        }

        try
        {
            _callback(Program, diagnostic);
        }
#pragma warning disable CA1031 // The app's callback must never take the engine down: its failure is counted and kept.
        catch (Exception e)
#pragma warning restore CA1031
        {
            System.Threading.Interlocked.Increment(ref _callbackFailures);
            _bag.Report(Diagnostic.Warning(EmbeddingDiagnosticCodes.CallbackFailed, "the app's diagnostic callback threw: " + e.Message, SourceLocation.None));
        }
    }
}
